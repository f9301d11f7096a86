/**
 * Search on the built example site in Chromium: the checked-in Thai query set must bring its expected page first
 * (success@1 and precision@5 are printed), and the search page must work as citizens use it — from the header box,
 * by keyboard, with filters, on a phone, and without JavaScript.
 */
import { describe, it, expect, beforeAll, afterAll, inject } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { e2eSite } from './site.ts';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';
import { openSearch as openSearchIn, resultPaths as resultPathsIn, searchAgain as searchAgainIn } from './search-tab.ts';

// The e2e site: the example plus two test-only PDFs (see tests/fixtures/sites/example-overlay/README.md), built once
// by tests/e2e/global-setup.ts for every e2e file.
const origin = inject('origin');
await e2eSite();

interface QueryCase {
  query: string;
  who: string;
  first: string[];
  relevant: string[];
}
const { queries } = JSON.parse(await readFile(path.join(projectRoot, 'tests/fixtures/search/example-site-queries.json'), 'utf8')) as { queries: QueryCase[] };
interface HabitCase {
  query: string;
  habit: string;
  first: string[];
}
const habits = JSON.parse(await readFile(path.join(projectRoot, 'tests/fixtures/search/citizen-habit-queries.json'), 'utf8')) as { queries: HabitCase[] };

let browser: Browser;
let page: Page;
const foreignRequests: string[] = [];
const pageErrors: string[] = [];

/** A tab whose requests to other origins and errors are recorded for the last test of the file. */
async function recordedTab(): Promise<Page> {
  const tab = await browser.newPage();
  tab.on('request', (request) => {
    if (!request.url().startsWith(`${origin}/`) && !/^(data|blob):/.test(request.url())) foreignRequests.push(request.url());
  });
  tab.on('pageerror', (error) => pageErrors.push(error.message));
  tab.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  return tab;
}

beforeAll(async () => {
  browser = await launchChromium();
  page = await recordedTab();
});
afterAll(async () => {
  await browser?.close();
});

const openSearch = (params: Record<string, string>, tab = page) => openSearchIn(origin, params, tab);
const searchAgain = (query: string, tab: Page) => searchAgainIn(origin, query, tab);
const resultPaths = (tab = page) => resultPathsIn(tab);
const statusText = () => page.locator('#search-status').innerText();

describe('the example site’s Thai query set', () => {
  const outcomes: { query: string; top: string[]; success: boolean; precision: number }[] = [];
  // Two tabs take the queries in turn (the tests run concurrently): a search waits on the network and on Pagefind's
  // worker much of the time, so two overlap.
  const freeTabs: Page[] = [];
  const waitingForTab: ((tab: Page) => void)[] = [];
  beforeAll(async () => {
    freeTabs.push(await recordedTab(), await recordedTab());
  });
  async function withTab<T>(run: (tab: Page) => Promise<T>): Promise<T> {
    const tab = freeTabs.pop() ?? (await new Promise<Page>((resolve) => waitingForTab.push(resolve)));
    try {
      return await run(tab);
    } finally {
      const next = waitingForTab.shift();
      if (next) next(tab);
      else freeTabs.push(tab);
    }
  }

  afterAll(() => {
    if (outcomes.length === 0) return;
    const successAt1 = outcomes.filter((outcome) => outcome.success).length / outcomes.length;
    const precisionAt5 = outcomes.reduce((sum, outcome) => sum + outcome.precision, 0) / outcomes.length;
    console.log(
      outcomes
        .map((outcome) => `${outcome.success ? '✓' : '✗'} P@5 ${outcome.precision.toFixed(2)}  ${outcome.query} → ${outcome.top.slice(0, 3).join(' ')}`)
        .join('\n'),
    );
    console.log(`search quality on ${outcomes.length} queries: success@1 ${successAt1.toFixed(3)}, precision@5 ${precisionAt5.toFixed(3)}`);
  });

  it('has at least 30 queries, including phrases found only inside an attached PDF', () => {
    expect(queries.length).toBeGreaterThanOrEqual(30);
    expect(queries.filter((entry) => entry.who.includes('inside the attached PDF')).length).toBeGreaterThanOrEqual(1);
  });

  it.concurrent.each(queries.map((entry) => [entry.query, entry] as const))('%s: an expected page comes first', async (_query, entry) => {
    const top = await withTab(async (tab) => {
      await searchAgain(entry.query, tab);
      return (await resultPaths(tab)).slice(0, 5);
    });
    const relevant = new Set([...entry.first, ...entry.relevant]);
    const precision = top.length === 0 ? 0 : top.filter((found) => relevant.has(found)).length / top.length;
    outcomes.push({ query: entry.query, top, success: entry.first.includes(top[0] ?? ''), precision });
    expect(entry.first, `first result for “${entry.query}”: ${top[0]}`).toContain(top[0]);
  });
});

