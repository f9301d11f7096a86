/**
 * The built example site in Chromium: no console errors, nothing fetched from another origin, no JavaScript outside
 * the ITA pages, charts that draw and match their tables, the self-hosted Sarabun font, reduced motion respected,
 * and no sideways scrolling on a 360 px phone or a 1280 px desktop. The sweep visits one page per route pattern and
 * page variant (every sitemap page under `npm run test:full`), and the search page showing results.
 */
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { e2eSite } from './site.ts';

const origin = inject('origin');
const site = await e2eSite();
const { sitemapPaths, sweepPaths } = site;
const phone = { width: 360, height: 800 };
const desktop = { width: 1280, height: 900 };
const searchResultsPath = sitemapPaths.includes('/search/') ? '/search/?q=ITA' : undefined;
const sweptPaths = [...sweepPaths, ...(searchResultsPath ? [searchResultsPath] : [])];

/** Pages that may run JavaScript: the ITA charts, and the search page if the site has one. */
const mayRunScripts = (pagePath: string) => pagePath.startsWith('/ita/') || pagePath.startsWith('/search/');
const itaPaths = sitemapPaths.filter((pagePath) => pagePath.startsWith('/ita/'));
/** One page per year of ITA results, e.g. /ita/2566/ */
const itaYearPaths = itaPaths.filter((pagePath) => /^\/ita\/\d{4}\/$/.test(pagePath));

/** The brand blue the charts fill their bars and points with (#0b4f8a). */
const brand = { r: 0x0b, g: 0x4f, b: 0x8a };

