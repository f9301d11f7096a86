/** Searching in a Chromium tab as /search/ does, shared by the e2e search files. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Opens /search/ with the given query string and waits until the results (or the message why none) are shown. */
export async function openSearch(origin: string, params: Record<string, string>, tab: Page): Promise<void> {
  await tab.goto(`${origin}/search/?${new URLSearchParams(params)}`, { timeout: 60_000 });
  await tab.waitForSelector('section.search-results[aria-busy="false"]', { state: 'attached', timeout: 60_000 });
}

/**
 * The next search of a query set in a tab already on /search/: the address changes as the browser's back button changes
 * it (the page searches on popstate), so Pagefind is not loaded again for every query; the first opens the page.
 */
export async function searchAgain(origin: string, query: string, tab: Page): Promise<void> {
  if (new URL(tab.url()).pathname !== '/search/') return openSearch(origin, { q: query }, tab);
  await tab.evaluate(
    (href) => {
      window.history.pushState(null, '', href);
      window.dispatchEvent(new PopStateEvent('popstate'));
    },
    `/search/?${new URLSearchParams({ q: query })}`,
  );
  await tab.waitForSelector('section.search-results[aria-busy="false"]', { state: 'attached', timeout: 60_000 });
  expect(await tab.inputValue('#search-q')).toBe(query.trim());
}

/** The paths of the results shown, in order. */
export const resultPaths = (tab: Page) =>
  tab.locator('#search-list > li h3 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
