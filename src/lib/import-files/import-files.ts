/**
 * `npm run import -- files <folder>`: an agency's folder of evidence (per ITA year, a sub-folder per O-item or Thai
 * topic) becomes document entries, each in its fiscal-year folder with its file beside it under a clean name. What it
 * is not sure of is written as a placeholder "(แก้ไข)", so the build refuses the entry until a person has looked. It
 * never overwrites; files already in the content (same SHA-256) are skipped, so an interrupted run is simply run again;
 * each entry is written aside and linked into place after its attachment, so none is ever half-written.
 */
import { createHash } from 'node:crypto';
import { link, mkdir, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { asideFileOf, removeLeftoverAsideFiles } from '../files/aside-files.ts';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checkAttachmentType } from '../guards/attachment-type.ts';
import { readAttachmentText } from '../guards/attachment-text.ts';
import { describeProblem } from '../../i18n/problems.ts';
import { fiscalYearOfIso, fiscalYearRange, shiftIsoDate } from '../calendar/thai-date.ts';
import { toBeDate } from '../new-entry/scaffold.ts';
import { placeholderMark } from '../../i18n/scaffold.ts';
import { importWords as words } from '../../i18n/import.ts';
import { cleanOcrText } from '../ocr/thai-ocr-text.ts';
import { findScanPages, imageFormat, renderScanPages } from '../ocr/scan-pages.ts';
import { formatScanText, isScanTextFile, scanTextFileOf, type ScanText } from '../ocr/scan-text-file.ts';
import type { OcrEngine } from '../ocr/ocr-engine.ts';
import { bestTopicMatch, folderHints, guessDate, guessTitle, matchTopic, type FolderHints } from './read-guesses.ts';
import { findIdsInScanText } from '../ocr/scan-national-id.ts';

export interface ImportFilesOptions {
  /** The agency's folder */
  sourceDir: string;
  projectRoot: string;
  /** Content folder relative to the project root */
  contentDir: string;
  /** Today, CE ISO (Bangkok): the fiscal year of a file nothing dates */
  today: string;
  /** Engines to read a scan's first page (its title); none: scans are imported with placeholders */
  engines?: OcrEngine[];
  maxAttachmentMb?: number;
  /** Called after each file, with the files done and the total */
  onFile?: (done: number, total: number) => void;
  /** Asked between files: true stops the run there (Ctrl-C) */
  shouldStop?: () => boolean;
}

export interface ReviewNote {
  field: string;
  why: string;
}

export interface ImportedFile {
  /** Path under the source folder */
  source: string;
  /** The entry written, path in the content folder (documents/2567/plan.md) */
  entry: string;
  attachment: string;
  review: ReviewNote[];
}

export interface SkippedFile {
  source: string;
  why: string;
}

export interface ImportReport {
  imported: ImportedFile[];
  skipped: SkippedFile[];
  /** Files not reached because the run was stopped */
  notReached: number;
}

interface CatalogueItem {
  code: string;
  title: string;
  documentTypes: string[];
}
interface DocumentTypeName {
  id: string;
  th: string;
}

/** Names a person's computer leaves in folders: never evidence, never reported. */
const systemFile = /^(\.|~\$)|^(thumbs\.db|desktop\.ini)$/i;

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !systemFile.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter(
      (file) =>
        !path
          .relative(folder, file)
          .split(path.sep)
          .some((part) => part.startsWith('.')),
    )
    .sort((a, b) => a.localeCompare(b, 'th'));
}

const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * SHA-256 → path of every file already in the content folder (entries and texts aside), and the text of every entry
 * (to tell a file an entry names from one an interrupted import left before writing its entry).
 */
