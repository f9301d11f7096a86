/**
 * Recall and precision of Thai search over 1,000 generated documents (text cut from the seed report and rejoined in
 * new surroundings), built like any site and queried in Chromium the way /search/ queries (tile-search.ts, run on
 * Pagefind in a tab): for each query, the pages the search returns against the pages whose text contains the query.
 * Every query must reach recall and precision 1.000: the search is exact. The default-Pagefind figures for the same
 * corpus come from `npm run bench:search`. The site is built by tests/e2e/global-setup.ts at the same time as the
 * example site (tests/helpers/generated-search-site.ts).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { e2eSite } from './site.ts';
import { resultPaths, searchAgain } from './search-tab.ts';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';
import { generatedSearchSite } from '../helpers/generated-search-site.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { textContains } from '../../scripts/lib/thai-corpus.ts';
import { indexInfo, pagefindInTab, queryQuality, resultUrls, searchablePages } from '../../scripts/lib/search-measure.ts';
import { queryTerms } from '../../src/lib/search/search-text.ts';
import { findPages, termCost, type IndexInfo } from '../../src/lib/search/tile-search.ts';
import { termChunkLimit } from '../../src/lib/search/search-facets.ts';

const { documentCount } = generatedSearchSite;
const absoluteOut = (await e2eSite()).generatedSearchDistDir;

const { queries } = JSON.parse(await readFile(path.join(projectRoot, 'tests/fixtures/search/recall-queries.json'), 'utf8')) as { queries: string[] };
const habits = JSON.parse(await readFile(path.join(projectRoot, 'tests/fixtures/search/citizen-habit-queries.json'), 'utf8')) as {
  queries: { query: string; habit: string; first: string[] }[];
};

let server: StaticServer;
let browser: Browser;
/** Site path → searchable text of every indexed page */
let pages: Map<string, string>;
/** Pagefind result id → site path */
let urls: Map<string, string>;
let info: IndexInfo;
/** Site path → the page's search date (ISO), where it has one */
let dates: Map<string, string>;

