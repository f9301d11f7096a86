import path from 'node:path';
import type { RawContent, RawEntry } from '../read-content.ts';
import { formatFieldPath, type ContentProblem } from '../problem.ts';
import { describeProblem, problemText, type ProblemText } from '../../../i18n/problems.ts';
import { placeholderMark } from '../../../i18n/scaffold.ts';
import { findThaiNationalIds, maskNationalId, normalizeDigits, personIdNumbersIn } from '../../guards/thai-national-id.ts';
import { markdownLinks, unsafeFileNameSuggestion } from '../../guards/markup.ts';
import { decodeAttributeValue, findUnsafeHtml, type HtmlFinding } from '../../guards/rendered-html.ts';
import type { PrivacyAllowlist } from '../../../schemas/privacy-allowlist.ts';
import { isScanTextFile, scanTextFileOf } from '../../ocr/scan-text-file.ts';
import { escapeRegExp } from '../../text/regexp.ts';
import { personIdsInAddress } from '../../procurement/row-slugs.ts';

/** A national ID the allow-list let through: the build lists these so nobody forgets them. */
export interface AllowedFinding {
  file: string;
  line?: number;
  masked: string;
  reason: string;
}

export interface GuardOptions {
  /** A readable stem for an attachment's suggested file name (type and date of the document that owns it), by path */
  namingHints: Map<string, string>;
  allowlist: PrivacyAllowlist | undefined;
  maxAttachmentMb: number;
  /** Paths of the pages the build will write; undefined when the profile is broken (links are not checked then) */
  knownPaths: Set<string> | undefined;
}

/** How the ID guards report: an ID found in a file's text, or in a value as published, each named once per file. */
interface IdReporter {
  /** Checks an entry's whole text as written, its tax-ID lines aside */
  scanIds(entry: RawEntry): void;
  reportPublished(file: string, digits: string, line: number | undefined, field?: string): void;
  allowEntry(file: string, digits: string): PrivacyAllowlist['allow'][number] | undefined;
  allowed: AllowedFinding[];
}

/**
 * The national-ID reporting every guard shares: the allow-list, and the IDs already named. A procurement file's tax-ID
 * lines (`taxIdLinesOf`) may hold an ID: it is kept for the agency and masked wherever it is published.
 */
function idReporter(contentDir: string, problems: ContentProblem[], allowlist: PrivacyAllowlist | undefined, taxIdLinesOf: (file: string) => Map<number, string> | undefined = () => undefined): IdReporter {
  const allowed: AllowedFinding[] = [];
  const contentPrefix = `${contentDir}/`;
  const allowEntry = (file: string, digits: string) =>
    allowlist?.allow.find((entry) => `${contentPrefix}${entry.file}` === file && normalizeDigits(entry.id).replace(/[ -]/g, '') === digits);
  /** File and digits of every ID already named, so a value checked again as published names it once. */
  const reported = new Set<string>();
  const scanIds: IdReporter['scanIds'] = ({ file, source }) => {
    for (const match of findThaiNationalIds(source)) {
      if (taxIdLinesOf(file)?.get(match.line) === match.digits) continue;
      const masked = maskNationalId(match.digits);
      const exception = allowEntry(file, match.digits);
      reported.add(`${file}\n${match.digits}`);
      if (exception) allowed.push({ file, line: match.line, masked, reason: exception.reason });
      else problems.push({ severity: 'error', file, line: match.line, ...problemText('privacy.national-id', { masked }) });
    }
  };
  const reportPublished: IdReporter['reportPublished'] = (file, digits, line, field) => {
    if (reported.has(`${file}\n${digits}`)) return;
    reported.add(`${file}\n${digits}`);
    const masked = maskNationalId(digits);
    const exception = allowEntry(file, digits);
    if (exception) allowed.push({ file, line, masked, reason: exception.reason });
    else problems.push({ severity: 'error', file, line, ...(field ? { field } : {}), ...problemText('privacy.national-id', { masked }) });
  };
  return { scanIds, reportPublished, allowEntry, allowed };
}