async function contentHashes(contentRoot: string): Promise<{ hashes: Map<string, string>; entryText: string }> {
  const hashes = new Map<string, string>();
  const entryTexts: string[] = [];
  const entries = await readdir(contentRoot, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile() || isScanTextFile(entry.name) || entry.name.startsWith('.')) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    if (/\.(md|ya?ml)$/i.test(entry.name)) entryTexts.push((await readFile(absolute, 'utf8')).normalize('NFC'));
    else hashes.set(sha256Of(await readFile(absolute)), absolute);
  }
  return { hashes, entryText: entryTexts.join('\n') };
}

async function readYamlFile(file: string): Promise<unknown> {
  return parseYaml(await readFile(file, 'utf8').catch(() => ''));
}

/** The OIT items of each catalogue year and the document types' Thai names, read leniently (the build validates them). */
async function readVocabulary(contentRoot: string) {
  const catalogues = new Map<number, CatalogueItem[]>();
  for (const name of await readdir(path.join(contentRoot, 'oit')).catch(() => [] as string[])) {
    const year = Number(/^(\d{4})\.ya?ml$/.exec(name)?.[1]);
    if (!year) continue;
    const data = (await readYamlFile(path.join(contentRoot, 'oit', name))) as { items?: CatalogueItem[] } | null;
    catalogues.set(
      year,
      (data?.items ?? [])
        .filter((item) => item && typeof item.code === 'string')
        .map((item) => ({
          code: item.code,
          title: String(item.title ?? ''),
          documentTypes: Array.isArray(item.documentTypes) ? item.documentTypes.map(String) : [],
        })),
    );
  }
  const types = ((await readYamlFile(path.join(contentRoot, 'document-types.yaml'))) as { types?: DocumentTypeName[] } | null)?.types ?? [];
  return { catalogues, types: types.filter((type) => type && typeof type.id === 'string').map((type) => ({ id: type.id, th: String(type.th ?? '') })) };
}

interface DocumentText {
  text: string;
  /** Read by OCR: its numbers and dates are not facts */
  byOcr: boolean;
  /** When OCR read the whole scan (a one-page scan): what its text file records */
  scanText?: Omit<ScanText, 'pages'>;
}

type TextResult = { ok: true; text: DocumentText | undefined } | { ok: false; why: string };

/** The document's own text: its text layer or Office text; a scan's first page by OCR. */
async function documentText(name: string, bytes: Uint8Array, engines: OcrEngine[] | undefined, sha256: string): Promise<TextResult> {
  const read = await readAttachmentText(name, bytes);
  if (read.kind === 'text') return { ok: true, text: { text: read.text, byOcr: false } };
  if (read.kind === 'archive') return { ok: true, text: undefined };
  if (read.kind === 'damaged') return { ok: false, why: words.damaged(read.reason) };
  if (read.reason === 'password-protected') return { ok: false, why: words.password };
  if ((read.reason !== 'scan-without-text' && read.reason !== 'image') || !engines?.[0]) return { ok: true, text: undefined };
  const pages = await findScanPages(bytes);
  if (pages.kind === 'unreadable') return { ok: false, why: pages.reason === 'password' ? words.password : words.damaged(pages.detail) };
  const first = pages.scanPages[0];
  if (first === undefined) return { ok: true, text: undefined };
  for await (const image of renderScanPages(bytes, [first])) {
    const text = cleanOcrText(await engines[0].recognize(image.bytes));
    // A one-page scan is now read whole: its text is kept beside it, so `npm run ocr` need not read it again.
    const whole = pages.scanPages.length === 1 ? { sha256, pageCount: pages.pageCount, engine: engines[0].name } : undefined;
    return { ok: true, text: { text, byOcr: true, ...(whole ? { scanText: whole } : {}) } };
  }
  return { ok: true, text: undefined };
}

const monthsAround = 6;
const isNearFiscalYear = (iso: string, fiscalYear: number) => {
  const range = fiscalYearRange(fiscalYear);
  return iso >= shiftIsoDate(range.start, { months: -monthsAround }) && iso <= shiftIsoDate(range.end, { months: monthsAround });
};

