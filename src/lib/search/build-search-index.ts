/**
 * Builds the Pagefind index of a built site: every page's main content in search tokens, with the text of its PDF
 * attachments. Any error Pagefind reports, at any step, is thrown: a site must never go out without its search.
 */
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { PagefindServiceConfig, NewIndexResponse } from 'pagefind';
import { readSearchPage } from './search-records.ts';
import { extractPdfText, type PdfText } from '../pdf/pdf-text.ts';
import { catalogueAttribute, formatCatalogueIds, indexPartsAttribute, searchFilter, searchSortKey } from './search-facets.ts';
import { mapInPool } from '../pool.ts';
import { searchIndexWords } from '../../i18n/terminal.ts';

/** The part of Pagefind's Node API the build uses (a test can hand in one that fails). */
export interface PagefindApi {
  createIndex(config?: PagefindServiceConfig): Promise<NewIndexResponse>;
  close(): Promise<unknown>;
}

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

export interface AttachmentReport {
  /** Site path, e.g. /files/documents/2567/plan.pdf */
  path: string;
  result: PdfText['kind'] | 'missing';
  pages?: number;
  reason?: string;
}

export interface SearchIndexReport {
  pages: number;
  /** Site paths of the index parts the search page merges after the first (/pagefind/), e.g. /pagefind/part-2/ */
  extraIndexes: string[];
  /** Every PDF attachment read, and what came of it */
  attachments: AttachmentReport[];
  milliseconds: number;
  /** Bytes of the written index folder */
  indexBytes: number;
}

export interface BuildSearchIndexOptions {
  /** The built site (the index goes to its pagefind/ folder) */
  siteDir: string;
  pagefind: PagefindApi;
  readPdf?: (bytes: Uint8Array) => Promise<PdfText>;
  /**
   * Pages per index part. Pagefind holds a whole index in memory while writing it (about 0.7 MB a page in search
   * tokens), so a large site is indexed in parts, one after the other, that the search page merges in the browser.
   */
  pagesPerIndex?: number;
}

/** Where index part `number` (1-based) is written, as a site path. */
export const indexPartPath = (number: number) => (number === 1 ? '/pagefind/' : `/pagefind/part-${number}/`);
/** Sites up to this many pages keep one index, the fewest files for a phone to fetch; a part this size peaks at about 1 GB while written. */
export const defaultPagesPerIndex = 1500;

// Pagefind writes ready-made search interfaces too; the site has its own search page, so these would only be dead weight.
const unusedBundles = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];
// Pages in flight at once: Pagefind's service works on several while the next files are read and encoded.
const pagesAtOnce = 16;

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new SearchIndexError(searchIndexWords.failed({ step, detail: errors.join('; ') }));
}

async function htmlFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(siteDir, file).startsWith(`pagefind${path.sep}`))
    .sort();
}

/** /documents/2567/plan/ for documents/2567/plan/index.html */
function pageUrl(siteDir: string, file: string): string {
  const relative = path.relative(siteDir, file).split(path.sep).join('/');
  return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
}

const sortDate = new RegExp(`data-pagefind-sort="${searchSortKey}:(\\d{4}-\\d{2}-\\d{2})"`);

/** The pages that have searchable content, by their search date, newest first; pages without one last, in path order. */
async function searchablePagesNewestFirst(files: string[]): Promise<string[]> {
  const pages = await Promise.all(
    files.map(async (file, order) => {
      const html = await readFile(file, 'utf8');
      return { file, order, searchable: html.includes('data-pagefind-body'), date: sortDate.exec(html)?.[1] ?? '' };
    }),
  );
  return pages
    .filter((page) => page.searchable)
    .sort((a, b) => b.date.localeCompare(a.date) || a.order - b.order)
    .map(({ file }) => file);
}

/** Fills the search page's placeholders: the index parts after the first, and the catalogue pages' result ids. */
async function completeSearchPage(siteDir: string, extraIndexes: string[], catalogueIds: ReadonlyMap<number, string[]>): Promise<void> {
  const searchPage = path.join(siteDir, 'search', 'index.html');
  let html = await readFile(searchPage, 'utf8').catch(() => undefined);
  if (html === undefined) return;
  // Astro writes an empty attribute bare; either form is the placeholder.
  const fill = (attribute: string, value: string) => {
    if (value) html = html!.replace(new RegExp(`${attribute}(?:="")?(?=[\\s/>])`), `${attribute}="${value}"`);
  };
  fill(indexPartsAttribute, extraIndexes.join(' '));
  fill(catalogueAttribute, formatCatalogueIds(catalogueIds));
  await writeFile(searchPage, html);
}

/** Page URL → Pagefind result id (its fragment's name), read from a written index part's fragments. */
async function resultIdsByUrl(outputPath: string): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const folder = path.join(outputPath, 'fragment');
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    if (!name.endsWith('.pf_fragment')) continue;
    const fragment = JSON.parse(gunzipSync(await readFile(path.join(folder, name))).subarray('pagefind_dcd'.length).toString('utf8')) as { url: string };
    ids.set(fragment.url, name.slice(0, -'.pf_fragment'.length));
  }
  return ids;
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