/** Every marked value of a skeleton from `npm run new`, and every marked body line: never published with its placeholders. */
function reportPlaceholders(entries: readonly RawEntry[], problems: ContentProblem[]): void {
  for (const entry of entries) {
    for (const { fieldPath, text } of placeholdersIn(entry.data)) {
      problems.push({ severity: 'error', file: entry.file, line: entry.lineOf(fieldPath), field: formatFieldPath(fieldPath), ...problemText('content.placeholder', { text }) });
    }
    entry.body.split('\n').forEach((line, index) => {
      if (line.includes(placeholderMark)) problems.push({ severity: 'error', file: entry.file, line: entry.bodyFirstLine + index, ...problemText('content.placeholder', { text: line.trim() }) });
    });
  }
}

/**
 * The privacy and placeholder rules over procurement month files (their other file rules are runGuards'): an ID in the
 * text outside a winner's tax-ID line, and every value as it is published; returns the IDs the allow-list let through.
 */
export function guardProcurementMonths(
  contentDir: string,
  months: readonly RawEntry[],
  problems: ContentProblem[],
  { allowlist, taxIdLinesOf }: { allowlist: PrivacyAllowlist | undefined; taxIdLinesOf(file: string): Map<number, string> | undefined },
): AllowedFinding[] {
  const { scanIds, reportPublished, allowed } = idReporter(contentDir, problems, allowlist, taxIdLinesOf);
  for (const entry of months) scanIds(entry);
  // Procurement rows are published as parsed (a folded line, an escape, full-width digits in a name beside the taxId): checked as shown.
  for (const entry of months) {
    visitValues(entry.data, (text, fieldPath) => {
      if (isWinnerTaxId(fieldPath)) return;
      for (const digits of personIdNumbersIn(text)) reportPublished(entry.file, digits, entry.lineOf(fieldPath), formatFieldPath(fieldPath));
      // An e-GP or contract number is also published as the row's address and OCDS id, rewritten ("3_0901_…" → "3-0901-…"): checked as that too.
      if (isAddressSource(fieldPath)) for (const digits of personIdsInAddress(text.trim())) reportPublished(entry.file, digits, entry.lineOf(fieldPath), formatFieldPath(fieldPath));
    });
  }
  reportPlaceholders(months, problems);
  return allowed;
}

/**
 * Privacy, markup, link, size and file-name rules over every file but procurement months' text (guardProcurementMonths
 * reads that); returns the national IDs the allow-list let through.
 */
