/** Measuring a built search index: which pages contain a query, which the index returns, recall and precision. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { searchablePageText, textContains } from './thai-corpus.ts';
import { readIndexInfo, type IndexInfo, type PagefindSearch, type TileResult } from '../../src/lib/search/tile-search.ts';

/** Site path → searchable text, for every page of a built site that has a data-pagefind-body. */
export async function searchablePages(distDir: string): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  for (const entry of await readdir(distDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name !== 'index.html') continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = searchablePageText(await readFile(file, 'utf8'));
    const directory = path.relative(distDir, path.dirname(file)).split(path.sep).join('/');
    if (text !== undefined) pages.set(directory ? `/${directory}/` : '/', text);
  }
  return pages;
}

/** Pagefind result id → page URL, read from an index's fragments (so a search need not load them). */
export async function resultUrls(indexDir: string): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  const fragments = path.join(indexDir, 'fragment');
  for (const name of await readdir(fragments)) {
    const fragment = JSON.parse(
      gunzipSync(await readFile(path.join(fragments, name)))
        .subarray('pagefind_dcd'.length)
        .toString('utf8'),
    ) as { url: string };
    urls.set(name.replace(/\.pf_fragment$/, ''), new URL(fragment.url, 'https://site.invalid').pathname);
  }
  return urls;
}

/**
 * Runs Pagefind searches in the page and returns the result ids: for each query, one list per search string, in
 * order. Written as a string because the test runner would rewrite an import() inside a function.
 */
export async function pagefindResultIds(page: Page, moduleUrl: string, searches: string[][], options: object = {}): Promise<string[][][]> {
  return (await page.evaluate(`(async ({ moduleUrl, searches, options }) => {
    const pagefind = await import(moduleUrl);
    await pagefind.options(options);
    const found = [];
    for (const terms of searches) found.push(await Promise.all(terms.map(async (term) => (await pagefind.search(term)).results.map((result) => result.id))));
    return found;
  })(${JSON.stringify({ moduleUrl, searches, options })})`)) as string[][][];
}

export interface QueryQuality {
  query: string;
  /** Pages whose text contains the query */
  contain: number;
  returned: number;
  recall: number;
  precision: number;
}

/** Recall and precision of the pages returned for a query against the pages whose text contains it. */
export function queryQuality(query: string, returned: ReadonlySet<string>, pages: ReadonlyMap<string, string>): QueryQuality {
  const truth = new Set([...pages].filter(([, text]) => textContains(text, query)).map(([page]) => page));
  const correct = [...returned].filter((found) => truth.has(found)).length;
  return {
    query,
    contain: truth.size,
    returned: returned.size,
    recall: truth.size === 0 ? 1 : correct / truth.size,
    precision: returned.size === 0 ? 1 : correct / returned.size,
  };
}

/** Pages found by every one of a query's searches, as URLs. */
export function pagesFoundByAll(perSearch: readonly string[][], urls: ReadonlyMap<string, string>): Set<string> {
  const [first = [], ...others] = perSearch;
  return new Set(first.filter((id) => others.every((ids) => ids.includes(id))).map((id) => urls.get(id) ?? id));
}

/**
 * Pagefind's search code loaded in a browser tab, called from Node: what the search page's own functions
 * (tile-search.ts) call, so a test runs the same search as /search/.
 */
export async function pagefindInTab(page: Page, moduleUrl: string, options: object = {}): Promise<PagefindSearch<TileResult>> {
  await page.evaluate(`(async ({ moduleUrl, options }) => {
    window.__pagefind = await import(moduleUrl);
    await window.__pagefind.options(options);
  })(${JSON.stringify({ moduleUrl, options })})`);
  return {
    async preload(term, preloadOptions = {}) {
      await page.evaluate(`window.__pagefind.preload(${JSON.stringify(term)}, ${JSON.stringify(preloadOptions)})`);
    },
    async search(term, searchOptions = {}) {
      const results = (await page.evaluate(
        `(async () => ((await window.__pagefind.search(${JSON.stringify(term)}, ${JSON.stringify(searchOptions)}))?.results ?? []).map((result) => ({ id: result.id, score: result.score, words: result.words })))()`,
      )) as TileResult[];
      return { results };
    },
  };
}

/** What the search page reads from a built index's metadata. */
export async function indexInfo(indexDir: string): Promise<IndexInfo> {
  const metaFile = (await readdir(indexDir)).find((name) => name.endsWith('.pf_meta'));
  if (!metaFile) throw new Error(`no .pf_meta in ${indexDir}`);
  return readIndexInfo(gunzipSync(await readFile(path.join(indexDir, metaFile))));
}
