/**
 * Builds the search index of a built site: every page's main content, with the text of its PDF attachments, written in
 * Pagefind's format by write-search-index.ts (readable text for results, this site's search tokens for matching), and
 * Pagefind's own search code beside it. Then fills the search page's placeholders: the index's metadata file, how many
 * pages are dated, and the result ids of the OIT catalogue's item pages. Any error, at any step, is thrown: a site must
 * never go out without its search.
 */
import { inThreadVocabulary, type VocabularyCounter } from './vocabulary.ts';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PagefindServiceConfig, NewIndexResponse } from 'pagefind';
import { attachmentBlocks, readSearchPage } from './search-records.ts';
import { extractPdfText, type PdfText } from '../pdf/pdf-text.ts';
import {
  catalogueAttribute,
  datedPagesAttribute,
  formatCatalogueIds,
  inLaterIndex,
  indexMetaAttribute,
  laterIndex,
  laterIndexAttribute,
  searchFilter,
  searchSortKey,
  vocabularyAttribute,
} from './search-facets.ts';
import { SearchIndexBuilder, type PagefindRuntime } from './write-search-index.ts';
import { mapInPool } from '../build/pool.ts';
import { pagefindFormatVersion } from './pagefind-records.ts';
import { searchIndexWords } from '../../i18n/terminal.ts';
import { scanTextUi } from '../../i18n/ocr.ts';
import { isScanTextFile } from '../ocr/scan-text-file.ts';
import { parsePublishedScanText } from '../ocr/scan-text-view.ts';

/** The part of Pagefind's Node API the build uses: its search code, as it writes it for an empty index (a test can hand in one that fails). */
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
  /** Of those, pages indexed as Astro rendered them (the others were read from their files) */
  pagesRendered: number;
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
  /** Where the spelling vocabulary is counted (scripts/build.ts: on a thread of its own); by default on this thread */
  vocabulary?: () => VocabularyCounter;
}

/** Where the index is written, as a site path. */
export const indexPath = '/pagefind/';
/** Pagefind's search code the site loads; its ready-made interfaces are left out (the site has its own search page). */
const runtimeFiles = ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind'];
/**
 * Characters of an attachment's text (a PDF's, a long scan's) kept in its page's stored copy, which a result's excerpt is
 * taken from and which is fetched for every result shown: all of it is indexed, so every word finds the page, but a
 * 300-page report must not make a first search fetch a megabyte.
 */
export const storedAttachmentCharacters = 10_000;
// Pages read at once while the PDFs' text is extracted.
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

/** Pagefind's search code and its version, from Pagefind's own files for an empty index. */
async function pagefindRuntime(pagefind: PagefindApi): Promise<PagefindRuntime> {
  const created = await pagefind.createIndex({ forceLanguage: 'und' });
  failOn('createIndex', created.errors);
  if (!created.index) throw new SearchIndexError(searchIndexWords.failed({ step: 'createIndex', detail: 'Pagefind returned no index' }));
  const written = await created.index.getFiles();
  failOn('getFiles', written.errors);
  const byName = new Map(written.files.map((file) => [file.path, file.content]));
  const entry = byName.get('pagefind-entry.json');
  const missing = runtimeFiles.filter((name) => !byName.has(name));
  if (!entry || missing.length > 0)
    throw new SearchIndexError(
      searchIndexWords.failed({ step: 'getFiles', detail: `Pagefind wrote no ${[...missing, ...(entry ? [] : ['pagefind-entry.json'])].join(', ')}` }),
    );
  const { version, include_characters: includeCharacters = [] } = JSON.parse(new TextDecoder().decode(entry)) as {
    version: string;
    include_characters?: string[];
  };
  // The index is written in one Pagefind release's undocumented layout (pagefind-records.ts): another release's search code may misread it.
  if (version !== pagefindFormatVersion) throw new SearchIndexError(searchIndexWords.wrongPagefind({ installed: version, expected: pagefindFormatVersion }));
  return { version, includeCharacters, files: new Map(runtimeFiles.map((name) => [name, byName.get(name)!])) };
}