describe('queries typed as citizens type them (several words, short forms, joined words, slips, mixed input, spaces, quotes)', () => {
  const outcomes: { query: string; habit: string; top: string[]; first: boolean }[] = [];
  afterAll(() => {
    if (outcomes.length === 0) return;
    console.log(
      outcomes
        .map((outcome) => `${outcome.first ? '✓' : '✗'} ${JSON.stringify(outcome.query)} [${outcome.habit}] → ${outcome.top.slice(0, 3).join(' ')}`)
        .join('\n'),
    );
    console.log(`citizen habits: the wanted page first for ${outcomes.filter((outcome) => outcome.first).length} of ${outcomes.length}`);
  });

  it('covers every habit of the shared reference', () => {
    const covered = new Set(habits.queries.map((entry) => entry.habit.split(':')[0]!.split(',')[0]!.trim()));
    for (const habit of [
      'several words',
      'reversed order',
      'short form',
      'joined words',
      'slip',
      'O-code in lower case',
      'O-code in capitals',
      'Thai and Latin words',
      'extra spaces',
      'no-break space',
      'quoted phrase',
    ])
      expect(covered).toContain(habit);
  });

  // The wanted page first (tests/e2e/search-recall.test.ts asks the same among 1,000 generated documents).
  it.each(habits.queries.map((entry) => [entry.query, entry] as const))('%s: the wanted page comes first', async (_query, entry) => {
    await searchAgain(entry.query, page);
    const top = await resultPaths();
    outcomes.push({ query: entry.query, habit: entry.habit, top, first: entry.first.includes(top[0] ?? '') });
    expect(entry.first, `${entry.query}: ${top.slice(0, 3).join(' ')}`).toContain(top[0]);
  });

  it('requires every word of several, in any order, and names them above the results', async () => {
    await openSearch({ q: 'สินบน ป้องกัน' });
    const found = await resultPaths();
    expect(await statusText()).toMatch(/^พบ \d+ รายการที่มีคำว่า “สินบน ป้องกัน”$/);
    for (const path of found) {
      const text = await (await fetch(`${origin}${path}`)).text();
      expect(text, path).toContain('สินบน');
      expect(text, path).toContain('ป้องกัน');
    }
    await openSearch({ q: 'ป้องกัน สินบน' });
    expect(new Set(await resultPaths())).toEqual(new Set(found));
  });

  it('falls back to the words of a short form and says so; a quoted short form is searched only as written', async () => {
    await openSearch({ q: 'แผนจัดซื้อ' });
    expect(await page.locator('#search-note').innerText()).toMatch(/^ไม่พบคำว่า “แผนจัดซื้อ” ตรงตัว — แสดงหน้าที่มีคำว่า .*“แผน”.* ทุกคำ$/);
    expect((await resultPaths())[0]).toBe('/oit/2567/o19/');
    await openSearch({ q: '"แผนจัดซื้อ"' });
    expect(await page.locator('#search-note').isVisible()).toBe(false);
    expect(await resultPaths()).toEqual([]);
  });

  it('searches the words of a term found in only a few pages too: the exact pages stay, a page titled with the words comes first', async () => {
    // "มาตรการป้องกัน" stands as typed only in the text of the ITA 2566 pages; the measure titled ป้องกัน…สินบน is a measure.
    await openSearch({ q: 'มาตรการป้องกัน' });
    expect(await page.locator('#search-note').innerText()).toMatch(/^พบคำว่า “มาตรการป้องกัน” ตรงตัวเพียง 2 รายการ — แสดงหน้าที่มีคำว่า “มาตรการ” “ป้องกัน” ทุกคำด้วย$/);
    const found = await resultPaths();
    expect(found[0]).toBe('/measures/2567/anti-bribery-standard/');
    expect(found).toEqual(expect.arrayContaining(['/ita/2566/', '/documents/2567/ita-2566-analysis-report/']));
    expect(found.length).toBeGreaterThan(3);
    // Quoted, it is the two exact pages and nothing else.
    await openSearch({ q: '"มาตรการป้องกัน"' });
    expect(await page.locator('#search-note').isVisible()).toBe(false);
    expect(new Set(await resultPaths())).toEqual(new Set(['/ita/2566/', '/documents/2567/ita-2566-analysis-report/']));
  });

  it('shows the results of the nearest spelling the site holds, with a link to the query as typed', async () => {
    await openSearch({ q: 'ดุลพินิต' });
    expect(await page.locator('#search-note').innerText()).toContain('แสดงผลของ “ดุลพินิจ”');
    expect((await resultPaths())[0]).toBe('/measures/2567/discretion-oversight/');
    expect(await page.locator('#search-list .search-excerpt mark').first().innerText()).toBe('ดุลพินิจ');
    await page.click('#search-note a');
    await page.waitForSelector('section.search-results[aria-busy="false"]', { state: 'attached' });
    expect(new URL(page.url()).searchParams.get('exact')).toBe('1');
    expect(await statusText()).toBe('ไม่พบหน้าที่มีคำว่า “ดุลพินิต”');
    expect(await page.locator('#search-note').isVisible()).toBe(false);
  });

  it('shows excerpts without full stops added after fields, cut at word boundaries', async () => {
    await openSearch({ q: 'ของขวัญ' });
    const excerpts = await page.locator('#search-list .search-excerpt').allInnerTexts();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/(หมวด|ปีงบประมาณ|ผู้รับผิดชอบ)\./);
  });
});

