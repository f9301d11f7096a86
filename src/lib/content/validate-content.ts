import path from 'node:path';
import type { z } from 'zod';
import { markdownCollections, yamlCollections, singletonFiles } from '../../schemas/collections.ts';
import type { OitCatalogue } from '../../schemas/oit-catalogue.ts';
import type { RawContent, RawEntry } from './read-content.ts';
import { inPageOrder, type ContentModel, type Entry } from './model.ts';
import { describeZodIssue } from './friendly-zod.ts';
import { knownKeysOfSchemaAt } from './schema-keys.ts';
import { formatFieldPath, hasErrors, type ContentProblem } from './problem.ts';
import { describeProblem, problemText, type ProblemArgs, type ProblemKey, type ProblemText } from '../../i18n/problems.ts';
import { closestMatch } from './closest-match.ts';
import { normalizeThaiText } from '../text/thai-text.ts';
import { placeholderMark } from '../../i18n/scaffold.ts';
import { fiscalYearOfIso, fiscalYearRange, isInFiscalYear, lastDayOfMonth, shiftIsoDate } from '../calendar/thai-date.ts';
import { analyseItaResult } from '../ita-scores.ts';
import { findThaiNationalIds, maskNationalId, normaliseDigits } from '../guards/thai-national-id.ts';
import { markdownLinks, unsafeFileNameSuggestion } from '../guards/markup.ts';
import { decodeAttributeValue, findUnsafeHtml, type HtmlFinding } from '../guards/rendered-html.ts';
import { knownSitePaths, reservedDocumentFolders, reservedPageSlugs } from '../site-paths.ts';
import type { PrivacyAllowlist } from '../../schemas/privacy-allowlist.ts';
import { taxIdLines, validateProcurement } from './validate-procurement.ts';
import type { ReportProblem } from './report.ts';

/** A national ID the allow-list let through: the build lists these so nobody forgets them. */
export interface AllowedFinding {
  file: string;
  line?: number;
  masked: string;
  reason: string;
}

export interface ValidationResult {
  /** Present only when there is no error (warnings allowed) */
  model: ContentModel | undefined;
  problems: ContentProblem[];
  allowed: AllowedFinding[];
}

/** Addresses that mean "not configured yet". */
const exampleHosts = /(^|\.)example\.(com|org|net|go\.th)$|^localhost$/;

