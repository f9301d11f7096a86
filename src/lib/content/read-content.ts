import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { mapInPool } from '../pool.ts';
import { markdownCollections, yamlCollections, singletonFiles, markdownExtensions, yamlExtensions } from '../../schemas/collections.ts';
import type { MarkdownCollectionName, YamlCollectionName, SingletonName } from '../../schemas/collections.ts';
import { splitMarkdownSource, parseYaml } from './parse-source.ts';
import { entryIdFromPath } from './entry-id.ts';
import { problemText } from '../../i18n/problems.ts';
import type { ContentProblem } from './problem.ts';

/** A content file as read, before validation. */
export interface RawEntry {
  id: string;
  /** Path from the project root with forward slashes, e.g. content/documents/2567/plan.md */
  file: string;
  data: unknown;
  body: string;
  /** The whole file as written, for guards that scan text (national IDs) */
  source: string;
  /** 1-based line where the body starts */
  bodyFirstLine: number;
  lineOf(fieldPath: readonly PropertyKey[]): number | undefined;
}

export interface RawContent {
  /** Folder name of the content, relative to the project root, e.g. `content` */
  contentDir: string;
  singletons: Record<SingletonName, RawEntry | undefined>;
  markdown: Record<MarkdownCollectionName, RawEntry[]>;
  yaml: Record<YamlCollectionName, RawEntry[]>;
  /** Every file under the content folder, as project-root paths; attachments are checked against it */
  files: Set<string>;
  /** Size in bytes of every file under the content folder */
  fileSizes: Map<string, number>;
  /** Text extracted from attachments (PDF), by project-root path, when the caller extracted it */
  attachmentTexts: Map<string, string>;
  /** Problems found while reading (syntax errors, missing files) */
  problems: ContentProblem[];
}

const toPosix = (value: string) => value.split(path.sep).join('/');

async function listFiles(directory: string): Promise<string[]> {
  try {
    const names = await readdir(directory, { recursive: true, withFileTypes: true });
    return names.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

// Markdown files read at once: enough to keep the disk busy, far from the limit of open files.
const filesAtOnce = 64;

function syntaxProblems(file: string, errors: { line: number; message: string }[]): ContentProblem[] {
  return errors.map((error) => ({ severity: 'error', file, line: error.line, ...problemText('yaml.syntax', { detail: error.message }) }));
}

/** Reads every content file; never throws for bad content, it reports problems instead. */
export async function readContent(projectRoot: string, contentDir = 'content'): Promise<RawContent> {
  const contentRoot = path.join(projectRoot, contentDir);
  const allFiles = await listFiles(contentRoot);
  const relative = (absolute: string) => toPosix(path.relative(projectRoot, absolute));
  const problems: ContentProblem[] = [];

  async function readYamlEntry(absolute: string, id: string): Promise<RawEntry | undefined> {
    const file = relative(absolute);
    const source = await readFile(absolute, 'utf8');
    const parsed = parseYaml(source);
    if (parsed.syntaxErrors.length > 0) {
      problems.push(...syntaxProblems(file, parsed.syntaxErrors));
      return undefined;
    }
    return { id, file, data: parsed.data ?? {}, body: '', source, bodyFirstLine: 1, lineOf: parsed.lineOf };
  }

  async function readMarkdownEntry(absolute: string, id: string): Promise<RawEntry | undefined> {
    const file = relative(absolute);
    const text = await readFile(absolute, 'utf8');
    const source = splitMarkdownSource(text);
    if (!source.hasFrontmatter) {
      problems.push({ severity: 'error', file, line: 1, ...problemText('markdown.no-frontmatter') });
      return undefined;
    }
    const parsed = parseYaml(source.frontmatter, source.frontmatterFirstLine);
    if (parsed.syntaxErrors.length > 0) {
      problems.push(...syntaxProblems(file, parsed.syntaxErrors));
      return undefined;
    }
    const bodyFirstLine = text.slice(0, text.length - source.body.length).split('\n').length;
    return { id, file, data: parsed.data ?? {}, body: source.body, source: text, bodyFirstLine, lineOf: parsed.lineOf };
  }

  const singletons = {} as Record<SingletonName, RawEntry | undefined>;
  for (const [name, spec] of Object.entries(singletonFiles) as [SingletonName, { file: string; optional?: boolean }][]) {
    const absolute = path.join(contentRoot, spec.file);
    if (!allFiles.includes(absolute)) {
      singletons[name] = undefined;
      if ('optional' in spec && spec.optional) continue;
      const file = relative(absolute);
      problems.push({ severity: 'error', file, ...problemText('file.missing', { path: file }) });
      singletons[name] = undefined;
      continue;
    }
    singletons[name] = await readYamlEntry(absolute, name);
  }

  const inFolder = (folder: string, extensions: readonly string[]) =>
    allFiles
      .filter((file) => file.startsWith(path.join(contentRoot, folder) + path.sep))
      .filter((file) => extensions.includes(path.extname(file).toLowerCase()))
      .filter((file) => !path.basename(file).startsWith('.') && !path.basename(file).startsWith('_'))
      .sort();

  const markdown = {} as Record<MarkdownCollectionName, RawEntry[]>;
  for (const [name, spec] of Object.entries(markdownCollections) as [MarkdownCollectionName, { dir: string }][]) {
    const read = await mapInPool(inFolder(spec.dir, markdownExtensions), filesAtOnce, async (absolute) => {
      // Documents are rendered from the validated model with Astro's Markdown processor, which does not run MDX.
      if (name === 'documents' && path.extname(absolute).toLowerCase() === '.mdx') {
        problems.push({ severity: 'error', file: relative(absolute), line: 1, ...problemText('documents.mdx') });
        return undefined;
      }
      const id = entryIdFromPath(toPosix(path.relative(path.join(contentRoot, spec.dir), absolute)));
      return readMarkdownEntry(absolute, id);
    });
    markdown[name] = read.filter((entry) => entry !== undefined);
  }

  const yaml = {} as Record<YamlCollectionName, RawEntry[]>;
  for (const [name, spec] of Object.entries(yamlCollections) as [YamlCollectionName, { dir: string }][]) {
    const entries: RawEntry[] = [];
    for (const absolute of inFolder(spec.dir, yamlExtensions)) {
      const id = entryIdFromPath(toPosix(path.relative(path.join(contentRoot, spec.dir), absolute)));
      const entry = await readYamlEntry(absolute, id);
      if (entry) entries.push(entry);
    }
    yaml[name] = entries;
  }

  const fileSizes = new Map<string, number>();
  await Promise.all(allFiles.map(async (file) => fileSizes.set(relative(file), (await stat(file)).size)));
  return { contentDir, singletons, markdown, yaml, files: new Set(allFiles.map(relative)), fileSizes, attachmentTexts: new Map(), problems };
}