describe('ranking for citizens', () => {
  const catalogueYear = (found: string) => /^\/oit\/(\d{4})\/o/.exec(found)?.[1];
  const metaOf = async (found: string) =>
    page
      .locator('#search-list > li', { has: page.locator(`h3 a[href="${found}"]`) })
      .locator('.meta')
      .innerText();

  it("puts the agency's own pages before the OIT catalogue's, leaves out other ITA years' catalogue pages and shows each one's year", async () => {
    await openSearch({ q: 'ของขวัญ' });
    // Every result, not only the first ten.
    while (await page.locator('#search-more').isVisible()) {
      const shown = await page.locator('#search-list > li').count();
      await page.click('#search-more');
      await page.waitForFunction((count) => document.querySelectorAll('#search-list > li').length > count, shown);
    }
    const found = await resultPaths();
    const catalogue = found.filter((path) => catalogueYear(path));
    expect(catalogue.length, 'the query finds catalogue pages too').toBeGreaterThan(0);
    expect(catalogueYear(found[0]!)).toBeUndefined();
    // Every agency page comes before the first catalogue page.
    expect(found.slice(found.indexOf(catalogue[0]!)).every((path) => catalogueYear(path))).toBe(true);
    expect(catalogue.filter((path) => catalogueYear(path) !== '2567')).toEqual([]);
    for (const path of catalogue) expect(await metaOf(path)).toContain('ITA 2567');
  });

  it('brings the other years’ catalogue pages back with the kind filter, each saying its year', async () => {
    await openSearch({ q: 'สินบน' });
    expect((await resultPaths()).filter((path) => catalogueYear(path) && catalogueYear(path) !== '2567')).toEqual([]);
    await openSearch({ q: 'สินบน', kind: 'oit-item' });
    const items = await resultPaths();
    expect(new Set(items.map(catalogueYear)).size).toBeGreaterThan(1);
    for (const path of items) expect(await metaOf(path)).toContain(`ITA ${catalogueYear(path)}`);
  });

  it('puts a short page about a phrase above a long one that mentions it as often (length-normalized)', async () => {
    // The measure (about 1,000 characters) and the analysis report (about 16,000) each say ดุลพินิจ seven times; the
    // anti-bribery measure and the measures report (twice as long) each say ประโยชน์ส่วนตน once, neither in a title.
    for (const [query, short, long] of [
      ['ดุลพินิจ', '/measures/2567/discretion-oversight/', '/documents/2567/ita-2566-analysis-report/'],
      ['ประโยชน์ส่วนตน', '/measures/2567/anti-bribery-standard/', '/documents/2567/integrity-measures-report-2567/'],
    ] as const) {
      await openSearch({ q: query });
      const found = await resultPaths();
      expect(found.indexOf(short), `${query}: ${found.join(' ')}`).toBeGreaterThanOrEqual(0);
      expect(found.indexOf(short), `${query}: ${found.join(' ')}`).toBeLessThan(found.indexOf(long));
    }
  });

  it('shows results while the query is typed, without Enter, and keeps the address in step', async () => {
    await page.goto(`${origin}/search/`);
    await page.focus('#search-q');
    await page.keyboard.type('ดุลพินิจ', { delay: 40 });
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.includes('“ดุลพินิจ”'));
    expect(new URL(page.url()).searchParams.get('q')).toBe('ดุลพินิจ');
    expect((await resultPaths())[0]).toBe('/measures/2567/discretion-oversight/');
  });
});

