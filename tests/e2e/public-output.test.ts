/**
 * What the public gets (every built page and data file of the example site with the search fixtures): no text meant
 * for staff (catalogue-maintenance notes, the reported figures' disagreements with the year's rules), no self-check
 * status while `publishing.showOitGaps` is false, one verdict on the home page; and the addresses people type — every
 * prefix of a shown address is a page, and OIT item codes as the manual writes them (O10) reach the canonical page.
 * The staff texts are read from the content and from what the build warns about, not listed from today's pages.
 */
import { describe, it, expect, inject } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { e2eSite } from './site.ts';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';
import { analyzeItaResult } from '../../src/lib/ita/scores.ts';
import { describeProblem } from '../../src/i18n/problems.ts';
import { catalogueForYear } from '../../src/lib/content/catalogue-for-year.ts';
import { urls } from '../../src/lib/site/urls.ts';
import { readSearchPage } from '../../src/lib/search/search-records.ts';

const origin = inject('origin');
const { distDir, siteRoot, sitemapPaths, builtOn, buildDays } = await e2eSite();
const validation = await loadAndValidateContent(siteRoot);
if (!validation.model) throw new Error('the e2e site does not validate');
const model = validation.model;
const showsGaps = model.site.publishing.showOitGaps ?? false;

/** Every public file a citizen or a crawler can fetch that holds text (the search index is built from the pages). */
async function publicTextFiles(): Promise<{ file: string; text: string }[]> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && /\.(html|csv|json|xml|txt)$|^_(headers|redirects)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !file.includes(`${path.sep}pagefind${path.sep}`));
  return Promise.all(files.map(async (file) => ({ file: path.relative(distDir, file), text: readable(await readFile(file, 'utf8')) })));
}
/** Text as a reader gets it: tags (word-break marks included) dropped, the common entities decoded. */
const readable = (source: string) =>
  source
    .replace(/<[^>]+>/g, '')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

const staffTexts = [
  // The catalogues' own notes, about how sure their maintainers are of each year and item.
  ...model.catalogues.flatMap(({ data }) => [data.note, ...data.items.map((item) => item.note)]),
  // What the build warns staff about the reported ITA figures (the report's sentences, sourceNotes, are the public
  // report's own text and stay on its page).
  ...model.scores.flatMap(({ data }) => {
    const catalogue = catalogueForYear(model.catalogues, data.year);
    return catalogue ? analyzeItaResult(data, catalogue).findings.map((finding) => describeProblem(finding).th) : [];
  }),
  // Wording the pages used to print for staff (issue 21).
  'ยังไม่ได้ยืนยันน้ำหนักของปีนี้',
  'พบข้อไม่สอดคล้อง',
  'รายการข้อของปีนี้ยังไม่ครบหรือยังไม่ได้ยืนยัน',
  'ตรวจสอบกับแหล่งข้อมูลแล้ว',
].filter((text): text is string => Boolean(text && text.trim()));

describe('no staff-only text in any public file', async () => {
  const files = await publicTextFiles();

  it('reads every page and data file of the site', () => {
    const names = files.map(({ file }) => file.split(path.sep).join('/'));
    expect(names).toEqual(
      expect.arrayContaining(['index.html', '404.html', 'integrity.json', 'oit/2567/itas.csv', 'oit/2567/itas.json', 'ita/2566/index.html']),
    );
    expect(staffTexts.length).toBeGreaterThan(10);
  });

  it('carries none of the catalogue notes or score warnings', () => {
    const found = files.flatMap(({ file, text }) => staffTexts.filter((note) => text.includes(note)).map((note) => `${file}: ${note.slice(0, 60)}`));
    expect(found).toEqual([]);
  });

  it.runIf(!showsGaps)('publishes no self-check status while publishing.showOitGaps is false, in pages or sheets', () => {
    const statuses = ['ไม่ครบถ้วน', 'ยังไม่เผยแพร่', 'ไม่อยู่ในรอบเวลา', 'ผลการตรวจเอง', 'ยังไม่มีหลักฐาน'];
    const found = files.flatMap(({ file, text }) => statuses.filter((status) => text.includes(status)).map((status) => `${file}: ${status}`));
    expect(found).toEqual([]);
    for (const { data } of model.catalogues) {
      const sheet = JSON.parse(files.find(({ file }) => file === path.join('oit', String(data.year), 'itas.json'))!.text) as {
        items: Record<string, unknown>[];
      };
      for (const item of sheet.items) expect(Object.keys(item).sort()).toEqual(['answer', 'code', 'evidenceUrls', 'explanation', 'title', 'url']);
    }
  });

  it('dates the ITAS sheet with an ISO (Gregorian) date, the BE one in its own field', () => {
    const sheet = JSON.parse(files.find(({ file }) => file === path.join('oit', '2567', 'itas.json'))!.text) as Record<string, unknown>;
    // The day the build assessed on, which lies in the days the build ran (it may cross midnight in Bangkok).
    expect(sheet.asOf).toBe(builtOn);
    expect(builtOn >= buildDays.from && builtOn <= buildDays.to, `${builtOn} within ${buildDays.from}..${buildDays.to}`).toBe(true);
    expect(String(sheet.asOfTh)).toMatch(/^\d{1,2} [ก-๙]+ 25\d\d$/);
    expect(sheet).not.toHaveProperty('assessedOn');
    expect(sheet).not.toHaveProperty('verified');
  });

  it('gives one verdict on the home page: the reported level, no tier beside it', async () => {
    const home = files.find(({ file }) => file === 'index.html')!.text;
    const latest = model.scores.at(-1)!.data;
    const tiers = catalogueForYear(model.catalogues, latest.year)!.tiers.map((tier) => tier.label);
    expect(home.split(latest.reportedLevel).length - 1).toBe(1);
    for (const tier of tiers) expect(home).not.toMatch(new RegExp(`ระดับ ${tier}(?![A-Za-z])`));
  });
});