export function runGuards(raw: RawContent, problems: ContentProblem[], options: GuardOptions): AllowedFinding[] {
  const contentPrefix = `${raw.contentDir}/`;
  const { scanIds, reportPublished, allowEntry, allowed } = idReporter(raw.contentDir, problems, options.allowlist);

  const everyEntry = [...Object.values(raw.singletons).filter((entry): entry is RawEntry => entry !== undefined), ...Object.values(raw.markdown).flat(), ...Object.values(raw.yaml).flat()];
  for (const entry of everyEntry) {
    if (entry.file.endsWith('privacy-allowlist.yaml')) continue;
    scanIds(entry);
  }
  // A Markdown body is published as rendered: an ID written with a character reference or split by emphasis is whole there.
  for (const entry of Object.values(raw.markdown).flat()) {
    for (const match of findThaiNationalIds(renderedText(entry.html ?? ''))) reportPublished(entry.file, match.digits, undefined);
  }
  for (const [attachmentPath, inspection] of raw.attachments) {
    for (const problem of inspection.typeProblems) problems.push({ severity: 'error', file: attachmentPath, ...describeProblem(problem) });
    if (!inspection.scan) continue;
    for (const problem of inspection.scan.damaged) problems.push({ severity: 'error', file: attachmentPath, ...describeProblem(problem) });
    const scanText = inspection.scanText;
    // A scan whose machine-read text is here was checked through that text; one without it says how to read it.
    const readByOcr = scanText?.status === 'read';
    for (const problem of inspection.scan.notChecked) {
      const isScan = !problem.params.inArchive && (problem.params.reason === 'scan-without-text' || problem.params.reason === 'image');
      if (isScan && readByOcr) continue;
      const text = isScan && scanText?.status === 'missing' ? problemText('scan.no-text-yet', { path: attachmentPath }) : describeProblem(problem);
      problems.push({ severity: 'warning', file: attachmentPath, personalDataNotChecked: true, ...text });
    }
    if (scanText?.status === 'outdated') problems.push({ severity: 'warning', file: scanText.file, ...problemText('scan.text-outdated', { path: attachmentPath, textFile: scanText.file }) });
    if (scanText?.status === 'invalid') problems.push({ severity: 'error', file: scanText.file, ...problemText('scan.text-invalid', { textFile: scanText.file }) });
    for (const finding of scanText?.findings ?? []) {
      const exception = allowEntry(attachmentPath, finding.digits);
      if (exception) allowed.push({ file: attachmentPath, masked: finding.masked, reason: exception.reason });
      else problems.push({ severity: 'error', file: attachmentPath, ...problemText('privacy.national-id-scan', { masked: finding.masked, path: attachmentPath, page: finding.page, textFile: scanText!.file }) });
    }
    for (const finding of inspection.scan.findings) {
      const exception = allowEntry(attachmentPath, finding.digits);
      if (exception) allowed.push({ file: attachmentPath, masked: finding.masked, reason: exception.reason });
      else problems.push({ severity: 'error', file: attachmentPath, ...problemText('privacy.national-id', { masked: finding.masked, inAttachment: attachmentPath, inArchive: finding.inArchive, page: finding.page }) });
    }
  }

  // A text whose scan is gone is never published; staff delete it or rename it with its scan.
  for (const orphan of raw.orphanScanTexts ?? []) {
    problems.push({
      severity: 'warning',
      file: orphan.file,
      ...problemText('scan.text-orphan', {
        textFile: orphan.file,
        path: orphan.attachment,
        ...(orphan.renamedTo ? { renamedTo: path.posix.basename(orphan.renamedTo), renamedText: scanTextFileOf(path.posix.basename(orphan.renamedTo)) } : {}),
      }),
    });
  }

  // A skeleton from `npm run new` is never published with its placeholders: every marked value and body line is named.
  reportPlaceholders(everyEntry, problems);

  for (const entry of Object.values(raw.markdown).flat()) {
    for (const finding of findUnsafeHtml(entry.html ?? '')) {
      problems.push({ severity: 'error', file: entry.file, line: lineOfFinding(entry, finding), ...unsafeHtmlText(finding) });
    }
    for (const link of markdownLinks(entry.body, entry.bodyFirstLine)) {
      if (!linkResolves(link.target, entry.file, raw, options.knownPaths)) {
        problems.push({ severity: 'error', file: entry.file, line: link.line, ...problemText('link.broken', { target: link.target }) });
      }
    }
  }

  const limitBytes = options.maxAttachmentMb * 1024 * 1024;
  for (const [file, bytes] of raw.fileSizes) {
    if (!file.startsWith(contentPrefix)) continue;
    const name = file.slice(file.lastIndexOf('/') + 1);
    // A scan's machine-read text is named after its attachment, whose name is checked.
    if (name.startsWith('.') || isScanTextFile(name)) continue;
    const suggestion = unsafeFileNameSuggestion(name, options.namingHints.get(file));
    if (suggestion) problems.push({ severity: 'error', file, ...problemText('file.bad-name', { name, suggestion }) });
    if (bytes > limitBytes && !/\.(md|mdx|ya?ml)$/i.test(name)) {
      problems.push({ severity: 'error', file, ...problemText('attachment.too-large', { path: file, size: `${(bytes / 1024 / 1024).toFixed(1)} MB`, limit: options.maxAttachmentMb }) });
    }
  }
  return allowed;
}

/**
 * Calls `visit` with every text and number in parsed data, as it will be shown, and where it is: one path, changed as
 * the walk goes on, so a visitor keeps a copy if it keeps it at all (a year of procurement months is a hundred
 * thousand values, nearly all passed over).
 */
function visitValues(data: unknown, visit: (text: string, fieldPath: readonly PropertyKey[]) => void, fieldPath: PropertyKey[] = []): void {
  if (typeof data === 'string') return visit(data, fieldPath);
  // A number YAML read from 3.09e12 or 0x… is shown in its digits.
  if (typeof data === 'number' || typeof data === 'bigint') return visit(Number.isInteger(Number(data)) ? BigInt(data).toString() : String(data), fieldPath);
  if (data === null || typeof data !== 'object') return;
  const keys: PropertyKey[] = Array.isArray(data) ? data.map((_, index) => index) : Object.keys(data);
  for (const key of keys) {
    fieldPath.push(key);
    visitValues((data as Record<PropertyKey, unknown>)[key], visit, fieldPath);
    fieldPath.pop();
  }
}

/** rows[i].egpNumber and rows[i].evidence.number: what a row's address and OCDS id are made from. */
const isAddressSource = (fieldPath: readonly PropertyKey[]) =>
  fieldPath[0] === 'rows' && ((fieldPath.length === 3 && fieldPath[2] === 'egpNumber') || (fieldPath.length === 4 && fieldPath[2] === 'evidence' && fieldPath[3] === 'number'));

