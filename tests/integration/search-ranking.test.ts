/**
 * Search ranking on a fixture agency, in Chromium on the built /search/ page, with expectations written from what a
 * citizen needs, not from today's output: a short page about a phrase comes before a long page that mentions it as
 * often or more (length-normalized relevance), whatever the kinds of the two pages; the agency's own pages come before
 * the OIT catalogue's item pages; other ITA years' catalogue pages stay out unless the kind filter asks for them.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { sharedBuild } from '../helpers/shared-build.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';

let server: StaticServer;
let browser: Browser;
let page: Page;

// The minimal fixture with the example's ITA 2566 catalogue and two pairs of pages (a short page about a phrase, a long
// page that mentions it as often or more), built once with what citizen-pages, search-index and long-scan-build test
// (tests/helpers/shared-sites.ts, searchRankingChanges).
beforeAll(async () => {
  const { run, distDir } = await sharedBuild('minimalPublished');
  if (run.code !== 0) throw new Error(`the ranking fixture did not build (exit ${run.code})\n${run.stdout}\n${run.stderr}`);
  server = await serveStatic(distDir);
  browser = await launchChromium();
  page = await browser.newPage();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every result of a search on /search/, in order, as site paths. */
async function searchPaths(params: Record<string, string>): Promise<string[]> {
  await page.goto(`${server.origin}/search/?${new URLSearchParams(params)}`);
  await page.waitForSelector('section.search-results[aria-busy="false"]', { state: 'attached' });
  while (await page.locator('#search-more').isVisible()) {
    const shown = await page.locator('#search-list > li').count();
    await page.click('#search-more');
    await page.waitForFunction((count) => document.querySelectorAll('#search-list > li').length > count, shown);
  }
  return page.locator('#search-list > li h3 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

const catalogueYear = (found: string) => /^\/oit\/(\d{4})\/o/i.exec(found)?.[1];

describe('search ranking on a fixture agency', () => {
  it.each([
    ['เวทีประชาคม', '/measures/2567/public-participation/', '/documents/2567/annual-operations-report/'],
    ['ถังขยะเปียก', '/news/item/wet-waste-bins/', '/environment-policy/'],
  ])('“%s”: the short page about it comes before the long page that mentions it as often or more', async (query, short, long) => {
    const found = await searchPaths({ q: query });
    expect(found, query).toContain(short);
    expect(found, query).toContain(long);
    expect(found.indexOf(short), found.join(' ')).toBeLessThan(found.indexOf(long));
  });

  it("puts every one of the agency's own pages before the OIT catalogue's and leaves out other ITA years' items", async () => {
    const found = await searchPaths({ q: 'ของขวัญ' });
    const firstCatalogue = found.findIndex((path) => catalogueYear(path));
    expect(found.slice(0, 2).sort(), found.join(' ')).toEqual(['/declarations/2567/no-gift/', '/measures/2567/no-gift/']);
    expect(firstCatalogue, 'the catalogue has items about gifts too').toBeGreaterThan(0);
    expect(
      found.slice(firstCatalogue).every((path) => catalogueYear(path)),
      found.join(' '),
    ).toBe(true);
    const years = new Set(found.map(catalogueYear).filter(Boolean));
    expect([...years]).toEqual(['2567']);
    const allItems = await searchPaths({ q: 'ของขวัญ', kind: 'oit-item' });
    expect([...new Set(allItems.map(catalogueYear))].sort()).toEqual(['2566', '2567']);
    expect(allItems.every((path) => catalogueYear(path))).toBe(true);
  });
});
