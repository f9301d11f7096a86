/**
 * What a citizen sees on a phone and a newcomer on a desktop (issue 13): Thai text in Sarabun, the menu folded behind
 * one button that works by keyboard without JavaScript, one search box per page, tables whose columns all stay on a
 * 360 px screen (or scroll in a region that says so), and no axe violation in the states the other tests do not open.
 */
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { e2eSite } from './site.ts';

const origin = inject('origin');
const { distDir } = await e2eSite();
const phone = { width: 360, height: 800 };
const desktop = { width: 1280, height: 900 };

/** One page of each kind the issue looked at. */
const citizenPages = [
  '/',
  '/documents/2567/ita-2566-analysis-report/',
  '/documents/2567/integrity-measures-report-2567/',
  '/measures/2567/no-gift-policy/',
  '/declarations/2567/no-gift-policy-2567/',
  '/ita/',
  '/ita/2566/',
  '/oit/2567/',
  '/oit/2567/o43/',
  `/search/?q=${encodeURIComponent('ของขวัญ')}`,
  '/contact/',
  '/complaints/',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(context: BrowserContext, pagePath: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(`${origin}${pagePath}`, { waitUntil: 'load' });
  expect(response?.status(), pagePath).toBe(200);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  if (pagePath.startsWith('/search/')) await page.waitForSelector('section.search-results[aria-busy="false"]', { state: 'attached' });
  if (await page.locator('canvas[data-chart]').count()) await page.waitForSelector('canvas[data-chart][data-drawn]');
  return page;
}

/** A page of the site opened in a fresh browser context with `options`, handed to `use`; the context is closed after. */
async function withPage(options: BrowserContextOptions, pagePath: string, use: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext(options);
  try {
    await use(await open(context, pagePath));
  } finally {
    await context.close();
  }
}

describe('Thai text is set in Sarabun', () => {
  /** The heading's text measured on one line in its own computed font, and what canvas measures for Sarabun. */
  const headingWidths = (page: Page) =>
    page.evaluate(() => {
      const heading = document.querySelector('main h1')!;
      const style = getComputedStyle(heading);
      // The Thai letters alone: Latin digits come from the 'Sarabun Latin' fallback family in a heading.
      const thai = (heading.textContent ?? '').replace(/[^\u0E00-\u0E7F]/g, '');
      const probe = document.createElement('span');
      probe.textContent = thai;
      probe.style.font = style.font;
      probe.style.whiteSpace = 'nowrap';
      probe.style.position = 'absolute';
      document.body.append(probe);
      const rendered = probe.getBoundingClientRect().width;
      probe.remove();
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} Sarabun`;
      return { text: thai, rendered, sarabun: context.measureText(thai).width };
    });

  it('fetches the Thai faces (regular and semi-bold), reports them loaded, and draws a Thai heading with them', async () => {
    const context = await browser.newContext({ viewport: phone });
    const fonts: string[] = [];
    context.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
    });
    try {
      const page = await open(context, '/ita/2566/');
      expect(
        fonts.some((font) => /sarabun-thai-400-normal\.[\w-]+\.woff2$/.test(font)),
        fonts.join(', '),
      ).toBe(true);
      expect(
        fonts.some((font) => /sarabun-thai-600-normal\.[\w-]+\.woff2$/.test(font)),
        fonts.join(', '),
      ).toBe(true);
      expect(
        fonts.every((font) => font.startsWith('/')),
        'fonts are self-hosted',
      ).toBe(true);

      const faces = await page.evaluate(() =>
        [...document.fonts].map((face) => ({ family: face.family.replace(/["']/g, ''), weight: face.weight, range: face.unicodeRange, status: face.status })),
      );
      const thaiFaces = faces.filter((face) => face.family === 'Sarabun' && /U\+E01-E5B/i.test(face.range));
      expect(thaiFaces.map((face) => [face.weight, face.status]).sort()).toEqual([
        ['400', 'loaded'],
        ['600', 'loaded'],
      ]);
      expect(await page.evaluate(() => document.fonts.check('600 28px Sarabun', 'ผลการประเมิน'))).toBe(true);

      // The browser's own account of the glyphs it drew: every glyph of the heading from the web font Sarabun.
      const cdp = await context.newCDPSession(page);
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'main h1' });
      const { fonts: platformFonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      expect(platformFonts.length).toBeGreaterThan(0);
      // The files name themselves "Sarabun" and "Sarabun SemiBold".
      expect(platformFonts.map((font) => font.familyName).filter((family) => !/^Sarabun\b/.test(family))).toEqual([]);
      expect(platformFonts.every((font) => font.isCustomFont)).toBe(true);

      const loaded = await headingWidths(page);
      expect(loaded.text).toMatch(/[\u0E00-\u0E7F]/);
      expect(Math.abs(loaded.rendered - loaded.sarabun), `${loaded.rendered} px drawn vs ${loaded.sarabun} px in Sarabun`).toBeLessThan(1.5);

      // The same heading with the font files blocked is drawn in a fallback, and measures differently.
      const blocked = await browser.newContext({ viewport: phone });
      try {
        await blocked.route(/\.woff2$/, (route) => route.abort());
        const fallbackPage = await blocked.newPage();
        await fallbackPage.goto(`${origin}/ita/2566/`, { waitUntil: 'load' });
        await fallbackPage.evaluate(() => document.fonts.ready.then(() => undefined));
        const fallback = await headingWidths(fallbackPage);
        expect(fallback.text).toBe(loaded.text);
        expect(
          Math.abs(fallback.rendered - loaded.rendered) / loaded.rendered,
          `${fallback.rendered} px in a fallback vs ${loaded.rendered} px in Sarabun`,
        ).toBeGreaterThan(0.03);
      } finally {
        await blocked.close();
      }
    } finally {
      await context.close();
    }
  });
});

/** The menu button as the browser exposes it to screen readers (Chromium: a disclosure triangle, a button with an expanded state). */
async function menuButtonState(page: Page): Promise<{ role: string; name: string; expanded: boolean; focused: boolean }> {
  const focused = await page.evaluate(() => document.activeElement === document.querySelector('header summary'));
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'header summary' });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const node = nodes[0]!;
    const property = (name: string) => node.properties?.find((candidate) => candidate.name === name)?.value.value;
    return { role: String(node.role?.value), name: String(node.name?.value), expanded: property('expanded') === true, focused };
  } finally {
    await cdp.detach();
  }
}

describe('the header on a 360 px phone', () => {
  it('folds the sections behind one "เมนู" button that opens and navigates by keyboard, with JavaScript off', async () => {
    await withPage({ viewport: phone, javaScriptEnabled: false }, '/', async (page) => {
      const header = await page.locator('header').boundingBox();
      expect(header!.height, 'header height').toBeLessThan(90);
      const nav = page.getByRole('navigation', { name: 'เมนูหลัก' });
      await expect.poll(() => nav.isVisible()).toBe(false);
      expect(await page.locator('header input[type="search"]').isVisible()).toBe(false);

      // Tab: the skip link, the agency's name (home), then the menu button (a collapsed disclosure for screen readers).
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('brand');
      await page.keyboard.press('Tab');
      expect(await menuButtonState(page)).toEqual({
        role: expect.stringMatching(/^(DisclosureTriangle|button)$/),
        name: 'เมนู',
        expanded: false,
        focused: true,
      });
      await page.keyboard.press('Enter');
      expect(await menuButtonState(page)).toMatchObject({ name: 'เมนู', expanded: true });
      expect(await nav.isVisible()).toBe(true);
      expect(await nav.getByRole('link').count()).toBe(11);

      // Next stops: the search box and its button, then the sections in order.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
      const reached: string[] = [];
      for (let presses = 0; presses < 6 && !reached.includes('/documents/'); presses += 1) {
        await page.keyboard.press('Tab');
        reached.push(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.tagName ?? ''));
      }
      expect(reached).toEqual(['BUTTON', '/', '/about/', '/documents/']);
      // Every link of the open menu is on screen.
      for (const box of await nav.getByRole('link').evaluateAll((links) => links.map((link) => link.getBoundingClientRect().toJSON()))) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(phone.width);
      }
      await Promise.all([page.waitForURL(`${origin}/documents/`), page.keyboard.press('Enter')]);
      expect(await page.locator('main h1').innerText()).toBe('เอกสารเผยแพร่');
      expect(await page.locator('nav[aria-label="เมนูหลัก"] a[aria-current="page"]').getAttribute('href')).toBe('/documents/');

      // And closes again from the keyboard.
      for (let presses = 0; presses < 3; presses += 1) await page.keyboard.press('Tab');
      expect(await menuButtonState(page)).toMatchObject({ expanded: false, focused: true });
      await page.keyboard.press('Space');
      expect(await menuButtonState(page)).toMatchObject({ expanded: true });
      await page.keyboard.press('Space');
      expect(await menuButtonState(page)).toMatchObject({ expanded: false });
      expect(await nav.isVisible()).toBe(false);
    });
  });

  it('on a desktop shows the sections and the search box without a button', async () => {
    await withPage({ viewport: desktop }, '/', async (page) => {
      expect(await page.locator('header summary').isVisible()).toBe(false);
      expect(
        await page
          .getByRole('navigation', { name: 'เมนูหลัก' })
          .getByRole('link')
          .evaluateAll((links) => links.filter((link) => (link as HTMLElement).offsetParent !== null).length),
      ).toBe(11);
      expect(await page.locator('header input[type="search"]').isVisible()).toBe(true);
    });
  });

  it('every built page has one search box at most: the search page has its own and no header box', async () => {
    const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
    const pages = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    const crowded: string[] = [];
    for (const entry of pages) {
      const html = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
      if ((html.match(/<input\b[^>]*type="search"/g) ?? []).length > 1) crowded.push(path.relative(distDir, path.join(entry.parentPath, entry.name)));
    }
    expect(crowded).toEqual([]);
    const search = await readFile(path.join(distDir, 'search/index.html'), 'utf8');
    expect(search).not.toMatch(/<header[\s\S]*type="search"[\s\S]*<\/header>/);
    expect(search.match(/<input\b[^>]*type="search"/g)).toHaveLength(1);
  });
});

describe('tables on a 360 px phone', () => {
  /** For each table in main: its rows' first and last cells' edges, and whether its scroll region can scroll and shows a cue. */
  const tableLayout = (page: Page) =>
    page.evaluate((width) => {
      const onScreen = (cell: Element | null | undefined) => {
        if (!cell) return true;
        const box = cell.getBoundingClientRect();
        return box.width === 0 || (box.left >= -0.5 && box.right <= width + 0.5);
      };
      return [...document.querySelectorAll('main table')].map((table, index) => {
        const region = table.closest<HTMLElement>('.table-scroll');
        const cue = region?.querySelector<HTMLElement>('.scroll-cue');
        const rows = [...table.querySelectorAll('tr')];
        const offScreen = rows.filter((row) => !onScreen(row.firstElementChild) || !onScreen(row.lastElementChild)).length;
        return {
          table: `${index + 1}: ${(table.querySelector('th')?.textContent ?? '').trim().slice(0, 30)}`,
          rows: rows.length,
          offScreen,
          scrollable: region ? region.scrollWidth > region.clientWidth + 1 : false,
          cueShown: cue ? getComputedStyle(cue).display !== 'none' && cue.getBoundingClientRect().height > 0 : false,
          regionFocusable: region?.tabIndex === 0 || (region?.querySelector('a[href]') ?? null) !== null,
        };
      });
    }, phone.width);

  it.each(citizenPages)("%s: every table's key and last columns are on screen, or it scrolls in a region that says so", async (pagePath) => {
    await withPage({ viewport: phone }, pagePath, async (page) => {
      for (const table of await tableLayout(page)) {
        if (table.offScreen === 0) continue;
        expect(
          table.scrollable && table.cueShown && table.regionFocusable,
          `table ${table.table}: ${table.offScreen} of ${table.rows} rows have a column off-screen without a scroll cue`,
        ).toBe(true);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    });
  });

  it("a document's table of six columns is stacked: each cell under its column's name", async () => {
    await withPage({ viewport: phone }, '/documents/2567/integrity-measures-report-2567/', async (page) => {
      const cells = await page
        .locator('main table.stack tbody tr')
        .first()
        .locator('td')
        .evaluateAll((tds) =>
          tds.map((td) => ({
            label: getComputedStyle(td, '::before').content,
            display: getComputedStyle(td).display,
            right: td.getBoundingClientRect().right,
          })),
        );
      expect(cells).toHaveLength(6);
      expect(cells[0]!.label).toContain('มาตรการ');
      expect(cells[5]!.label).toContain('ข้อเสนอแนะ');
      for (const cell of cells) {
        expect(cell.display).toBe('block');
        expect(cell.right).toBeLessThanOrEqual(phone.width);
      }
      // Screen readers keep the table: roles survive the change of display.
      expect(await page.getByRole('table').count()).toBeGreaterThan(0);
      expect(await page.getByRole('columnheader', { name: 'ผลการดำเนินการ' }).count()).toBe(1);
    });
  });

  it('a table that must scroll shows the cue, and the cue goes once it fits', async () => {
    await withPage({ viewport: phone }, '/ita/2566/', async (page) => {
      const region = page.locator('main .table-scroll[role="region"]', { has: page.locator('table') }).first();
      const cue = region.locator('.scroll-cue');
      expect(await cue.isVisible()).toBe(false);
      await region.locator('table').evaluate((table) => {
        (table as HTMLElement).style.minWidth = '60rem';
      });
      await expect.poll(() => cue.isVisible()).toBe(true);
      expect(await cue.innerText()).toContain('เลื่อนไปทางขวา');
      expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
      // Scrolled to the end, nothing more is to the right.
      await region.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
      await expect.poll(() => cue.isVisible()).toBe(false);
    });
  });
});

describe('ITA charts on a 360 px phone', () => {
  it('wraps long indicator names between words instead of cutting them, and labels the pass line', async () => {
    await withPage({ viewport: phone }, '/ita/2566/', async (page) => {
      const chart = await page.locator('#ita-indicators').evaluate((canvas) => {
        const element = canvas as HTMLCanvasElement;
        const context2d = document.createElement('canvas').getContext('2d')!;
        context2d.font = "13px Sarabun, 'Sarabun Latin', sans-serif";
        const lines = JSON.parse(element.dataset.labelLines ?? '[]') as string[][];
        return {
          labels: JSON.parse(element.dataset.chart ?? '{}').labels as string[],
          lines,
          widest: Math.max(...lines.flat().map((line) => context2d.measureText(line).width)),
          width: element.getBoundingClientRect().width,
          boxHeight: element.parentElement!.getBoundingClientRect().height,
        };
      });
      expect(chart.lines).toHaveLength(chart.labels.length);
      chart.lines.forEach((lines, index) => expect(lines.join('').replace(/\s/g, ''), chart.labels[index]).toBe(chart.labels[index]!.replace(/\s/g, '')));
      expect(
        chart.lines.some((lines) => lines.length > 1),
        'some long names wrap at 360 px',
      ).toBe(true);
      // The names take less than half of the chart, so the axis never clips them.
      expect(chart.widest).toBeLessThan(chart.width / 2);
      expect(chart.boxHeight).toBeGreaterThan(chart.labels.length * 26);
      expect(await page.locator('figure:has(#ita-indicators)').innerText()).toContain('เส้นประสีแดงคือเกณฑ์ผ่าน 85 คะแนน');
      expect(await page.locator('#ita-indicators').getAttribute('aria-label')).toContain('เกณฑ์ผ่าน 85');
    });
  });
});

describe('axe in the states the sitemap sweep does not open', () => {
  const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

  async function violations(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: await axeSource });
    const results = await page.evaluate(
      (runOnly) =>
        (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
          runOnly: { type: 'tag', values: runOnly },
          resultTypes: ['violations'],
        }),
      tags,
    );
    return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${violation.help} — ${node.target.join(' ')}`));
  }

  it.each([
    ['/', 'the menu open', phone],
    ['/ita/2566/', 'the menu open', phone],
    ['/ita/2566/', 'the charts drawn', desktop],
    [`/search/?q=${encodeURIComponent('ของขวัญ')}`, 'results, the menu open', phone],
    [`/search/?q=${encodeURIComponent('ของขวัญ')}`, 'results', desktop],
    ['/oit/2567/', 'the menu open', phone],
  ] as const)('%s with %s (%o)', async (pagePath, _state, viewport) => {
    // axe is injected as an inline script, which the pages' Content-Security-Policy rightly refuses; the test tool may bypass it.
    await withPage({ viewport, bypassCSP: true }, pagePath, async (page) => {
      if (viewport === phone) await page.locator('header summary').click();
      expect(await violations(page)).toEqual([]);
    });
  });
});