/** Validates every entry and the rules between entries; reports every problem, not just the first. */
export function validateContent(raw: RawContent): ValidationResult {
  const problems: ContentProblem[] = [...raw.problems];
  const reportText = (severity: ContentProblem['severity'], entry: RawEntry, fieldPath: readonly PropertyKey[], text: ProblemText) => {
    problems.push({
      severity,
      file: entry.file,
      line: entry.lineOf(fieldPath),
      field: fieldPath.length > 0 ? formatFieldPath(fieldPath) : undefined,
      ...text,
    });
  };
  const report: ReportProblem = <K extends ProblemKey>(severity: ContentProblem['severity'], entry: RawEntry, fieldPath: readonly PropertyKey[], key: K, ...args: ProblemArgs<K>) =>
    reportText(severity, entry, fieldPath, problemText(key, ...args));

  function parseEntry<S extends z.ZodType>(entry: RawEntry, schema: S): Entry<z.output<S>> | undefined {
    const result = schema.safeParse(entry.data);
    if (result.success) return { id: entry.id, file: entry.file, data: result.data, body: entry.body, html: entry.html ?? '' };
    for (const issue of result.error.issues) {
      const text = describeZodIssue(issue, entry.data, (fieldPath) => knownKeysOfSchemaAt(schema, fieldPath));
      const fieldPath = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
      problems.push({
        severity: 'error',
        file: entry.file,
        line: entry.lineOf(fieldPath),
        field: fieldPath.length > 0 ? formatFieldPath(fieldPath) : undefined,
        ...text,
      });
    }
    return undefined;
  }

  const parseAll = <S extends z.ZodType>(entries: RawEntry[], schema: S) =>
    entries.map((entry) => [entry, parseEntry(entry, schema)] as const).filter((pair): pair is readonly [RawEntry, Entry<z.output<S>>] => pair[1] !== undefined);

  const siteRaw = raw.singletons.site;
  const site = siteRaw ? parseEntry(siteRaw, singletonFiles.site.schema) : undefined;
  const typesRaw = raw.singletons.documentTypes;
  const typesFile = typesRaw ? parseEntry(typesRaw, singletonFiles.documentTypes.schema) : undefined;
  const catalogues = parseAll(raw.yaml.oit, yamlCollections.oit.schema);
  const scores = parseAll(raw.yaml.scores, yamlCollections.scores.schema);
  const documents = parseAll(raw.markdown.documents, markdownCollections.documents.schema);
  const measures = parseAll(raw.markdown.measures, markdownCollections.measures.schema);
  const declarations = parseAll(raw.markdown.declarations, markdownCollections.declarations.schema);
  const news = parseAll(raw.markdown.news, markdownCollections.news.schema);
  const qa = parseAll(raw.markdown.qa, markdownCollections.qa.schema);
  const pages = parseAll(raw.markdown.pages, markdownCollections.pages.schema);
  const procurementMonths = parseAll(raw.yaml.procurement, yamlCollections.procurement.schema);
  const procurementReports = parseAll(raw.markdown.procurementReports, markdownCollections.procurementReports.schema);

  // Ids come from paths; two files differing only in extension or letter case would share a URL.
  for (const entries of [...Object.values(raw.markdown), ...Object.values(raw.yaml)]) {
    const seen = new Map<string, RawEntry>();
    for (const entry of entries) {
      const key = entry.id.toLowerCase();
      const other = seen.get(key);
      if (other) report('error', entry, [], 'entry.duplicate-id', { other: other.file });
      else seen.set(key, entry);
    }
  }

  // Vocabulary.
  const typeIds = new Set<string>();
  if (typesRaw && typesFile) {
    typesFile.data.types.forEach((type, index) => {
      if (typeIds.has(type.id)) report('error', typesRaw, ['types', index, 'id'], 'vocabulary.duplicate-type', { value: type.id });
      typeIds.add(type.id);
    });
  }
  const typeList = [...typeIds];

  // Site profile.
  if (siteRaw && site) {
    const unitIds = new Set<string>();
    site.data.units.forEach((unit, index) => {
      if (unitIds.has(unit.id)) report('error', siteRaw, ['units', index, 'id'], 'site.duplicate-unit', { value: unit.id });
      unitIds.add(unit.id);
    });
    site.data.units.forEach((unit, index) => {
      if (unit.parent && !unitIds.has(unit.parent)) report('error', siteRaw, ['units', index, 'parent'], 'site.unknown-parent-unit', { value: unit.parent });
    });
    const contentFile = (relative: string) => `${raw.contentDir}/${relative.replace(/^\.?\//, '')}`;
    site.data.executives.forEach((executive, index) => {
      if (executive.photo && !raw.files.has(contentFile(executive.photo))) {
        report('error', siteRaw, ['executives', index, 'photo'], 'attachment.missing', { path: contentFile(executive.photo) });
      }
    });
    if (site.data.orgChart && !raw.files.has(contentFile(site.data.orgChart))) {
      report('error', siteRaw, ['orgChart'], 'attachment.missing', { path: contentFile(site.data.orgChart) });
    }
    if (exampleHosts.test(new URL(site.data.siteUrl).hostname)) report('warning', siteRaw, ['siteUrl'], 'site.example-url', { value: site.data.siteUrl });
  }

  // Catalogues.
  const catalogueByYear = new Map<number, Entry<OitCatalogue>>();
  for (const [rawEntry, catalogue] of catalogues) {
    const { data } = catalogue;
    if (String(data.year) !== path.posix.basename(catalogue.id)) {
      report('error', rawEntry, ['year'], 'year.file-name-mismatch', { fileYear: path.posix.basename(catalogue.id), year: data.year });
    }
    catalogueByYear.set(data.year, catalogue);
    const weightSum = data.weights.IIT + data.weights.EIT + data.weights.OIT;
    if (Math.abs(weightSum - 100) > 1e-9) report('error', rawEntry, ['weights'], 'catalogue.weights-sum', { sum: weightSum });
    const indicatorNumbers = new Set(data.indicators.map((indicator) => indicator.number));
    const subIndicatorCodes = new Set(data.indicators.flatMap((indicator) => indicator.subIndicators.map((sub) => sub.code)));
    const codes = new Set<string>();
    data.items.forEach((item, index) => {
      if (codes.has(item.code)) report('error', rawEntry, ['items', index, 'code'], 'catalogue.duplicate-code', { code: item.code });
      codes.add(item.code);
      if (item.documentTypes.length === 0) report('error', rawEntry, ['items', index, 'documentTypes'], 'catalogue.item-without-type', { code: item.code });
      item.documentTypes.forEach((type, typeIndex) => {
        if (typeIds.size > 0 && !typeIds.has(type)) {
          report('error', rawEntry, ['items', index, 'documentTypes', typeIndex], 'catalogue.unknown-type', { code: item.code, value: type });
        }
      });
      if (!indicatorNumbers.has(item.indicator)) report('error', rawEntry, ['items', index, 'indicator'], 'catalogue.unknown-indicator', { code: item.code, value: item.indicator });
      if (subIndicatorCodes.size > 0 && !subIndicatorCodes.has(item.subIndicator)) {
        report('error', rawEntry, ['items', index, 'subIndicator'], 'catalogue.unknown-indicator', { code: item.code, value: item.subIndicator });
      }
    });
  }

  // Cross-year mapping: each item an item continues must exist in that year's catalogue (when the year is there).
  for (const [rawEntry, catalogue] of catalogues) {
    catalogue.data.items.forEach((item, index) => {
      item.sameAs.forEach((other, otherIndex) => {
        const target = catalogueByYear.get(other.year);
        if (target && !target.data.items.some((candidate) => candidate.code === other.code)) {
          report('error', rawEntry, ['items', index, 'sameAs', otherIndex], 'catalogue.unknown-same-as', { code: item.code, year: other.year, other: other.code });
        }
      });
    });
  }

  // Measures, by id, for references; a measure with its own errors still exists, so count every file.
  const measureIds = raw.idsFound.measures;
  const exampleMeasure = [...measureIds][0] ?? '2567/no-gift-policy';
  const checkMeasureRefs = (rawEntry: RawEntry, refs: readonly string[]) =>
    refs.forEach((ref, index) => {
      if (!measureIds.has(ref)) report('error', rawEntry, ['measures', index], 'reference.unknown-measure', { value: ref, example: exampleMeasure });
    });
  const normalisedFiles = new Map([...raw.files].map((file) => [normalizeThaiText(file), file]));
  const checkAttachment = (rawEntry: RawEntry, fieldPath: readonly PropertyKey[], file: string) => {
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(rawEntry.file), file));
    // A link in the attachment's place (or in a folder above it) has been reported as a link.
    if (raw.files.has(resolved) || [...raw.symlinks].some((link) => resolved === link || resolved.startsWith(`${link}/`))) return;
    if (!resolved.startsWith(`${raw.contentDir}/`)) return report('error', rawEntry, fieldPath, 'attachment.outside-content', { path: file });
    const lookalike = normalisedFiles.get(normalizeThaiText(resolved));
    if (lookalike) return report('error', rawEntry, fieldPath, 'attachment.name-normalisation', { written: file, onDisk: lookalike.slice(lookalike.lastIndexOf('/') + 1) });
    report('error', rawEntry, fieldPath, 'attachment.missing', { path: resolved });
  };
  /** A value as staff typed it (a BE date stays BE in the message), falling back to the parsed one. */
  const asTyped = (rawEntry: RawEntry, field: string, parsed: string) => {
    const typed = (rawEntry.data as Record<string, unknown> | undefined)?.[field];
    return typeof typed === 'string' || typeof typed === 'number' ? String(typed) : parsed;
  };

  // Parts of several-part criteria that documents of these types may supply, from every year's catalogue.
  const elementsOfTypes = (types: readonly string[]) => [
    ...new Set(
      catalogues.flatMap(([, catalogue]) =>
        catalogue.data.items.filter((item) => item.documentTypes.some((type) => types.includes(type))).flatMap((item) => item.criteria.flatMap((criterion) => (criterion.element ? [criterion.element] : []))),
      ),
    ),
  ];

  // Documents.
  for (const [rawEntry, document] of documents) {
    const { data } = document;
    if (typeIds.size > 0 && !typeIds.has(data.type)) {
      report('error', rawEntry, ['type'], 'document.unknown-type', { value: data.type, suggestion: closestMatch(data.type, typeList) });
    }
    data.otherTypes.forEach((type, index) => {
      if (typeIds.size > 0 && !typeIds.has(type)) report('error', rawEntry, ['otherTypes', index], 'document.unknown-type', { value: type, suggestion: closestMatch(type, typeList) });
    });
    const knownElements = elementsOfTypes([data.type, ...data.otherTypes]);
    data.elements.forEach((element, index) => {
      if (!knownElements.includes(element)) report('error', rawEntry, ['elements', index], 'document.unknown-element', { value: element, known: knownElements });
    });
    if (data.published && !data.fiscalYearReason && !isNearFiscalYears(data.published, data.fiscalYear, data.lastFiscalYear ?? data.fiscalYear)) {
      report('error', rawEntry, ['published'], 'document.fiscal-year-mismatch', {
        fiscalYear: data.fiscalYear,
        date: asTyped(rawEntry, 'published', data.published),
        dateFiscalYear: fiscalYearOfIso(data.published),
      });
    }
    if (data.period?.month && !isInFiscalYear(data.period.month, data.fiscalYear)) {
      report('error', rawEntry, ['period', 'month'], 'document.month-outside-year', { month: data.period.month, fiscalYear: data.fiscalYear });
    }
    data.attachments.forEach((attachment, index) => checkAttachment(rawEntry, ['attachments', index, 'file'], attachment.file));
    checkMeasureRefs(rawEntry, data.measures);
  }

  for (const [rawEntry, declaration] of declarations) {
    if (declaration.data.signed) checkAttachment(rawEntry, ['signed', 'file'], declaration.data.signed.file);
    checkMeasureRefs(rawEntry, declaration.data.measures);
  }
  for (const [rawEntry, item] of news) {
    item.data.attachments.forEach((attachment, index) => checkAttachment(rawEntry, ['attachments', index, 'file'], attachment.file));
  }

  validateProcurement(procurementMonths, procurementReports, { report, checkAttachment });

  // A document is served at /documents/<id>/: ids under year/ or type/ would take the lists' addresses.
  for (const rawEntry of raw.markdown.documents) {
    const first = rawEntry.id.split('/')[0] ?? '';
    if (reservedDocumentFolders.includes(first)) report('error', rawEntry, [], 'page.reserved-slug', { slug: `documents/${first}`, reserved: reservedDocumentFolders.map((folder) => `documents/${folder}`) });
  }

  // A policy page is served at /<name>/: it may not take a built-in page's address, nor sit in a subfolder.
  for (const rawEntry of raw.markdown.pages) {
    if (rawEntry.id.includes('/')) report('error', rawEntry, [], 'page.nested', { id: rawEntry.id });
    else if (reservedPageSlugs.includes(rawEntry.id.toLowerCase())) report('error', rawEntry, [], 'page.reserved-slug', { slug: rawEntry.id, reserved: reservedPageSlugs });
  }

  // ITA results: published as reported; disagreements with the year's rules are warnings.
  const documentIds = raw.idsFound.documents;
  for (const [rawEntry, result] of scores) {
    const { data } = result;
    if (String(data.year) !== path.posix.basename(result.id)) {
      report('error', rawEntry, ['year'], 'year.file-name-mismatch', { fileYear: path.posix.basename(result.id), year: data.year });
    }
    if (data.reportDocument && !documentIds.has(data.reportDocument)) report('error', rawEntry, ['reportDocument'], 'reference.unknown-document', { value: data.reportDocument });
    const seenIndicators = new Set<number>();
    data.indicators.forEach((indicator, index) => {
      if (seenIndicators.has(indicator.number)) report('error', rawEntry, ['indicators', index, 'number'], 'scores.duplicate-indicator', { value: indicator.number });
      seenIndicators.add(indicator.number);
    });
    const catalogue = catalogueByYear.get(data.year);
    if (!catalogue) {
      report('warning', rawEntry, ['year'], 'scores.no-catalogue', { year: data.year });
      continue;
    }
    const known = new Set(catalogue.data.indicators.map((indicator) => indicator.number));
    data.indicators.forEach((indicator, index) => {
      if (!known.has(indicator.number)) report('error', rawEntry, ['indicators', index, 'number'], 'scores.unknown-indicator', { value: indicator.number, year: data.year });
    });
    for (const finding of analyseItaResult(data, catalogue.data).findings) {
      reportText('warning', rawEntry, finding.field.split(/[.[\]]+/).filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part)), describeProblem(finding));
    }
  }

  // One model, used both to know which pages links may point to and, when nothing is wrong, as the result.
  const byYear = <T extends { year: number }>(entries: Entry<T>[]) => entries.sort((a, b) => a.data.year - b.data.year);
  const model: ContentModel | undefined =
    site && typesFile
      ? {
          site: site.data,
          documentTypes: typesFile.data.types,
          catalogues: byYear(values(catalogues)),
          scores: byYear(values(scores)),
          documents: values(documents),
          measures: values(measures),
          declarations: values(declarations),
          news: values(news),
          qa: values(qa),
          pages: values(pages),
          procurement: { months: values(procurementMonths), reports: values(procurementReports) },
        }
      : undefined;

  // A document's attachment with a Thai or unsafe name gets a suggested name from its type and date, not "file.pdf".
  const namingHints = new Map<string, string>();
  for (const [rawEntry, document] of documents) {
    for (const attachment of document.data.attachments) {
      const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(rawEntry.file), attachment.file));
      const when = document.data.published ? asTyped(rawEntry, 'published', document.data.published) : String(document.data.fiscalYear);
      namingHints.set(resolved, `${document.data.type}-${when}`);
    }
  }

  const allowed = runGuards(raw, problems, {
    namingHints,
    allowlist: raw.singletons.privacyAllowlist ? parseEntry(raw.singletons.privacyAllowlist, singletonFiles.privacyAllowlist.schema)?.data : undefined,
    maxAttachmentMb: site?.data.publishing.maxAttachmentMb ?? 20,
    knownPaths: model ? knownSitePaths(model) : undefined,
    taxIdLines: new Map(raw.yaml.procurement.map((entry) => [entry.file, taxIdLines(entry)])),
  });

  return { model: hasErrors(problems) || !model ? undefined : inPageOrder(model), problems: sortProblems(problems), allowed };
}