interface Guessed {
  title: { value: string; sure: boolean };
  type: { value: string; sure: boolean; alternatives: string[] };
  published?: { iso: string; sure: boolean; printed: string };
  fiscalYear: { value: number; sure: boolean };
  review: ReviewNote[];
}

function guessEntry(
  fileName: string,
  hints: FolderHints,
  text: DocumentText | undefined,
  vocabulary: Awaited<ReturnType<typeof readVocabulary>>,
  today: string,
): Guessed {
  const review: ReviewNote[] = [];
  const read = text ? guessTitle(text.text) : undefined;
  // A line with an ID number is never copied into an entry: the file's name stands in.
  const holdsId = read !== undefined && findIdsInScanText([{ page: 1, text: read }]).length > 0;
  const titleFromText = holdsId ? undefined : read;
  const fileStem = fileName
    .normalize('NFC')
    .replace(/\.[^.]+$/, '')
    .replace(/[_]+/g, ' ')
    .trim();
  const title = titleFromText ? { value: titleFromText, sure: !text?.byOcr } : { value: fileStem, sure: false };
  if (!titleFromText) review.push({ field: 'title', why: holdsId ? words.titleHoldsId : words.titleFromName });
  else if (text?.byOcr) review.push({ field: 'title', why: words.titleByOcr });

  // The catalogue of the folder's ITA year, or the latest one.
  const years = [...vocabulary.catalogues.keys()].sort();
  const catalogueYear = hints.itaYear && vocabulary.catalogues.has(hints.itaYear) ? hints.itaYear : years.at(-1);
  const items = catalogueYear ? (vocabulary.catalogues.get(catalogueYear) ?? []) : [];
  const known = new Set(vocabulary.types.map((type) => type.id));
  let candidates: string[] = [];
  let why = '';
  if (hints.itemCode) {
    const item = items.find((candidate) => candidate.code === hints.itemCode);
    candidates = (item?.documentTypes ?? []).filter((id) => known.has(id));
    if (!item) why = words.noSuchItem(hints.itemCode, catalogueYear);
  }
  if (candidates.length === 0 && hints.topic) {
    const byType = matchTopic(hints.topic, vocabulary.types, (type) => [type.th]).map((type) => type.id);
    const byItem = matchTopic(hints.topic, items, (item) => [item.title]).flatMap((item) => item.documentTypes);
    candidates = [...new Set([...byType, ...byItem])].filter((id) => known.has(id));
  }
  let typeSure = candidates.length === 1;
  if (candidates.length > 1 && titleFromText) {
    // Several types answer the item or topic: the one whose name is closest to the title, if one is closer than the rest.
    const named = bestTopicMatch(
      titleFromText,
      vocabulary.types.filter((type) => candidates.includes(type.id)),
      (type) => [type.th],
    );
    if (named) candidates = [named.best.id, ...candidates.filter((id) => id !== named.best.id)];
    typeSure = named?.unique === true;
  }
  const type = { value: candidates[0] ?? '', sure: typeSure && candidates.length > 0, alternatives: candidates.slice(1) };
  if (!type.value) review.push({ field: 'type', why: why || words.typeUnknown(hints.topic) });
  else if (!type.sure) review.push({ field: 'type', why: words.typeOneOf(candidates) });

  const printed = text ? guessDate(text.text) : undefined;
  const published = printed ? { iso: printed.iso, sure: !text!.byOcr, printed: printed.text } : undefined;
  if (published && !published.sure) review.push({ field: 'published', why: words.dateByOcr(published.printed) });
  if (!published) review.push({ field: 'published', why: words.noDate });

  let fiscalYear: Guessed['fiscalYear'];
  const dateYear = published?.sure ? fiscalYearOfIso(published.iso) : undefined;
  if (hints.itaYear && published?.sure && !isNearFiscalYear(published.iso, hints.itaYear)) {
    fiscalYear = { value: dateYear!, sure: false };
    review.push({ field: 'fiscalYear', why: words.yearsDisagree(hints.itaYear, toBeDate(published.iso)) });
  } else if (hints.itaYear) fiscalYear = { value: hints.itaYear, sure: true };
  else if (dateYear) fiscalYear = { value: dateYear, sure: true };
  else {
    fiscalYear = { value: fiscalYearOfIso(today), sure: false };
    review.push({ field: 'fiscalYear', why: words.noYear });
  }
  return { title, type, ...(published ? { published } : {}), fiscalYear, review };
}