beforeAll(async () => {
  pages = await searchablePages(absoluteOut);
  urls = await resultUrls(path.join(absoluteOut, 'pagefind'));
  info = await indexInfo(path.join(absoluteOut, 'pagefind'));
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
  it('indexed every generated document, in one index', () => {
    expect([...pages.keys()].filter((page) => page.startsWith('/documents/2567/gen-'))).toHaveLength(documentCount);
    expect(urls.size).toBe(pages.size);
    expect(info.lengths.size).toBe(pages.size);
  });

  it('finds exactly the pages that contain each query: recall and precision 1.000', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/`);
    const pagefind = await pagefindInTab(page, '/pagefind/pagefind.js');
    const qualities = [];
    for (const query of queries) {
      const found = await findPages(pagefind, queryTerms(query), info.boundaries);
      qualities.push(queryQuality(query, new Set(found.pages.map((entry) => urls.get(entry.result.id) ?? entry.result.id)), pages));
    }
    await page.close();
    console.log(
      `recall and precision per query (${pages.size} pages):\n${qualities
        .map(
          (quality) =>
            `${quality.query.padEnd(26)} contain ${String(quality.contain).padStart(4)}  returned ${String(quality.returned).padStart(4)}  recall ${quality.recall.toFixed(3)}  precision ${quality.precision.toFixed(3)}`,
        )
        .join('\n')}`,
    );
    expect(
      qualities.filter((quality) => quality.contain === 0).map((quality) => quality.query),
      'queries no page contains measure nothing',
    ).toEqual([]);
    expect(
      qualities
        .filter((quality) => quality.recall < 1 || quality.precision < 1)
        .map((quality) => `${quality.query}: recall ${quality.recall.toFixed(3)}, precision ${quality.precision.toFixed(3)}`),
    ).toEqual([]);
  });

  it('brings the page a citizen wants first for every habit query, among the generated documents in its vocabulary too', async () => {
    const outcomes: string[] = new Array(habits.queries.length);
    // Two tabs take the queries in turn: a search waits on the network and on Pagefind's worker much of the time. Each
    // tab opens /search/ once and then searches as the back button would (searchAgain), not loading Pagefind again.
    let next = 0;
    const searchInTab = async () => {
      const tab = await browser.newPage();
      for (let index = next++; index < habits.queries.length; index = next++) {
        const entry = habits.queries[index]!;
        await searchAgain(server.origin, entry.query, tab);
        const top = await resultPaths(tab);
        outcomes[index] = `${entry.first.includes(top[0] ?? '') ? '✓' : '✗'} ${JSON.stringify(entry.query)} [${entry.habit}] → ${top.slice(0, 3).join(' ')}`;
      }
      await tab.close();
    };
    await Promise.all([searchInTab(), searchInTab()]);
    console.log(`citizen habits over the example and ${documentCount} generated documents:\n${outcomes.join('\n')}`);
    expect(outcomes.filter((outcome) => outcome.startsWith('✗'))).toEqual([]);
  });

  it('does not download the index for a term of one or two common letters: it waits while typing, and on Enter says the term is too short', async () => {
    const short = 'กา';
    expect(termCost(info.boundaries, queryTerms(short)[0]!), 'a two-letter term needs many chunks here').toBeGreaterThan(termChunkLimit);
    const page = await browser.newPage();
    const chunkRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/index/')) chunkRequests.push(request.url());
    });
    await page.goto(`${server.origin}/search/`);
    await page.focus('#search-q');
    // A slow typist: every key after the typing pause.
    await page.keyboard.type(short, { delay: 400 });
    await page.waitForTimeout(1500);
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.includes('สั้นเกินไป'), undefined, { timeout: 60_000 });
    expect(await page.locator('#search-status').innerText()).toContain(`“${short}”`);
    expect(await page.locator('#search-list > li').count()).toBe(0);
    expect(chunkRequests).toEqual([]);

    // With a word beside it (Latin, so the space parts them: between Thai letters it would not), the word is searched
    // and the page names the term it left out.
    const letter = 'ก';
    expect(termCost(info.boundaries, queryTerms(letter)[0]!)).toBeGreaterThan(termChunkLimit);
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(`ITA ${letter}`)}`);
    await page.waitForSelector('section.search-results[aria-busy="false"]', { state: 'attached', timeout: 60_000 });
    const status = await page.locator('#search-status').innerText();
    expect(status).toMatch(/^พบ \d+ รายการที่มีคำว่า “ita”/i);
    expect(status).toContain(`ไม่ได้ค้นคำว่า “${letter}”`);
    expect(await page.locator('#search-list > li').count()).toBeGreaterThan(0);
    expect(chunkRequests.length).toBeLessThanOrEqual(2);

    // A word typed slowly is searched before Enter.
    const word = 'ปีงบประมาณ';
    await page.goto(`${server.origin}/search/`);
    await page.focus('#search-q');
    await page.keyboard.type(word, { delay: 250 });
    await page.waitForFunction((query) => document.getElementById('search-status')?.textContent?.includes(`“${query}”`), word, { timeout: 60_000 });
    expect(new URL(page.url()).searchParams.get('q')).toBe(word);
    await page.close();
  });

  it('lists the newest pages first on /search/', async () => {
    const containing = (query: string) => [...pages].filter(([, text]) => textContains(text, query)).map(([page]) => page);
    // The query most pages contain (counted once each: the text comparison is slow over a thousand pages).
    const counts = new Map(queries.map((query) => [query, containing(query).length]));
    const query = [...queries].sort((a, b) => counts.get(b)! - counts.get(a)!)[0]!;
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}&sort=newest`);
    await page.waitForSelector('section.search-results[aria-busy="false"]', { state: 'attached', timeout: 60_000 });
    const shown = await page.$$eval('#search-list > li', (items) => items.map((item) => new URL(item.querySelector('a')!.href).pathname));
    await page.close();
    const newest = containing(query)
      .map((found) => dates.get(found) ?? '')
      .sort()
      .reverse();
    expect(shown).toHaveLength(Math.min(10, newest.length));
    // Dates, not pages: several pages share a date, and any order among them is right.
    expect(shown.map((found) => dates.get(found) ?? '')).toEqual(newest.slice(0, shown.length));
  });
});