function values<T>(pairs: readonly (readonly [RawEntry, Entry<T>])[]): Entry<T>[] {
  return pairs.map(([, entry]) => entry);
}

interface GuardOptions {
  /** A readable stem for an attachment's suggested file name (type and date of the document that owns it), by path */
  namingHints: Map<string, string>;
  allowlist: PrivacyAllowlist | undefined;
  maxAttachmentMb: number;
  /** Paths of the pages the build will write; undefined when the profile is broken (links are not checked then) */
  knownPaths: Set<string> | undefined;
  /** Procurement files' tax-ID lines, by file: an ID there is kept for the agency and masked wherever it is published */
  taxIdLines: Map<string, Map<number, string>>;
}

/** Privacy, markup, link, size and file-name rules over every file; returns the national IDs the allow-list let through. */
function runGuards(raw: RawContent, problems: ContentProblem[], options: GuardOptions): AllowedFinding[] {
  const allowed: AllowedFinding[] = [];
  const contentPrefix = `${raw.contentDir}/`;
  const allowEntry = (file: string, digits: string) =>
    options.allowlist?.allow.find((entry) => `${contentPrefix}${entry.file}` === file && normaliseDigits(entry.id).replace(/[ -]/g, '') === digits);

  const scanIds = (file: string, text: string, owner: RawEntry | undefined, lineOffset = 0, inAttachment?: string) => {
    for (const match of findThaiNationalIds(text)) {
      if (!inAttachment && options.taxIdLines.get(file)?.get(match.line + lineOffset) === match.digits) continue;
      const masked = maskNationalId(match.digits);
      const exception = allowEntry(inAttachment ?? file, match.digits);
      const line = inAttachment ? undefined : match.line + lineOffset;
      if (exception) allowed.push({ file: inAttachment ?? file, line, masked, reason: exception.reason });
      else problems.push({ severity: 'error', file: owner?.file ?? file, line, ...problemText('privacy.national-id', { masked, inAttachment }) });
    }
  };

  const everyEntry = [...Object.values(raw.singletons).filter((entry): entry is RawEntry => entry !== undefined), ...Object.values(raw.markdown).flat(), ...Object.values(raw.yaml).flat()];
  for (const entry of everyEntry) {
    if (entry.file.endsWith('privacy-allowlist.yaml')) continue;
    scanIds(entry.file, entry.source, entry);
  }
  for (const [attachmentPath, inspection] of raw.attachments) {
    for (const problem of inspection.typeProblems) problems.push({ severity: 'error', file: attachmentPath, ...describeProblem(problem) });
    if (!inspection.scan) continue;
    for (const problem of inspection.scan.damaged) problems.push({ severity: 'error', file: attachmentPath, ...describeProblem(problem) });
    for (const problem of inspection.scan.notChecked) problems.push({ severity: 'warning', file: attachmentPath, personalDataNotChecked: true, ...describeProblem(problem) });
    for (const finding of inspection.scan.findings) {
      const exception = allowEntry(attachmentPath, finding.digits);
      if (exception) allowed.push({ file: attachmentPath, masked: finding.masked, reason: exception.reason });
      else problems.push({ severity: 'error', file: attachmentPath, ...problemText('privacy.national-id', { masked: finding.masked, inAttachment: attachmentPath, inArchive: finding.inArchive }) });
    }
  }

  // A skeleton from `npm run new` is never published with its placeholders: every marked value and body line is named.
  for (const entry of everyEntry) {
    for (const { fieldPath, text } of placeholdersIn(entry.data)) {
      problems.push({ severity: 'error', file: entry.file, line: entry.lineOf(fieldPath), field: formatFieldPath(fieldPath), ...problemText('content.placeholder', { text }) });
    }
    entry.body.split('\n').forEach((line, index) => {
      if (line.includes(placeholderMark)) problems.push({ severity: 'error', file: entry.file, line: entry.bodyFirstLine + index, ...problemText('content.placeholder', { text: line.trim() }) });
    });
  }

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
    if (name.startsWith('.')) continue;
    const suggestion = unsafeFileNameSuggestion(name, options.namingHints.get(file));
    if (suggestion) problems.push({ severity: 'error', file, ...problemText('file.bad-name', { name, suggestion }) });
    if (bytes > limitBytes && !/\.(md|mdx|ya?ml)$/i.test(name)) {
      problems.push({ severity: 'error', file, ...problemText('attachment.too-large', { path: file, size: `${(bytes / 1024 / 1024).toFixed(1)} MB`, limit: options.maxAttachmentMb }) });
    }
  }
  return allowed;
}

