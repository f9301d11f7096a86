/**
 * axe-core on a 360 px phone and a 1280 px desktop: no WCAG 2.0/2.1 A or AA violation. The pages are one per route
 * pattern and page variant of the sitemap (every page under `npm run test:full`), the 404 page, and the search page
 * showing results. A failure lists each rule, its impact, the page and the elements to fix.
 */
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { e2eSite } from './site.ts';

const origin = inject('origin');
const { sweepPaths, sitemapPaths } = await e2eSite();
const notFoundPath = '/no-such-page-for-axe/';
// Results are drawn by script: the search page is audited showing them too ('ITA' is on every site's ITA pages).
const searchResultsPath = sitemapPaths.includes('/search/') ? '/search/?q=ITA' : undefined;
const auditedPaths = [...sweepPaths, notFoundPath, ...(searchResultsPath ? [searchResultsPath] : [])];
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const widths = [360, 1280] as const;

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One line per violation and element: what a person needs to find and fix it. */
function describeViolations(violations: Result[], pagePath: string, width: number): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact ?? 'unknown impact'}) on ${pagePath} at ${width} px — ${violation.help}\n` +
        `    target: ${node.target.map((selector) => JSON.stringify(selector)).join(' > ')}\n` +
        `    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}\n` +
        `    html: ${node.html.slice(0, 300)}\n` +
        `    help: ${violation.helpUrl}`,
    ),
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('axe (WCAG 2.0/2.1 A and AA) at 360 px and 1280 px', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    // axe is injected as an inline script, which the pages' Content-Security-Policy rightly refuses; the test tool may bypass it.
    context = await browser.newContext({ viewport: { width: widths[0], height: 900 }, bypassCSP: true });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
  });

  // One visit per page, checked at each width in turn: loading the page and axe once halves the run time.
  it.each(auditedPaths)('%s has no violations', async (pagePath) => {
    await page.setViewportSize({ width: widths[0], height: 900 });
    const response = await page.goto(`${origin}${pagePath}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(pagePath === notFoundPath ? 404 : 200);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // Charts are drawn by script; check the page as a visitor sees it, after drawing.
    if (await page.locator('canvas[data-chart]').count()) await page.waitForSelector('canvas[data-chart][data-drawn]');
    if (pagePath === searchResultsPath) {
      await page.waitForSelector('section.search-results[aria-busy="false"]', { state: 'attached' });
      expect(await page.locator('#search-list > li').count(), 'results to audit').toBeGreaterThan(0);
    }
    await page.addScriptTag({ content: axeSource });
    const report: string[] = [];
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      expect(await page.evaluate(() => window.innerWidth)).toBe(width);
      const results = await page.evaluate(
        (runOnly) =>
          (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
            runOnly: { type: 'tag', values: runOnly },
            resultTypes: ['violations'],
          }),
        tags,
      );
      expect(results.testEngine.name).toBe('axe-core');
      expect(results.toolOptions.runOnly).toEqual({ type: 'tag', values: tags });
      // The rules ran on real content: plenty of them found something to pass.
      expect(results.passes.length).toBeGreaterThan(10);
      report.push(...describeViolations(results.violations, pagePath, width));
    }
    expect(report, `axe found ${report.length} problem(s) on ${pagePath}:\n\n${report.join('\n\n')}\n`).toEqual([]);
  });
});