describe('the search page', () => {
  it('is reached from the header box on any page by keyboard, and shows title, type, Buddhist-era date and a marked excerpt', async () => {
    await page.goto(`${origin}/documents/2567/ita-2566-analysis-report/`);
    await page.focus('header form[role="search"] input[name="q"]');
    await page.keyboard.type('จุดอ่อน ITA');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForSelector('section.search-results[aria-busy="false"]', { state: 'attached' });
    expect(new URL(page.url()).searchParams.get('q')).toBe('จุดอ่อน ITA');
    expect(await page.inputValue('#search-q')).toBe('จุดอ่อน ITA');
    expect(await statusText()).toMatch(/^พบ \d+ รายการที่มีคำว่า “จุดอ่อน ita”$/);

    const documentResult = page.locator('#search-list > li', { has: page.locator('a[href="/documents/2567/ita-2566-analysis-report/"]') });
    expect(await documentResult.locator('h3 a').innerText()).toContain('รายงานการประเมินผลการประเมินคุณธรรม');
    expect(await documentResult.locator('.meta').innerText()).toBe(
      'เอกสารเผยแพร่ · รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ในปีที่ผ่านมา · มกราคม 2567',
    );
    const marks = await documentResult.locator('.search-excerpt mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((mark) => mark === 'จุดอ่อน' || mark === 'ITA')).toBe(true);

    // Tab order reaches the results' links.
    await page.focus('#search-q');
    for (let presses = 0; presses < 12; presses += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('#search-list') !== null)) break;
    }
    expect(await page.evaluate(() => document.activeElement?.closest('#search-list')?.tagName)).toBe('OL');
  });

  it('finds a phrase that is only inside an attached PDF, and shows that text in the excerpt', async () => {
    await openSearch({ q: 'รถยนต์ส่วนกลาง' });
    expect(await resultPaths()).toEqual(['/documents/2567/integrity-measures-report-2567/']);
    expect(await page.locator('#search-list .search-excerpt mark').first().innerText()).toBe('รถยนต์ส่วนกลาง');
    const documentPage = await (await fetch(`${origin}/documents/2567/integrity-measures-report-2567/`)).text();
    expect(documentPage).not.toContain('รถยนต์ส่วนกลาง');
  });

  it('narrows results with the filters, shows them in the controls, and sorts newest first on request', async () => {
    await openSearch({ q: 'ของขวัญ' });
    const all = await resultPaths();
    await openSearch({ q: 'ของขวัญ', kind: 'measure' });
    const measures = await resultPaths();
    expect(measures.length).toBeGreaterThan(0);
    expect(measures.length).toBeLessThan(all.length);
    expect(measures.every((found) => found.startsWith('/measures/2567/'))).toBe(true);
    expect(await page.inputValue('select[name="kind"]')).toBe('measure');

    await openSearch({ q: 'การ', type: 'ita-analysis-report' });
    expect(await resultPaths()).toEqual(['/documents/2567/ita-2566-analysis-report/']);
    await openSearch({ q: 'มาตรการ', year: '2566', kind: 'oit-item' });
    const items = await resultPaths();
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((found) => found.startsWith('/oit/2566/'))).toBe(true);

    // The analysis report is dated (มกราคม 2567); the measures report has no date and still follows it.
    await openSearch({ q: 'ITA', sort: 'newest', kind: 'document' });
    expect(await page.inputValue('select[name="sort"]')).toBe('newest');
    expect(await resultPaths()).toEqual(['/documents/2567/ita-2566-analysis-report/', '/documents/2567/integrity-measures-report-2567/']);
    // Three measures have a period (the sort date), three do not: newest first, then the undated ones.
    await openSearch({ q: 'การ', sort: 'newest', kind: 'measure' });
    const months = ['ตุลาคม 2566', 'พฤศจิกายน 2566', 'ธันวาคม 2566', 'มกราคม 2567', 'กุมภาพันธ์ 2567', 'มีนาคม 2567'];
    const order = (await page.locator('#search-list > li .meta').allInnerTexts()).map((meta) => months.findIndex((month) => meta.endsWith(month)));
    expect(order).toEqual([3, 3, 0, -1, -1, -1]);
  });

  it('helps when nothing is found: fewer words, spelling, and a search without the filters', async () => {
    await openSearch({ q: 'ไม่มีคำนี้ในเว็บไซต์แน่นอน' });
    expect(await statusText()).toBe('ไม่พบหน้าที่มีคำว่า “ไม่มีคำนี้ในเว็บไซต์แน่นอน”');
    expect(await page.locator('#search-help').isVisible()).toBe(true);
    expect(await page.locator('#search-help').innerText()).toContain('ใช้คำให้น้อยลงหรือสั้นลง');
    expect(await page.locator('#search-help-filters').isVisible()).toBe(false);

    await openSearch({ q: 'ดุลพินิจ', kind: 'news' });
    expect(await page.locator('#search-help-filters').isVisible()).toBe(true);
    await page.click('#search-help-filters a');
    await page.waitForSelector('section.search-results[aria-busy="false"]', { state: 'attached' });
    expect(new URL(page.url()).search).toBe(`?${new URLSearchParams({ q: 'ดุลพินิจ' })}`);
    expect((await resultPaths())[0]).toBe('/measures/2567/discretion-oversight/');
  });

  it('asks for a query when opened empty, and requests nothing from other origins', async () => {
    await page.goto(`${origin}/search/`);
    expect(await statusText()).toContain('พิมพ์คำที่ต้องการค้นหา');
    expect(await page.locator('#search-list > li').count()).toBe(0);
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('fits a 360 px phone without sideways scrolling, the first result on the first screen and the filters folded', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await phone.goto(`${origin}/search/?q=${encodeURIComponent('มาตรการ')}`);
    await phone.waitForSelector('section.search-results[aria-busy="false"]', { state: 'attached' });
    expect(await phone.locator('#search-list > li').count()).toBeGreaterThan(0);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const firstResult = await phone.locator('#search-list > li').first().boundingBox();
    expect(firstResult!.y).toBeLessThan(800);
    expect(await phone.locator('details.search-filters').getAttribute('open')).toBeNull();
    expect(await phone.locator('select[name="kind"]').isVisible()).toBe(false);
    // A filter set opens the fold, which says how many are set.
    await phone.goto(`${origin}/search/?q=${encodeURIComponent('มาตรการ')}&kind=measure`);
    await phone.waitForSelector('section.search-results[aria-busy="false"]', { state: 'attached' });
    expect(await phone.locator('details.search-filters').getAttribute('open')).not.toBeNull();
    expect(await phone.locator('details.search-filters summary').innerText()).toBe('ตัวกรอง (เลือกไว้ 1)');
    expect(await phone.locator('select[name="kind"]').isVisible()).toBe(true);
    await phone.close();
  });

  it('without JavaScript, still offers the OIT index and the lists', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto(`${origin}/search/?q=${encodeURIComponent('ของขวัญ')}`);
    const links = await noScript
      .locator('main a')
      .evaluateAll((anchors) => anchors.filter((anchor) => (anchor as HTMLElement).offsetParent !== null).map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/oit/', '/documents/', '/measures/']));
    expect(await noScript.locator('main').innerText()).toContain('การค้นหาต้องใช้ JavaScript');
    await context.close();
  });
});