const quoted = (value: string) => JSON.stringify(value);
const marked = (value: string, sure: boolean) => (sure ? value : `${value} ${placeholderMark}`.trim());

/** The entry as written: every unsure value carries the placeholder mark, with a comment saying what to check. */
export function entryText(guess: Guessed, attachment: { file: string; title: string }, source: string, sha256: string): string {
  const lines = ['---', `# ${words.importedFrom(source)}`, `# sha256: ${sha256}`];
  lines.push(`title: ${quoted(marked(guess.title.value, guess.title.sure))}`);
  if (guess.type.alternatives.length > 0 && !guess.type.sure) lines.push(`# ${words.typeChoices([guess.type.value, ...guess.type.alternatives])}`);
  lines.push(guess.type.sure ? `type: ${guess.type.value}` : `type: ${quoted(marked(guess.type.value, false))}`);
  lines.push(guess.fiscalYear.sure ? `fiscalYear: ${guess.fiscalYear.value}` : `fiscalYear: ${quoted(marked(String(guess.fiscalYear.value), false))}`);
  if (guess.published?.sure) lines.push(`published: ${toBeDate(guess.published.iso)}`);
  else {
    // A date OCR read is shown for staff to check against the paper, never written as the value (OCR misreads Thai digits).
    if (guess.published) lines.push(`# ${words.ocrDateHint(guess.published.printed)}`);
    lines.push(`published: ${quoted(`${placeholderMark} ${words.datePlaceholder}`)}`);
  }
  lines.push('attachments:', `  - file: ${attachment.file}`, `    title: ${quoted(marked(attachment.title, guess.title.sure))}`, '---', '');
  return lines.join('\n');
}

/** The clean names of the entry and its file: `<type>-<BE date or year>`, numbered when taken. */
async function freeStem(folder: string, base: string, extension: string, taken: Set<string>): Promise<string> {
  const exists = (name: string) =>
    stat(path.join(folder, name)).then(
      () => true,
      () => taken.has(path.join(folder, name)),
    );
  for (let counter = 1; ; counter++) {
    const stem = counter === 1 ? base : `${base}-${counter}`;
    if (!(await exists(`${stem}.md`)) && !(await exists(`${stem}${extension}`)) && !(await exists(scanTextFileOf(`${stem}${extension}`)))) return stem;
  }
}

/** Writes `bytes` at `target` only if nothing is there: written aside (hidden) and linked into place. */
async function writeNew(target: string, bytes: Uint8Array | string): Promise<void> {
  const aside = asideFileOf(target, 'importing');
  await writeFile(aside, bytes);
  try {
    await link(aside, target);
  } finally {
    await unlink(aside).catch(() => undefined);
  }
}