describe('addresses people type', () => {
  const refreshTarget = (html: string) => /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];

  it('every prefix of a sitemap address is a page, or forwards to one', async () => {
    const pages = new Set(sitemapPaths);
    const prefixes = new Set<string>();
    for (const pagePath of sitemapPaths) {
      const parts = pagePath.split('/').filter(Boolean);
      for (let length = 1; length < parts.length; length += 1) prefixes.add(`/${parts.slice(0, length).join('/')}/`);
    }
    expect([...prefixes]).toEqual(
      expect.arrayContaining(['/documents/2567/', '/measures/2567/', '/declarations/2567/', '/documents/type/', '/documents/year/']),
    );
    for (const prefix of prefixes) {
      const response = await fetch(`${origin}${prefix}`);
      expect(response.status, prefix).toBe(200);
      if (pages.has(prefix)) continue;
      const target = refreshTarget(await response.text());
      expect(target, `${prefix} is not in the sitemap, so it must forward`).toBeDefined();
      const targetPath = new URL(target!, `${origin}${prefix}`).pathname;
      expect(pages.has(targetPath), `${prefix} forwards to ${target}`).toBe(true);
    }
  });

  it('forwards a year folder to that year: /documents/2567/ to its list, /measures/2567/ to its section', async () => {
    expect(refreshTarget(await (await fetch(`${origin}/documents/2567/`)).text())).toBe(urls.documentsOfYear(2567));
    expect(refreshTarget(await (await fetch(`${origin}/measures/2567/`)).text())).toBe(`${urls.measures()}#fy-2567`);
    expect(refreshTarget(await (await fetch(`${origin}/declarations/2567/`)).text())).toBe(`${urls.declarations()}#fy-2567`);
  });

  it('OIT item addresses answer in the manual’s case through the 404 page, and _redirects names them for hosts', async () => {
    const redirects = await readFile(path.join(distDir, '_redirects'), 'utf8');
    const items = model.catalogues.flatMap(({ data }) => data.items.map((item) => ({ year: data.year, code: item.code })));
    for (const { year, code } of items) expect(redirects).toContain(`/oit/${year}/${code.toUpperCase()}/ ${urls.oitItem(year, code)} 301`);

    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      for (const typed of ['/oit/2567/O10/', '/oit/2567/O10', '/OIT/2567/o10/']) {
        await page.goto(`${origin}${typed}`);
        await page.waitForURL(`${origin}${urls.oitItem(2567, 'O10')}`);
        expect(await page.locator('h1').innerText(), typed).toMatch(/^O10 /);
      }
      await page.goto(`${origin}/oit/2567/O99/`);
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname).toBe('/oit/2567/O99/');
      expect(await page.locator('h1').innerText()).toBe('ไม่พบหน้าที่ต้องการ');
    } finally {
      await browser.close();
    }
  });
});

describe('Thai line breaking marks (<wbr>, <span class="kw">) change nothing a search or a copy sees', async () => {
  const pages = (await publicTextFiles()).filter(({ file }) => file.endsWith('.html'));
  const rawPages = await Promise.all(pages.map(async ({ file }) => ({ file, html: await readFile(path.join(distDir, file), 'utf8') })));
  const unmarked = (html: string) => html.replaceAll('<wbr>', '').replace(/<span class="kw">([^<]*)<\/span>/g, '$1');

  it('marks the headings of the site', () => {
    const marked = rawPages.filter(({ html }) => /<h1[^>]*>[^<]*(<wbr>|<span class="kw">)/.test(html));
    expect(marked.length).toBeGreaterThan(rawPages.length / 2);
  });

  it('every page gives the search index the same records as without the marks', () => {
    for (const { file, html } of rawPages) expect(readSearchPage(html), file).toEqual(readSearchPage(unmarked(html)));
  });

  it("no invisible character is in any page's text (zero-width space, soft hyphen, word joiner)", () => {
    const invisible = rawPages.filter(({ html }) => /[\u200B\u200C\u200D\u00AD\u2060\uFEFF]/.test(html)).map(({ file }) => file);
    expect(invisible).toEqual([]);
  });

  it('a heading copied in the browser, and its accessible name, are its words, without marks or spaces', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
      await page.goto(`${origin}/oit/2567/`);
      const copied = await page.evaluate(() => {
        const heading = document.querySelector('main h2')!;
        const range = document.createRange();
        range.selectNodeContents(heading);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return { selected: selection.toString(), inner: (heading as HTMLElement).innerText, text: heading.textContent };
      });
      expect(copied.text).toMatch(/^ตัวชี้วัดที่ \d+ /);
      expect(copied.selected).toBe(copied.text);
      expect(copied.inner).toBe(copied.text);
      // Screen readers and voice control get the same words: no space where a mark is.
      expect(await page.getByRole('heading', { name: copied.text!, exact: true }).count()).toBeGreaterThan(0);
      expect(await page.getByRole('link', { name: 'O2 ข้อมูลผู้บริหาร', exact: true }).count()).toBe(1);
    } finally {
      await browser.close();
    }
  });
});