/** Every string value in parsed data that still carries the placeholder mark, with where it is. */
function placeholdersIn(data: unknown, fieldPath: PropertyKey[] = []): { fieldPath: PropertyKey[]; text: string }[] {
  if (typeof data === 'string') return data.includes(placeholderMark) ? [{ fieldPath, text: data }] : [];
  if (Array.isArray(data)) return data.flatMap((item, index) => placeholdersIn(item, [...fieldPath, index]));
  if (data !== null && typeof data === 'object') return Object.entries(data).flatMap(([key, value]) => placeholdersIn(value, [...fieldPath, key]));
  return [];
}

function unsafeHtmlText(finding: HtmlFinding): ProblemText {
  if (finding.kind === 'element') return problemText('markup.unsafe-element', { element: finding.element });
  if (finding.kind === 'attribute') return problemText('markup.unsafe-attribute', { element: finding.element, attribute: finding.attribute });
  return problemText('markup.unsafe-url', { element: finding.element, url: finding.url });
}

/** The end of a refused address as it would still appear in the source, however its scheme was encoded. */
function urlTail(url: string): RegExp[] {
  const tail = url.slice(url.indexOf(':') + 1).slice(-12);
  return tail.length >= 4 ? [new RegExp(tail.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))] : [];
}

/** The body line that most likely wrote what the rendered HTML shows (the HTML has no source positions). */
function lineOfFinding(entry: RawEntry, finding: HtmlFinding): number | undefined {
  const lines = entry.body.split('\n');
  const needles =
    finding.kind === 'element'
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

/** Months either side of a document's fiscal years in which its date needs no explanation: plans approved before their year, reports posted after it. */
const toleratedMonths = 6;

function isNearFiscalYears(date: string, first: number, last: number): boolean {
  const day = date.length === 7 ? `${date}-01` : date;
  const latest = lastDayOfMonth(shiftIsoDate(fiscalYearRange(last).end, { months: toleratedMonths }).slice(0, 7));
  return day >= shiftIsoDate(fiscalYearRange(first).start, { months: -toleratedMonths }) && day <= latest;
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
    const normalised = withoutFragment.endsWith('/') || /\.[a-z0-9]+$/i.test(withoutFragment) ? withoutFragment : `${withoutFragment}/`;
    return knownPaths.has(normalised) || /^\/(?:oit\/\d{4}\/itas\.(?:csv|json)|data\/.+|pagefind\/.+)$/.test(normalised);
  }
  return raw.files.has(path.posix.normalize(path.posix.join(path.posix.dirname(entryFile), withoutFragment)));
}

function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
