/**
 * What a citizen's first search costs, measured in Chromium on a built site: the search page is opened (empty cache),
 * the query typed at a person's pace and Enter pressed; counted are the requests and bytes from opening the page to the
 * first results, and timed, by the page's own clock, is Enter → the first result added to the page, with the CPU
 * throttled (4× is a mid-range phone) and no network delay. A later query on the same page is timed too. The same is measured for the baseline: Pagefind's
 * defaults (its CLI over the same pages) behind a bare search page that calls Pagefind's JS API on Enter and shows ten
 * results with Pagefind's excerpts (`writeBaselineSearchPage`).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../lib/browser.ts';
import { countingServer } from './measure.ts';
import type { SearchFigures } from './lib/report.ts';

export interface SearchPageUnderTest {
  /** Site path of the search page, e.g. /search/ */
  path: string;
  /** The search box */
  input: string;
  /** One result in the list */
  result: string;
  /** The list the results are drawn in (emptied before the later query, so its results are waited for) */
  list: string;
}

export const prongsaiSearchPage: SearchPageUnderTest = { path: '/search/', input: '#search-q', result: '#search-list > li', list: '#search-list' };
export const baselineSearchPage: SearchPageUnderTest = { path: '/bench-search/', input: '#q', result: '#results > li', list: '#results' };

/** Milliseconds between two typed characters: a person typing on a phone. */
const typingDelay = 150;

/** How long to wait for results while typing before deciding the page shows none until Enter. */
const typedTimeout = 10_000;

export interface FirstSearchOptions {
  query: string;
  laterQuery: string;
  /** Chromium's CPU throttling rate (Emulation.setCPUThrottlingRate), 1 = none */
  throttle?: number;
}

/**
 * Times a search by the page's own clock: from the last key pressed in the search box (Enter, or the last letter typed)
 * to the first result added to the page. Timing from Node would add Playwright's polling of a throttled page (measured:
 * up to half a second, varying run to run).
 */