export async function importFiles(options: ImportFilesOptions): Promise<ImportReport> {
  const contentRoot = path.join(options.projectRoot, options.contentDir);
  // What a stopped run left aside (hidden, never read) goes first.
  await removeLeftoverAsideFiles(contentRoot);
  const vocabulary = await readVocabulary(contentRoot);
  const { hashes: known, entryText: entriesBefore } = await contentHashes(contentRoot);
  let namedInEntries = entriesBefore;
  const files = await listFiles(options.sourceDir);
  const report: ImportReport = { imported: [], skipped: [], notReached: 0 };
  const taken = new Set<string>();
  const limitBytes = (options.maxAttachmentMb ?? 20) * 1024 * 1024;
  // Shown to staff as in the content folder: documents/2567/plan.md
  const toProject = (absolute: string) => path.relative(contentRoot, absolute).split(path.sep).join('/');

  for (const [index, absolute] of files.entries()) {
    if (options.shouldStop?.()) {
      report.notReached = files.length - index;
      break;
    }
    const source = path.relative(options.sourceDir, absolute).split(path.sep).join('/').normalize('NFC');
    const skip = (why: string) => void report.skipped.push({ source, why });
    try {
      const size = (await stat(absolute)).size;
      if (size === 0) skip(words.empty);
      else if (size > limitBytes) skip(words.tooLarge((size / 1024 / 1024).toFixed(1), options.maxAttachmentMb ?? 20));
      else await importOne(absolute, source);
    } catch (error) {
      // One bad file is reported and the run goes on: nothing it wrote is half-written (writeNew).
      skip(words.failed(error instanceof Error ? error.message : String(error)));
    }
    options.onFile?.(index + 1, files.length);
  }
  return report;

  async function importOne(absolute: string, source: string): Promise<void> {
    const skip = (why: string) => void report.skipped.push({ source, why });
    const bytes = new Uint8Array(await readFile(absolute));
    const sha256 = sha256Of(bytes);
    const already = known.get(sha256);
    // A file no entry names was left by an import stopped before its entry was written: this run writes the entry.
    const unfinished = already !== undefined && !namedInEntries.includes(path.basename(already).normalize('NFC'));
    if (already && !unfinished) return skip(words.alreadyImported(toProject(already)));
    const name = path.basename(absolute).normalize('NFC');
    const format = imageFormat(bytes);
    if (format === 'tiff' || format === 'heic') return skip(words.convertFirst(format === 'tiff' ? 'TIFF' : 'HEIC'));
    const type = await checkAttachmentType(name, bytes);
    if (!type.ok) return skip(type.problems.map((problem) => describeProblem(problem).th).join(' '));
    const read = await documentText(name, bytes, options.engines, sha256);
    if (!read.ok) return skip(read.why);

    const hints = folderHints(path.relative(options.sourceDir, path.dirname(absolute)).split(path.sep).filter(Boolean));
    const guess = guessEntry(name, hints, read.text, vocabulary, options.today);
    const folder = path.join(contentRoot, 'documents', String(guess.fiscalYear.value));
    await mkdir(folder, { recursive: true });
    const extension =
      path
        .extname(name)
        .toLowerCase()
        .replace(/[^a-z0-9.]/g, '') || '.bin';
    const dated = guess.published?.sure ? toBeDate(guess.published.iso) : String(guess.fiscalYear.value);
    const stem = unfinished
      ? path.basename(already, path.extname(already))
      : await freeStem(folder, `${guess.type.sure ? guess.type.value : 'document'}-${dated}`, extension, taken);
    const attachmentPath = unfinished ? already : path.join(folder, `${stem}${extension}`);
    const entryPath = path.join(path.dirname(attachmentPath), `${stem}.md`);
    taken.add(attachmentPath).add(entryPath);
    // The file first, then its text, then the entry: an entry never points to a file not yet there.
    if (!unfinished) await writeNew(attachmentPath, bytes);
    const textThere =
      unfinished &&
      (await stat(scanTextFileOf(attachmentPath)).then(
        () => true,
        () => false,
      ));
    if (read.text?.scanText && !textThere)
      await writeNew(
        scanTextFileOf(attachmentPath),
        formatScanText(path.basename(attachmentPath), { ...read.text.scanText, pages: [{ page: 1, text: read.text.text }] }),
      );
    await writeNew(entryPath, entryText(guess, { file: path.basename(attachmentPath), title: guess.title.value }, source, sha256));
    known.set(sha256, attachmentPath);
    namedInEntries += `\n${path.basename(attachmentPath)}`;
    report.imported.push({ source, entry: toProject(entryPath), attachment: toProject(attachmentPath), review: guess.review });
  }
}