/** rows[i].winner.taxId: where a person's ID is kept for the agency and masked wherever it is published. */
const isWinnerTaxId = (fieldPath: readonly PropertyKey[]) => fieldPath.length === 4 && fieldPath[0] === 'rows' && fieldPath[2] === 'winner' && fieldPath[3] === 'taxId';

/** The text of rendered HTML as a reader sees it: blocks apart, inline tags joined, character references decoded. */
function renderedText(html: string): string {
  const text = html.replace(/<\/?(?:p|div|li|ul|ol|tr|td|th|h[1-6]|br|table|blockquote|pre|hr)\b[^>]*>/gi, '\n').replace(/<[^>]*>/g, '');
  return text.replace(/&[#\w]+;/g, (reference) => decodeAttributeValue(reference));
}

/** Every string value in parsed data that still carries the placeholder mark, with where it is. */
function placeholdersIn(data: unknown): { fieldPath: PropertyKey[]; text: string }[] {
  const found: { fieldPath: PropertyKey[]; text: string }[] = [];
  visitValues(data, (text, fieldPath) => {
    if (text.includes(placeholderMark)) found.push({ fieldPath: [...fieldPath], text });
  });
  return found;
}

function unsafeHtmlText(finding: HtmlFinding): ProblemText {
  if (finding.kind === 'element') return problemText('markup.unsafe-element', { element: finding.element });
  if (finding.kind === 'local-image') return problemText('markup.local-image', { src: finding.src });
  if (finding.kind === 'attribute') return problemText('markup.unsafe-attribute', { element: finding.element, attribute: finding.attribute });
  return problemText('markup.unsafe-url', { element: finding.element, url: finding.url });
}

/** The end of a refused address as it would still appear in the source, however its scheme was encoded. */
function urlTail(url: string): RegExp[] {
  const tail = url.slice(url.indexOf(':') + 1).slice(-12);
  return tail.length >= 4 ? [new RegExp(escapeRegExp(tail))] : [];
}

/** The body line that most likely wrote what the rendered HTML shows (the HTML has no source positions). */
function lineOfFinding(entry: RawEntry, finding: HtmlFinding): number | undefined {
  const lines = entry.body.split('\n');
  const needles =
    finding.kind === 'local-image'
      ? [new RegExp(`\\]\\(\\s*<?${escapeRegExp(finding.src)}`), /!\[/]
      : finding.kind === 'element'
      ? [new RegExp(`<\\s*${finding.element}\\b`, 'i')]
      : finding.kind === 'attribute'
        ? [new RegExp(`\\b${finding.attribute}\\s*=`, 'i'), new RegExp(`<\\s*${finding.element}\\b`, 'i')]
        : [new RegExp(`\\b${finding.attribute}\\s*=`, 'i'), ...urlTail(finding.url), /\]:\s*\S/, /\]\(/];
  for (const needle of needles) {
    const index = lines.findIndex((line) => needle.test(line));
    if (index >= 0) return entry.bodyFirstLine + index;
  }
  return entry.bodyFirstLine;
}

/** External, mail, phone and same-page links are not ours to check; site paths and files must exist. */
function linkResolves(written: string, entryFile: string, raw: RawContent, knownPaths: Set<string> | undefined): boolean {
  // As a browser reads it; an address with a scheme is the markup guard's to judge.
  const target = decodeAttributeValue(written).replace(/[\t\n\r]/g, '').trim();
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(target)) return true;
  const withoutFragment = decodeURI(target.split(/[?#]/)[0] ?? '');
  if (withoutFragment.startsWith('/files/')) return raw.files.has(`${raw.contentDir}/${withoutFragment.slice('/files/'.length)}`);
  if (withoutFragment.startsWith('/')) {
    if (!knownPaths) return true;
    const normalized = withoutFragment.endsWith('/') || /\.[a-z0-9]+$/i.test(withoutFragment) ? withoutFragment : `${withoutFragment}/`;
    return knownPaths.has(normalized) || /^\/(?:oit\/\d{4}\/itas\.(?:csv|json)|data\/.+|pagefind\/.+)$/.test(normalized);
  }
  return raw.files.has(path.posix.normalize(path.posix.join(path.posix.dirname(entryFile), withoutFragment)));
}