async function startPageTimer(tab: Page, page: SearchPageUnderTest): Promise<void> {
  await tab.evaluate(
    ({ input, result }) => {
      const timing = { key: 0, shown: 0 };
      Object.assign(window, { __searchTiming: timing });
      // Thai letters arrive as text without key events (Playwright inserts them); Enter is a key.
      for (const event of ['keydown', 'input']) document.querySelector(input)?.addEventListener(event, () => (timing.key = performance.now()));
      const observer = new MutationObserver(() => {
        if (timing.shown === 0 && document.querySelector(result)) {
          timing.shown = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
    },
    { input: page.input, result: page.result },
  );
}

/** Seconds from the last key to the first result, as the page timed them (startPageTimer). */
async function pageTimerSeconds(tab: Page): Promise<number> {
  const { key, shown } = await tab.evaluate(() => (window as unknown as { __searchTiming: { key: number; shown: number } }).__searchTiming);
  return (shown - key) / 1000;
}

/** When the first result was added to the page (startPageTimer), in ms since the epoch. */
function firstResultAt(tab: Page): Promise<number> {
  return tab.evaluate(() => performance.timeOrigin + (window as unknown as { __searchTiming: { shown: number } }).__searchTiming.shown);
}

/** Requests and bytes among those served from `from` on that arrived before `until` (ms since the epoch), and those after. */
function servedBetween(served: readonly { gzipBytes: number; at: number }[], from: number, until: number) {
  const sum = (list: readonly { gzipBytes: number }[]) => ({ requests: list.length, gzipBytes: list.reduce((total, entry) => total + entry.gzipBytes, 0) });
  const since = served.slice(from);
  return { before: sum(since.filter((entry) => entry.at <= until)), after: sum(since.filter((entry) => entry.at > until)) };
}

/** Opens the search page of the site in `distDir`, searches twice, and returns what it cost. */
export async function measureSearch(
  distDir: string,
  page: SearchPageUnderTest,
  { query, laterQuery, throttle = 4 }: FirstSearchOptions,
): Promise<SearchFigures> {
  const server = await countingServer(distDir);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await tab.goto(`${server.origin}${page.path}`, { waitUntil: 'networkidle' });
    const opened = { ...server.counted };
    const openedServed = server.served.length;

    const search = async (text: string) => {
      await tab.locator(page.input).fill('');
      await tab.locator(page.list).evaluate((list) => list.replaceChildren());
      await startPageTimer(tab, page);
      await tab.focus(page.input);
      await tab.keyboard.type(text, { delay: typingDelay });
      await tab.keyboard.press('Enter');
      await tab.waitForSelector(page.result, { timeout: 120_000 });
      return pageTimerSeconds(tab);
    };
    const seconds = await search(query);
    // What arrived before the first result was on the page made it; what the page fetched next (the procurement pages'
    // index, merged after the first results) is counted apart.
    const shownAt = await firstResultAt(tab);
    await tab.waitForLoadState('networkidle');
    const firstSearch = servedBetween(server.served, openedServed, shownAt);
    const laterSeconds = await search(laterQuery);
    await context.close();

    // A fresh visit where the query is only typed: do results come without Enter, and how soon after the last key?
    const typing = await browser.newContext();
    const typingTab = await typing.newPage();
    await (await typing.newCDPSession(typingTab)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await typingTab.goto(`${server.origin}${page.path}`, { waitUntil: 'networkidle' });
    await startPageTimer(typingTab, page);
    await typingTab.focus(page.input);
    await typingTab.keyboard.type(query, { delay: typingDelay });
    const shown = await typingTab.waitForSelector(page.result, { timeout: typedTimeout }).then(
      () => true,
      () => false,
    );
    const typedSeconds = shown ? await pageTimerSeconds(typingTab) : Number.NaN;
    return {
      page: { requests: opened.requests, gzipBytes: opened.gzipBytes },
      search: firstSearch.before,
      afterResults: firstSearch.after,
      seconds,
      laterSeconds,
      typedSeconds,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

export interface QueryCost {
  query: string;
  /** What Prongsai's page fetched for this query as the first search of a fresh visit (Pagefind's files included) */
  requests: number;
  gzipBytes: number;
  /** What the page said (count, or nothing found) and what it searched instead, if anything */
  said: string;
}

/**
 * Each query as the first search of a fresh visit to Prongsai's search page (empty cache): what it fetched, so a
 * two-word, a fallback (short form) and a suggestion (slip) query compare with a one-word one.
 */
export async function queryCosts(distDir: string, queries: readonly string[]): Promise<QueryCost[]> {
  const server = await countingServer(distDir);
  const browser = await launchChromium();
  const costs: QueryCost[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(`${server.origin}${prongsaiSearchPage.path}`, { waitUntil: 'networkidle' });
      const opened = { ...server.counted };
      await tab.fill(prongsaiSearchPage.input, query);
      await tab.keyboard.press('Enter');
      await tab.waitForFunction(
        () => {
          const status = document.getElementById('search-status')?.textContent ?? '';
          return document.querySelector('section.search-results')?.getAttribute('aria-busy') === 'false' && status !== '' && !status.includes('กำลัง');
        },
        undefined,
        { timeout: 120_000 },
      );
      await tab.waitForLoadState('networkidle');
      const said = `${await tab.locator('#search-status').innerText()} ${await tab
        .locator('#search-note')
        .innerText()
        .catch(() => '')}`.trim();
      costs.push({ query, requests: server.counted.requests - opened.requests, gzipBytes: server.counted.gzipBytes - opened.gzipBytes, said });
      await context.close();
    }
    return costs;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Writes the baseline's search page into a site indexed by the Pagefind CLI: a form whose Enter loads Pagefind (from
 * `pagefindPath`), searches with its defaults and shows the first ten results with Pagefind's own excerpts.
 */
export async function writeBaselineSearchPage(distDir: string, pagefindPath = '/pagefind/'): Promise<void> {
  const dir = path.join(distDir, baselineSearchPage.path);
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, 'index.html'),
    `<!doctype html>
<html lang="th">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>ค้นหา</title></head>
  <body>
    <form><label for="q">ค้นหา</label> <input id="q" name="q" type="search" autocomplete="off"> <button>ค้นหา</button></form>
    <ol id="results"></ol>
    <script type="module" src="search.js"></script>
  </body>
</html>
`,
  );
  await writeFile(
    path.join(dir, 'search.js'),
    `const form = document.querySelector('form');
const list = document.getElementById('results');
let pagefind;
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  pagefind ??= await import(${JSON.stringify(`${pagefindPath}pagefind.js`)});
  const search = await pagefind.search(form.q.value);
  const pages = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
  list.replaceChildren(...pages.map((page) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = page.url;
    link.textContent = page.meta.title;
    const excerpt = document.createElement('p');
    excerpt.innerHTML = page.excerpt;
    item.append(link, excerpt);
    return item;
  }));
});
`,
  );
}
