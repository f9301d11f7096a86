/**
 * Recall and precision of Thai search over 1,000 generated documents (text cut from the seed report and rejoined in
 * new surroundings), built like any site and queried in Chromium the way /search/ queries: for each query, the pages
 * the search returns against the pages whose text contains the query. Every query must reach recall ≥ 0.95 and
 * precision ≥ 0.90. The site is indexed in parts of 400 pages, as a large site's is, so the search must find pages
 * in every part. The default-Pagefind figures for the same corpus come from `npm run bench:search`. The site is built by
 * tests/e2e/global-setup.ts at the same time as the example site (tests/helpers/generated-search-site.ts).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { e2eSite } from './site.ts';
import { projectRoot } from '../helpers/fixture-site.ts';
import { generatedSearchSite } from '../helpers/generated-search-site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { textContains } from '../helpers/thai-corpus.ts';
import { pagefindResultIds, pagesFoundByAll, queryQuality, resultUrls, searchablePages } from '../helpers/search-measure.ts';
import { queryTerms } from '../../src/lib/search/search-text.ts';
import { indexPartsAttribute, searchRanking } from '../../src/lib/search/search-facets.ts';
import { indexPartPath } from '../../src/lib/search/build-search-index.ts';

const { documentCount, pagesPerIndex } = generatedSearchSite;
const absoluteOut = (await e2eSite()).generatedSearchDistDir;

const { queries } = JSON.parse(await readFile(path.join(projectRoot, 'tests/fixtures/search/recall-queries.json'), 'utf8')) as { queries: string[] };

let server: StaticServer;
let browser: Browser;
/** Site path → searchable text of every indexed page */
let pages: Map<string, string>;
/** Pagefind result id → site path */
let urls: Map<string, string>;
/** The index parts after the first, as the search page lists them */
let extraParts: string[];
/** Site path → the page's search date (ISO), where it has one */
let dates: Map<string, string>;

beforeAll(async () => {
  pages = await searchablePages(absoluteOut);
  urls = await resultUrls(path.join(absoluteOut, 'pagefind'));
  const searchPage = await readFile(path.join(absoluteOut, 'search/index.html'), 'utf8');
  extraParts = (new RegExp(`${indexPartsAttribute}="([^"]*)"`).exec(searchPage)?.[1] ?? '').split(' ').filter(Boolean);
  dates = new Map();
  for (const page of pages.keys()) {
    const html = await readFile(path.join(absoluteOut, page, 'index.html'), 'utf8');
    const date = /data-pagefind-sort="date:([\d-]+)"/.exec(html)?.[1];
    if (date) dates.set(page, date);
  }
  server = await serveStatic(absoluteOut);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`Thai search over ${documentCount} generated documents`, () => {
  it('indexed every generated document, in parts the search page lists', () => {
    expect([...pages.keys()].filter((page) => page.startsWith('/documents/2567/gen-'))).toHaveLength(documentCount);
    expect(urls.size).toBe(pages.size);
    expect(extraParts).toEqual(Array.from({ length: Math.ceil(pages.size / pagesPerIndex) - 1 }, (_, index) => indexPartPath(index + 2)));
  });

  it('finds the pages that contain each query (recall ≥ 0.95) and few others (precision ≥ 0.90)', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/`);
    // The same Pagefind calls as /search/: each term's quoted phrase decides which pages match.
    const found = await pagefindResultIds(page, '/pagefind/pagefind.js', queries.map((query) => queryTerms(query).map((term) => term.pagefindQuery)), { ranking: searchRanking }, extraParts);
    await page.close();

    const qualities = queries.map((query, index) => queryQuality(query, pagesFoundByAll(found[index]!, urls), pages));
    console.log(
      `recall and precision per query (${pages.size} pages):\n${qualities
        .map((quality) => `${quality.query.padEnd(26)} contain ${String(quality.contain).padStart(4)}  returned ${String(quality.returned).padStart(4)}  recall ${quality.recall.toFixed(3)}  precision ${quality.precision.toFixed(3)}`)
        .join('\n')}`,
    );
    expect(qualities.filter((quality) => quality.contain === 0).map((quality) => quality.query), 'queries no page contains measure nothing').toEqual([]);
    expect(qualities.filter((quality) => quality.recall < 0.95 || quality.precision < 0.9).map((quality) => `${quality.query}: recall ${quality.recall.toFixed(3)}, precision ${quality.precision.toFixed(3)}`)).toEqual([]);
  });

  it('lists the newest pages first across the index parts on /search/', async () => {
    const containing = (query: string) => [...pages].filter(([, text]) => textContains(text, query)).map(([page]) => page);
    const query = [...queries].sort((a, b) => containing(b).length - containing(a).length)[0]!;
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}&sort=newest`);
    await page.waitForSelector('section.search-results[aria-busy="false"]', { state: 'attached', timeout: 60_000 });
    const shown = await page.$$eval('#search-list > li', (items) => items.map((item) => new URL(item.querySelector('a')!.href).pathname));
    await page.close();
    const newest = containing(query).map((found) => dates.get(found) ?? '').sort().reverse();
    expect(shown).toHaveLength(Math.min(10, newest.length));
    // Dates, not pages: several pages share a date, and any order among them is right.
    expect(shown.map((found) => dates.get(found) ?? '')).toEqual(newest.slice(0, shown.length));
  });
});