export async function buildSearchIndex({ siteDir: givenSiteDir, pagefind, readPdf = extractPdfText, pagesPerIndex = defaultPagesPerIndex }: BuildSearchIndexOptions): Promise<SearchIndexReport> {
  const started = performance.now();
  const siteDir = path.resolve(givenSiteDir);
  const attachments = new Map<string, Promise<AttachmentReport & { text?: string }>>();

  /** An attachment's text, read once however many pages list it; undefined when it has none. */
  const attachmentText = (sitePath: string) => {
    let read = attachments.get(sitePath);
    if (!read) {
      read = (async () => {
        const file = path.join(siteDir, decodeURI(sitePath));
        if (!file.startsWith(siteDir + path.sep)) return { path: sitePath, result: 'missing' as const };
        const bytes = await readFile(file).catch(() => undefined);
        if (!bytes) return { path: sitePath, result: 'missing' as const };
        const pdf = await readPdf(new Uint8Array(bytes));
        if (pdf.kind === 'text') return { path: sitePath, result: pdf.kind, pages: pdf.pages, text: pdf.text };
        if (pdf.kind === 'no-text-layer') return { path: sitePath, result: pdf.kind, pages: pdf.pages };
        return { path: sitePath, result: pdf.kind, reason: pdf.reason };
      })();
      attachments.set(sitePath, read);
    }
    return read;
  };

  let pages = 0;
  const parts: string[] = [];
  /** Result ids of the OIT catalogue's item pages, by ITA year */
  const catalogueIds = new Map<number, string[]>();
  try {
    let files = await htmlFiles(siteDir);
    // Newest pages in the first part: "newest first" then reads the parts one after the other (see search-page.ts).
    if (files.length > pagesPerIndex) files = await searchablePagesNewestFirst(files);
    // Parts of equal size, so no part is much larger (and heavier to write) than the others.
    const partCount = Math.max(1, Math.ceil(files.length / pagesPerIndex));
    const perPart = Math.ceil(files.length / partCount);
    for (let part = 1; part <= partCount; part += 1) {
      await indexPart(files.slice((part - 1) * perPart, part * perPart), indexPartPath(part));
      parts.push(indexPartPath(part));
      // A fresh Pagefind service per part: the memory of the part just written goes back to the system.
      await pagefind.close();
    }
    async function indexPart(partFiles: string[], sitePath: string): Promise<void> {
      // One language for the whole index: the text is search tokens, and readable metadata should not be re-segmented.
      const created = await pagefind.createIndex({ forceLanguage: 'und' });
      failOn('createIndex', created.errors);
      const index = created.index;
      if (!index) throw new SearchIndexError(searchIndexWords.failed({ step: 'createIndex', detail: 'Pagefind returned no index' }));
      /** URL → ITA year of this part's catalogue pages */
      const cataloguePages = new Map<string, number>();
      const indexFile = async (file: string) => {
        const page = readSearchPage(await readFile(file, 'utf8'));
        if (!page) return;
        const year = Number(page.filters[searchFilter.fiscalYear]?.[0]);
        if (page.filters[searchFilter.kind]?.includes('oit-item') && Number.isInteger(year)) cataloguePages.set(pageUrl(siteDir, file), year);
        const pdfs = page.attachments.filter((href) => /\.pdf$/i.test(new URL(href, 'https://site.invalid/').pathname));
        const texts = (await Promise.all(pdfs.map((href) => attachmentText(new URL(href, 'https://site.invalid/').pathname)))).flatMap((read) => (read.text ? [read.text] : []));
        const url = pageUrl(siteDir, file);
        const added = await index.addHTMLFile({ url, content: page.indexHtml(texts) });
        failOn(`addHTMLFile ${url}`, added.errors);
        pages += 1;
      };
      // While Pagefind's service indexes some pages, the next ones are read and encoded.
      await mapInPool(partFiles, pagesAtOnce, indexFile);
      const outputPath = path.join(siteDir, ...sitePath.split('/').filter(Boolean));
      const written = await index.writeFiles({ outputPath });
      failOn('writeFiles', written.errors);
      await Promise.all(unusedBundles.map((name) => rm(path.join(outputPath, name), { force: true })));
      if (cataloguePages.size > 0) {
        const ids = await resultIdsByUrl(outputPath);
        for (const [url, year] of cataloguePages) {
          const id = ids.get(url);
          if (id) catalogueIds.set(year, [...(catalogueIds.get(year) ?? []), id]);
        }
      }
    }
    await completeSearchPage(siteDir, parts.slice(1), catalogueIds);
    const reports = await Promise.all([...attachments.values()]);
    return {
      pages,
      extraIndexes: parts.slice(1),
      attachments: reports.map(({ text: _text, ...report }) => report).sort((a, b) => a.path.localeCompare(b.path)),
      milliseconds: Math.round(performance.now() - started),
      indexBytes: await folderBytes(path.join(siteDir, 'pagefind')),
    };
  } catch (error) {
    if (error instanceof SearchIndexError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new SearchIndexError(searchIndexWords.failed({ detail: message }), { cause: error });
  } finally {
    await pagefind.close();
  }
}