/** Fills the search page's placeholders with what the index is (see search-facets.ts). */
async function completeSearchPage(siteDir: string, values: Record<string, string>): Promise<void> {
  const searchPage = path.join(siteDir, 'search', 'index.html');
  let html = await readFile(searchPage, 'utf8').catch(() => undefined);
  if (html === undefined) return;
  for (const [attribute, value] of Object.entries(values)) {
    // Astro writes an empty attribute bare; a page indexed before holds the earlier value.
    if (value) html = html.replace(new RegExp(`${attribute}(?:="[^"]*")?(?=[\\s/>])`), `${attribute}="${value}"`);
  }
  await writeFile(searchPage, html);
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Site path of a page rendered at a request path (/documents/2567/plan/ as Astro requests it, percent-encoded or not). */
function requestPageUrl(requestPath: string): string | undefined {
  try {
    return decodeURI(requestPath);
  } catch {
    return undefined;
  }
}

/**
 * A search index built while the site is: `addRendered` takes each page as Astro renders it (scripts/build-site.ts
 * sends them), so reading and tokenizing the pages runs beside Astro; `finish` then checks every page file written
 * against what was taken — a page not taken, or written otherwise, is read from the file (the index of a site is always
 * that of its files) — adds the attachments' text and writes the index.
 */
export function startSearchIndex({ pagefind, readPdf = extractPdfText, vocabulary = inThreadVocabulary }: Omit<BuildSearchIndexOptions, 'siteDir'>) {
  // The procurement pages go to an index of their own (search-facets.ts, laterIndex). Its spelling words are every name
  // and item of its pages whole (ร้าน|สมใจ|การ|ค้า up to four words written together), a shop named once too, so a slip
  // in a name is suggested the name; read only after a search found nothing, so more of them than the first index's.
  const laterBuilderOf = () => new SearchIndexBuilder(inThreadVocabulary({ longestRun: 4, minimumCount: 1, limit: 20_000 }), { vocabularyLimit: Infinity });
  let builder = new SearchIndexBuilder(vocabulary());
  let laterBuilder = laterBuilderOf();
  const builderOf = (url: string) => (inLaterIndex(url) ? laterBuilder : builder);
  /** Site path → bytes of the page as rendered, for the pages taken */
  const rendered = new Map<string, number>();
  /** Site path → the site paths of its PDF attachments */
  const attachmentsOf = new Map<string, string[]>();
  /** Site path → the site paths of the whole machine-read texts it links */
  const scanTextsOf = new Map<string, string[]>();
  // Pagefind's service starts while the pages are read.
  const runtime = pagefindRuntime(pagefind).finally(() => pagefind.close());
  runtime.catch(() => undefined);

  const addPage = (url: string, html: string) => {
    const page = readSearchPage(html);
    if (!page) return;
    const date = page.sort[searchSortKey];
    const linked = page.attachments.map((href) => new URL(href, 'https://site.invalid/').pathname);
    const pdfs = linked.filter((pathname) => /\.pdf$/i.test(pathname));
    // A long scan's whole machine-read text, published beside it (its page shows the first pages only).
    const scanTexts = linked.filter((pathname) => isScanTextFile(pathname));
    attachmentsOf.set(url, pdfs);
    if (scanTexts.length > 0) scanTextsOf.set(url, scanTexts);
    builderOf(url).addPage({
      url,
      meta: page.meta,
      filters: page.filters,
      date: date && /^\d{4}-\d{2}(-\d{2})?$/.test(date) ? date : undefined,
      blocks: page.blocks,
      anchors: page.anchors,
    });
    // A page with PDFs or a scan's whole text gets them when the index is finished.
    if (pdfs.length === 0 && scanTexts.length === 0) builderOf(url).complete(url);
  };

  return {
    /** A page as rendered at `requestPath`; one that cannot be read now is read from its file by `finish`. */
    addRendered(requestPath: string, html: Uint8Array): void {
      const url = requestPageUrl(requestPath);
      if (url === undefined || rendered.has(url)) return;
      try {
        addPage(url, new TextDecoder().decode(html));
        rendered.set(url, html.byteLength);
      } catch {
        // finish() reads the file and reports what is wrong with it.
      }
    },
    /** Completes the index from the site written in `siteDir` and writes it to its pagefind/ folder. */
    finish: (siteDir: string) => finishSearchIndex(path.resolve(siteDir)),
  };

  async function finishSearchIndex(siteDir: string): Promise<SearchIndexReport> {
    const started = performance.now();
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

    /** A whole machine-read text's pages, read from the built site; undefined (reported missing) when it is not there. */
    const scanTextPages = async (sitePath: string) => {
      const file = path.join(siteDir, decodeURI(sitePath));
      const text = file.startsWith(siteDir + path.sep) ? await readFile(file, 'utf8').catch(() => undefined) : undefined;
      if (text === undefined && !attachments.has(sitePath)) attachments.set(sitePath, Promise.resolve({ path: sitePath, result: 'missing' as const }));
      return text === undefined ? undefined : parsePublishedScanText(text);
    };

    try {
      const files = await htmlFiles(siteDir);
      const urls = files.map((file) => pageUrl(siteDir, file));
      const sizes = await mapInPool(files, pagesAtOnce, async (file, at) => (rendered.has(urls[at]!) ? (await stat(file)).size : -1));
      const fileUrls = new Set(urls);
      const unread = files.filter((_, at) => sizes[at] !== rendered.get(urls[at]!));
      // A page taken as rendered but written otherwise, or not written at all: the whole index is read from the files.
      const taken = new Set([...builder.pages, ...laterBuilder.pages].map((page) => page.url));
      if (unread.some((file) => taken.has(pageUrl(siteDir, file))) || [...taken].some((url) => !fileUrls.has(url))) {
        builder = new SearchIndexBuilder(vocabulary());
        laterBuilder = laterBuilderOf();
        attachmentsOf.clear();
        scanTextsOf.clear();
        unread.splice(0, unread.length, ...files);
      }
      const pagesRendered = builder.pages.length + laterBuilder.pages.length;
      await mapInPool(unread, pagesAtOnce, async (file) => addPage(pageUrl(siteDir, file), await readFile(file, 'utf8')));
      const pages = [...builder.pages, ...laterBuilder.pages];
      await mapInPool(pages, pagesAtOnce, async (page) => {
        const pdfs = attachmentsOf.get(page.url) ?? [];
        const texts = (await Promise.all(pdfs.map((pathname) => attachmentText(pathname)))).flatMap((read) => (read.text ? [read.text] : []));
        const pageBuilder = builderOf(page.url);
        if (texts.length > 0) pageBuilder.addBlocks(page.url, texts.flatMap(attachmentBlocks), { storedCharacters: storedAttachmentCharacters });
        for (const sitePath of scanTextsOf.get(page.url) ?? []) {
          const pages = await scanTextPages(sitePath);
          if (!pages) continue;
          // Between the same heading and end line as on the page, so a result found in it says so (scan-text-result.ts).
          pageBuilder.addBlocks(page.url, [{ text: scanTextUi.heading, weight: 1 }]);
          pageBuilder.addBlocks(
            page.url,
            pages.flatMap((scanPage) => attachmentBlocks(scanPage.text)),
            { storedCharacters: storedAttachmentCharacters },
          );
          pageBuilder.addBlocks(page.url, [{ text: scanTextUi.end, weight: 1 }]);
        }
      });
      const outputDir = path.join(siteDir, ...indexPath.split('/').filter(Boolean));
      await rm(outputDir, { recursive: true, force: true });
      const written = await builder.write(outputDir, await runtime);
      const laterDir = path.join(outputDir, ...laterIndex.folder.split('/').filter(Boolean));
      const later =
        laterBuilder.pages.length > 0 ? await laterBuilder.write(laterDir, await runtime, undefined, { merged: true, otherTag: written.tag }) : undefined;

      const catalogueIds = new Map<number, string[]>();
      for (const page of pages) {
        const year = Number(page.filters[searchFilter.fiscalYear]?.[0]);
        if (!page.filters[searchFilter.kind]?.includes('oit-item') || !Number.isInteger(year)) continue;
        catalogueIds.set(year, [...(catalogueIds.get(year) ?? []), written.ids.get(page.url)!]);
      }
      await completeSearchPage(siteDir, {
        [indexMetaAttribute]: written.metaFile,
        [vocabularyAttribute]: written.vocabularyFile,
        [datedPagesAttribute]: String(written.datedPages),
        [catalogueAttribute]: formatCatalogueIds(catalogueIds),
        [laterIndexAttribute]: later ? `${laterIndex.folder}${later.metaFile}` : '',
      });
      const reports = await Promise.all([...attachments.values()]);
      return {
        pages: written.pages + (later?.pages ?? 0),
        pagesRendered,
        attachments: reports.map(({ text: _text, ...report }) => report).sort((a, b) => a.path.localeCompare(b.path)),
        milliseconds: Math.round(performance.now() - started),
        indexBytes: await folderBytes(outputDir),
      };
    } catch (error) {
      if (error instanceof SearchIndexError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new SearchIndexError(searchIndexWords.failed({ detail: message }), { cause: error });
    } finally {
      await pagefind.close();
    }
  }
}

/** Builds the search index of a site already written (every page read from its file). */
export function buildSearchIndex({ siteDir, ...options }: BuildSearchIndexOptions): Promise<SearchIndexReport> {
  return startSearchIndex(options).finish(siteDir);
}