interface ChartInfo {
  id: string;
  role: string | null;
  ariaLabel: string;
  series: { labels: string[]; values: number[] };
  table: { label: string; value: string }[];
  opaquePixels: number;
  brandPixels: number;
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Visit {
  page: Page;
  errors: string[];
  requests: { url: string; type: string }[];
  failures: string[];
}

/** Records console errors, page errors, Content-Security-Policy violations, every request and every failed or 4xx/5xx response of one page, visit after visit. */
async function recorder(page: Page): Promise<Visit> {
  const visit: Visit = { page, errors: [], requests: [], failures: [] };
  // A violation of the pages' CSP is reported as an error, whatever the browser would print about it.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`),
    ),
  );
  page.on('console', (message) => {
    if (message.type() === 'error') visit.errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => visit.errors.push(`page error: ${error.message}`));
  page.on('request', (request) => visit.requests.push({ url: request.url(), type: request.resourceType() }));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed';
    // Leaving a page cancels what it still had in flight (e.g. its favicon); a missing file shows as an HTTP status below.
    if (reason !== 'net::ERR_ABORTED') visit.failures.push(`${request.url()}: ${reason}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) visit.failures.push(`${response.url()}: HTTP ${response.status()}`);
  });
  return visit;
}

/** Loads a page (status 200) and waits for its fonts; what the page did is in the returned record. */
async function go(visit: Visit, pagePath: string): Promise<Visit> {
  visit.errors.length = 0;
  visit.requests.length = 0;
  visit.failures.length = 0;
  const response = await visit.page.goto(`${origin}${pagePath}`, { waitUntil: 'load' });
  expect(response?.status(), `GET ${pagePath}`).toBe(200);
  await visit.page.evaluate(() => document.fonts.ready.then(() => undefined));
  return visit;
}

/** A fresh page in the context, recorded, at this path. */
async function visit(context: BrowserContext, pagePath: string): Promise<Visit> {
  return go(await recorder(await context.newPage()), pagePath);
}

/** Waits until every chart canvas is marked drawn and shows its bars or points, then reads canvas, label, data and table. */
async function readCharts(page: Page): Promise<ChartInfo[]> {
  await page.waitForSelector('canvas[data-chart][data-drawn]');
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')].every((canvas) => canvas.dataset.drawn === 'true'));
  // Let any animation finish: the bars' colour must be on the canvas and stop changing.
  await page.waitForFunction(
    ({ r, g, b }) => {
      const w = window as unknown as { __lastCounts?: string };
      const counts = [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')]
        .map((canvas) => {
          const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
          let brandPixels = 0;
          for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) brandPixels++;
          return brandPixels;
        })
        .join(',');
      const stable = counts === w.__lastCounts && !counts.split(',').includes('0');
      w.__lastCounts = counts;
      return stable;
    },
    brand,
    { polling: 200, timeout: 10_000 },
  );
  return page.$$eval(
    'canvas[data-chart]',
    (canvases, { r, g, b }) =>
      canvases.map((element) => {
        const canvas = element as HTMLCanvasElement;
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        let opaquePixels = 0;
        let brandPixels = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (data[i + 3]! > 0) opaquePixels++;
          if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) brandPixels++;
        }
        const figure = canvas.closest('figure');
        return {
          id: canvas.id,
          role: canvas.getAttribute('role'),
          ariaLabel: canvas.getAttribute('aria-label') ?? '',
          series: JSON.parse(canvas.dataset.chart ?? '{}'),
          table: [...(figure?.querySelectorAll('tbody tr') ?? [])].map((row) => ({
            label: (row.querySelector('th')?.textContent ?? '').trim(),
            value: (row.querySelector('td')?.textContent ?? '').trim(),
          })),
          opaquePixels,
          brandPixels,
        };
      }),
    brand,
  );
}

describe('the page sweep', () => {
  it('places every sitemap page under a page file of src/pages, so the sample covers them all', () => {
    expect(site.unroutedPaths).toEqual([]);
    expect(sweepPaths.length).toBeGreaterThan(0);
    if (site.fullSweep) expect(sweepPaths).toEqual(sitemapPaths);
    else expect(sweepPaths.every((pagePath) => sitemapPaths.includes(pagePath))).toBe(true);
  });
});

describe('the sampled pages in Chromium at 360 px and 1280 px', () => {
  let context: BrowserContext;
  let recorded: Visit;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: phone });
    // One page for all URLs (a new page per URL costs more than loading one); the recorder is reset per visit.
    recorded = await recorder(await context.newPage());
  });
  afterAll(async () => {
    await context?.close();
  });

  /** Document width at the page's current viewport, naming what sticks out when it is wider. */
  async function sideways(page: Page, width: number): Promise<{ scrollWidth: number; culprits: string[] }> {
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    const culprits =
      scrollWidth <= width
        ? []
        : await page.evaluate(
            (limit) =>
              [...document.querySelectorAll('body *')]
                .filter((element) => element.getBoundingClientRect().right > limit + 0.5)
                .slice(0, 5)
                .map(
                  (element) =>
                    `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''} (right edge ${Math.round(element.getBoundingClientRect().right)} px)`,
                ),
            width,
          );
    return { scrollWidth, culprits };
  }

  it.each(sweptPaths)('%s: no errors, nothing from other origins, scripts only where allowed, no sideways scroll', async (pagePath) => {
    await recorded.page.setViewportSize(phone);
    const { page, errors, requests, failures } = await go(recorded, pagePath);
    const hasCharts = (await page.locator('canvas[data-chart]').count()) > 0;
    if (hasCharts) await readCharts(page);
    if (pagePath === searchResultsPath) {
      await page.waitForSelector('section.search-results[aria-busy="false"]', { state: 'attached' });
      expect(await page.locator('#search-list > li').count(), 'search results').toBeGreaterThan(0);
    }

    const scriptRequests = requests.filter(({ type }) => type === 'script').map(({ url }) => url);
    const scriptElements = await page.locator('script').count();
    if (mayRunScripts(pagePath)) {
      if (hasCharts) expect.soft(scriptRequests.length, 'the ITA charts need their script').toBeGreaterThan(0);
    } else {
      expect.soft(scriptRequests, 'script requests').toEqual([]);
      expect.soft(scriptElements, '<script> elements').toBe(0);
    }

    for (const viewport of [phone, desktop]) {
      await page.setViewportSize(viewport);
      expect(await page.evaluate(() => window.innerWidth)).toBe(viewport.width);
      // Charts redraw on resize; let them settle before measuring.
      if (hasCharts) await readCharts(page);
      const { scrollWidth, culprits } = await sideways(page, viewport.width);
      expect
        .soft(scrollWidth, `document is ${scrollWidth} px wide in a ${viewport.width} px viewport; sticking out: ${culprits.join(', ')}`)
        .toBeLessThanOrEqual(viewport.width);
    }
    expect.soft(await page.locator('head meta[http-equiv="Content-Security-Policy"]').count(), 'the page carries the Content-Security-Policy').toBe(1);
    const foreign = requests.filter(({ url }) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
    expect.soft(foreign, 'requests to another origin').toEqual([]);
    expect.soft(errors, 'console and page errors').toEqual([]);
    expect.soft(failures, 'failed requests').toEqual([]);
  });
});

describe('ITA charts', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('the ITA pages are in the sitemap: the overview and a page per year of results', () => {
    expect(itaPaths).toContain('/ita/');
    expect(itaYearPaths.length).toBeGreaterThan(0);
  });

  it.each(itaPaths)('%s: each chart draws on its canvas, is labelled with its figures, and its table holds the same numbers', async (pagePath) => {
    const { page } = await visit(context, pagePath);
    try {
      // /ita/ draws a trend only from two years on; a year's page always has its charts.
      if (pagePath === '/ita/' && (await page.locator('canvas[data-chart]').count()) === 0) {
        expect(await page.locator('main table tbody tr').count()).toBeGreaterThan(0);
        return;
      }
      const charts = await readCharts(page);
      expect(charts.length).toBeGreaterThan(0);
      if (itaYearPaths.includes(pagePath)) expect(charts.map((chart) => chart.id)).toEqual(['ita-tools', 'ita-indicators']);
      for (const chart of charts) {
        expect(chart.opaquePixels, `${chart.id}: drawn pixels`).toBeGreaterThan(1000);
        expect(chart.brandPixels, `${chart.id}: bar or point pixels`).toBeGreaterThan(0);
        expect(chart.role, chart.id).toBe('img');
        expect(chart.series.labels.length, chart.id).toBe(chart.series.values.length);
        expect(chart.series.values.length, chart.id).toBeGreaterThan(0);
        chart.series.labels.forEach((label, index) => {
          expect(chart.ariaLabel, `${chart.id} aria-label`).toContain(`${label} ${chart.series.values[index]!.toFixed(2)}`);
        });
        expect(chart.table, `${chart.id}: table next to the chart`).toEqual(
          chart.series.labels.map((label, index) => ({ label, value: chart.series.values[index]!.toFixed(2) })),
        );
      }
    } finally {
      await page.close();
    }
  });
});

describe('reduced motion', () => {
  /** Counts brand-coloured pixels of each chart in the microtask right after the page marks it drawn: before any animation frame. */
  async function firstAndFinalPixels(reducedMotion: 'reduce' | 'no-preference') {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion });
    try {
      await context.addInitScript(({ r, g, b }) => {
        const firstCounts: Record<string, number> = {};
        (window as unknown as { __firstCounts: Record<string, number> }).__firstCounts = firstCounts;
        new MutationObserver((records) => {
          for (const record of records) {
            const canvas = record.target as HTMLCanvasElement;
            if (canvas.id in firstCounts) continue;
            const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
            let count = 0;
            for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) count++;
            firstCounts[canvas.id] = count;
          }
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-drawn'] });
      }, brand);
      const { page, errors } = await visit(context, itaYearPaths[0]!);
      const charts = await readCharts(page);
      const first = await page.evaluate(() => (window as unknown as { __firstCounts: Record<string, number> }).__firstCounts);
      expect(errors).toEqual([]);
      return charts.map((chart) => ({ id: chart.id, first: first[chart.id], final: chart.brandPixels }));
    } finally {
      await context.close();
    }
  }

  it('with prefers-reduced-motion the charts are complete the moment they are drawn (no animation)', async () => {
    const counts = await firstAndFinalPixels('reduce');
    // A year page draws two charts: the tools and the indicators.
    expect(counts.length).toBe(2);
    for (const { id, first, final } of counts) {
      expect(final, id).toBeGreaterThan(0);
      expect(first, `${id}: brand pixels right after drawing vs. at rest`).toBe(final);
    }
  });

  it('without it the charts animate in (so the check above can tell the difference)', async () => {
    const counts = await firstAndFinalPixels('no-preference');
    for (const { id, first, final } of counts) {
      expect(first, id).toBeDefined();
      expect(first!, `${id}: brand pixels right after drawing vs. at rest`).toBeLessThan(final);
    }
  });
});

describe('fonts', () => {
  /** The fonts Chromium actually drew an element's text with (what a screenshot shows), by family. */
  async function renderedFonts(page: Page, selector: string): Promise<{ family: string; custom: boolean; glyphs: number }[]> {
    const cdp = await page.context().newCDPSession(page);
    try {
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      expect(nodeId, `no element ${selector}`).toBeGreaterThan(0);
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      return fonts.map((font) => ({ family: font.familyName, custom: font.isCustomFont, glyphs: font.glyphCount }));
    } finally {
      await cdp.detach();
    }
  }

  it('Sarabun is self-hosted, no font comes from another origin, and Thai text is drawn with it, regular and bold', async () => {
    const context = await browser.newContext({ viewport: phone });
    try {
      const { page, requests } = await visit(context, '/');
      const fonts = requests.filter(({ type, url }) => type === 'font' || /\.(woff2?|ttf|otf)(\?|$)/.test(url));
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter(({ url }) => !url.startsWith(`${origin}/`))).toEqual([]);
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"?Sarabun"?,/);
      // document.fonts.check() says true when no face matches at all, so ask Chromium which fonts it drew with:
      // the Thai heading (bold) and the Thai footer text (regular) must be all Sarabun, none from the system.
      for (const selector of ['main h1', 'footer p']) {
        expect(
          await page.evaluate((target) => /[\u0E01-\u0E5B]/.test(document.querySelector(target)?.textContent ?? ''), selector),
          `${selector} has Thai text`,
        ).toBe(true);
        const drawn = await renderedFonts(page, selector);
        expect(
          drawn.filter((font) => !font.custom || !font.family.startsWith('Sarabun')),
          `${selector} drawn with ${JSON.stringify(drawn)}`,
        ).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });
});
