import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { mapInPool } from '../build/pool.ts';
import { markdownCollections, yamlCollections, singletonFiles, markdownExtensions, yamlExtensions } from '../../schemas/collections.ts';
import type { MarkdownCollectionName, YamlCollectionName, SingletonName } from '../../schemas/collections.ts';
import { splitMarkdownSource, parseYaml, type FieldPlace, type ParsedYaml } from './parse-source.ts';
import { entryIdFromPath } from './entry-id.ts';
import { yamlProblems } from './yaml-problems.ts';
import { problemText, type ProblemRef } from '../../i18n/problems.ts';
import type { AttachmentScan } from '../guards/personal-data.ts';
import type { ScanTextInspection } from '../ocr/scan-text-inspection.ts';
import type { OrphanScanText } from '../ocr/orphan-scan-texts.ts';
import type { ContentProblem } from './problem.ts';

/** One attachment as the guards saw it: problems with its type (by its bytes), and what its text holds. */
export interface AttachmentInspection {
  typeProblems: ProblemRef[];
  /** Undefined when the type was refused and the file not read */
  scan: AttachmentScan | undefined;
  /** For a scan (a PDF without text, an image): its machine-read text beside it (`npm run ocr`), and what it holds */
  scanText?: ScanTextInspection;
}


/** A content file as read, before validation. */
export interface RawEntry {
  id: string;
  /** Path from the project root with forward slashes, e.g. content/documents/2567/plan.md */
  file: string;
  data: unknown;
  body: string;
  /** The body as HTML, when the caller rendered it (load-content does); what the markup guard checks */
  html?: string;
  /** The whole file as written, for guards that scan text (national IDs) */
  source: string;
  /** 1-based line where the body starts */
  bodyFirstLine: number;
  lineOf(fieldPath: readonly PropertyKey[]): number | undefined;
  /** The fields written at a path, for saying where a missing one goes */
  fieldLayout?(fieldPath: readonly PropertyKey[]): FieldPlace[];
}

export interface RawContent {
  /** Folder name of the content, relative to the project root, e.g. `content` */
  contentDir: string;
  singletons: Record<SingletonName, RawEntry | undefined>;
  markdown: Record<MarkdownCollectionName, RawEntry[]>;
  yaml: Record<YamlCollectionName, RawEntry[]>;
  /**
   * Ids of every file of each collection, read or not: an entry with its own errors still exists for references, so
   * one broken file reports its own problems and no false "not found" in the files that cite it.
   */
  idsFound: Record<MarkdownCollectionName | YamlCollectionName, Set<string>>;
  /** Every regular file under the content folder, as project-root paths; attachments are checked against it */
  files: Set<string>;
  /** Symbolic links under the content folder (reported, never read or published) */
  symlinks: Set<string>;
  /** Size in bytes of every file under the content folder */
  fileSizes: Map<string, number>;
  /** What the attachment guards found in each published file, by project-root path, when the caller inspected them */
  attachments: Map<string, AttachmentInspection>;
  /** Machine-read texts whose scan is gone, when the caller looked for them (load-content does) */
  orphanScanTexts?: OrphanScanText[];
  /** Problems found while reading (syntax errors, missing files, links) */
  problems: ContentProblem[];
}

const toPosix = (value: string) => value.split(path.sep).join('/');

interface ListedFiles {
  regular: string[];
  symlinks: string[];
  other: string[];
}

/** Every entry below a folder, without following links: a link may point anywhere on the machine. */
async function listFiles(directory: string): Promise<ListedFiles> {
  const listed: ListedFiles = { regular: [], symlinks: [], other: [] };
  try {
    for (const entry of await readdir(directory, { recursive: true, withFileTypes: true })) {
      const absolute = path.join(entry.parentPath, entry.name);
      if (entry.isSymbolicLink()) listed.symlinks.push(absolute);
      else if (entry.isFile()) listed.regular.push(absolute);
      else if (!entry.isDirectory()) listed.other.push(absolute);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return listed;
}

// Markdown files read at once: enough to keep the disk busy, far from the limit of open files.
const filesAtOnce = 64;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or the line of its first byte that is not UTF-8. */
function decodeUtf8(bytes: Uint8Array): { text: string } | { badLine: number } {
  try {
    return { text: utf8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    // Decode line by line to find where the bad bytes are.
    let line = 1;
    let start = 0;
    for (let index = 0; index <= bytes.length; index++) {
      if (index === bytes.length || bytes[index] === 0x0a) {
        try {
          utf8.decode(bytes.subarray(start, index));
        } catch {
          return { badLine: line };
        }
        line += 1;
        start = index + 1;
      }
    }
    return { badLine: 1 };
  }
}

/**
 * Which files readContent reads: all of them; all but the procurement month files (read on another thread, see
 * procurement-months.ts); or only those and the single files beside them (the profile, vocabulary and allow-list).
 */
export type ProcurementMonthReading = 'read' | 'skip' | 'only';

/** Reads every content file; never throws for bad content, it reports problems instead. */
export async function readContent(projectRoot: string, contentDir = 'content', { procurementMonths = 'read' }: { procurementMonths?: ProcurementMonthReading } = {}): Promise<RawContent> {
  const contentRoot = path.join(projectRoot, contentDir);
  const listed = await listFiles(contentRoot);
  const allFiles = listed.regular;
  // Every listed file is below the project's folder: its path is the rest of the text (path.relative, per file of ten thousand, was a measurable part of reading).
  const projectPrefix = path.resolve(projectRoot) + path.sep;
  const relative = (absolute: string) => toPosix(absolute.startsWith(projectPrefix) ? absolute.slice(projectPrefix.length) : path.relative(projectRoot, absolute));
  const problems: ContentProblem[] = [];
  for (const link of listed.symlinks) problems.push({ severity: 'error', file: relative(link), ...problemText('file.symlink', { path: relative(link) }) });
  for (const other of listed.other) problems.push({ severity: 'error', file: relative(other), ...problemText('file.not-regular', { path: relative(other) }) });

  /** The text of a content file, or undefined after reporting why it cannot be read as data. */
  async function readText(absolute: string): Promise<string | undefined> {
    const file = relative(absolute);
    const decoded = decodeUtf8(await readFile(absolute));
    if ('badLine' in decoded) {
      problems.push({ severity: 'error', file, line: decoded.badLine, ...problemText('file.not-utf8', { line: decoded.badLine }) });
      return undefined;
    }
    if (decoded.text.trim() === '') {
      problems.push({ severity: 'error', file, line: 1, ...problemText('file.empty') });
      return undefined;
    }
    return decoded.text;
  }

  /** Parsed data that is a mapping of fields, or undefined after reporting what is wrong with it. */
  function fieldsOf(file: string, text: string, parsed: ParsedYaml, firstLine: number): boolean {
    if (parsed.syntaxErrors.length > 0) {
      problems.push(...yamlProblems(file, text, parsed.syntaxErrors));
      return false;
    }
    if (parsed.data !== null && parsed.data !== undefined && (typeof parsed.data !== 'object' || Array.isArray(parsed.data))) {
      problems.push({ severity: 'error', file, line: firstLine, ...problemText('yaml.not-a-mapping', { found: Array.isArray(parsed.data) ? 'list' : 'value' }) });
      return false;
    }
    return true;
  }

  async function readYamlEntry(absolute: string, id: string): Promise<RawEntry | undefined> {
    const file = relative(absolute);
    const source = await readText(absolute);
    if (source === undefined) return undefined;
    const parsed = parseYaml(source);
    if (!fieldsOf(file, source, parsed, 1)) return undefined;
    return { id, file, data: parsed.data ?? {}, body: '', source, bodyFirstLine: 1, lineOf: parsed.lineOf, fieldLayout: parsed.fieldLayout };
  }

  async function readMarkdownEntry(absolute: string, id: string): Promise<RawEntry | undefined> {
    const file = relative(absolute);
    const text = await readText(absolute);
    if (text === undefined) return undefined;
    const source = splitMarkdownSource(text);
    if (!source.hasFrontmatter) {
      problems.push({ severity: 'error', file, line: 1, ...problemText('markdown.no-frontmatter') });
      return undefined;
    }
    const parsed = parseYaml(source.frontmatter, source.frontmatterFirstLine);
    if (!fieldsOf(file, text, parsed, source.frontmatterFirstLine)) return undefined;
    const bodyFirstLine = text.slice(0, text.length - source.body.length).split('\n').length;
    return { id, file, data: parsed.data ?? {}, body: source.body, source: text, bodyFirstLine, lineOf: parsed.lineOf, fieldLayout: parsed.fieldLayout };
  }

  const singletons = {} as Record<SingletonName, RawEntry | undefined>;
  for (const [name, spec] of Object.entries(singletonFiles) as [SingletonName, { file: string; optional?: boolean }][]) {
    const absolute = path.join(contentRoot, spec.file);
    singletons[name] = undefined;
    if (!allFiles.includes(absolute)) {
      // A symbolic link in its place has been reported as such.
      if (('optional' in spec && spec.optional) || listed.symlinks.includes(absolute)) continue;
      const file = relative(absolute);
      problems.push({ severity: 'error', file, ...problemText('file.missing', { path: file }) });
      continue;
    }
    singletons[name] = await readYamlEntry(absolute, name);
  }

  const isListed = (file: string) => !path.basename(file).startsWith('.') && !path.basename(file).startsWith('_');
  const inFolder = (folder: string, extensions: readonly string[]) => {
    const folderPrefix = path.join(contentRoot, folder) + path.sep;
    return allFiles
      .filter((file) => file.startsWith(folderPrefix))
      .filter((file) => extensions.includes(path.extname(file).toLowerCase()))
      .filter(isListed)
      .sort();
  };
  const idIn = (folder: string, absolute: string) => entryIdFromPath(toPosix(path.relative(path.join(contentRoot, folder), absolute)));

  // Content is data: MDX would run its imports and expressions while the site is built, so it is refused everywhere.
  for (const file of procurementMonths === 'only' ? [] : allFiles.filter((file) => path.extname(file).toLowerCase() === '.mdx' && isListed(file))) {
    problems.push({ severity: 'error', file: relative(file), line: 1, ...problemText('content.mdx') });
  }

  const idsFound = {} as RawContent['idsFound'];
  const markdown = {} as Record<MarkdownCollectionName, RawEntry[]>;
  for (const [name, spec] of Object.entries(markdownCollections) as [MarkdownCollectionName, { dir: string }][]) {
    // The months' own reading needs no other entry's id (their attachments are looked up in `files`).
    if (procurementMonths === 'only') {
      idsFound[name] = new Set();
      markdown[name] = [];
      continue;
    }
    const files = inFolder(spec.dir, markdownExtensions).filter((file) => path.extname(file).toLowerCase() !== '.mdx');
    idsFound[name] = new Set(files.map((file) => idIn(spec.dir, file)));
    const read = await mapInPool(files, filesAtOnce, (absolute) => readMarkdownEntry(absolute, idIn(spec.dir, absolute)));
    markdown[name] = read.filter((entry) => entry !== undefined);
  }

  const yaml = {} as Record<YamlCollectionName, RawEntry[]>;
  for (const [name, spec] of Object.entries(yamlCollections) as [YamlCollectionName, { dir: string }][]) {
    const files = inFolder(spec.dir, yamlExtensions);
    idsFound[name] = new Set(files.map((file) => idIn(spec.dir, file)));
    const entries: RawEntry[] = [];
    const wanted = procurementMonths === 'read' || (name === 'procurement') === (procurementMonths === 'only');
    for (const absolute of wanted ? files : []) {
      const entry = await readYamlEntry(absolute, idIn(spec.dir, absolute));
      if (entry) entries.push(entry);
    }
    yaml[name] = entries;
  }

  const fileSizes = new Map<string, number>();
  if (procurementMonths !== 'only') await Promise.all(allFiles.map(async (file) => fileSizes.set(relative(file), (await stat(file)).size)));
  return { contentDir, singletons, markdown, yaml, idsFound, files: new Set(allFiles.map(relative)), symlinks: new Set(listed.symlinks.map(relative)), fileSizes, attachments: new Map(), problems };
}
