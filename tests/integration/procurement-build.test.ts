/**
 * The fixture agency's procurement year (tests/fixtures/sites/procurement-year, expectations in EXPECTED.md) built as
 * staff build it: pages with the figures, open data read by its own rules (CSV as a spreadsheet reads it, OCDS against
 * the pinned 1.1.5 schema with a draft-04 validator), and no person's ID in any built file, the search index included.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { DomUtils, parseDocument } from 'htmlparser2';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runBuild } from '../helpers/run-build.ts';
import { copyFixtureSite, projectRoot } from '../../scripts/lib/fixture-site.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { formColumns, procurementWords } from '../../src/i18n/procurement.ts';
import { t } from '../../src/i18n/ui.ts';

const contentDir = 'tests/fixtures/sites/procurement-year/content';
const outDir = '.prongsai/test-out/procurement-build/dist';
const out = path.join(projectRoot, outDir);
const read = (file: string) => readFile(path.join(out, file), 'utf8');
/** A page's text as a reader sees it: without the line-break marks (<wbr>, kept-together spans) the public pages carry between Thai words. */
const withoutBreakMarks = (html: string) => html.replaceAll('<wbr>', '').replace(/<span class="kw">([^<]*)<\/span>/g, '$1');

/** Every built file's text; gzip (the search index) undone. */
async function everyBuiltText(): Promise<Map<string, string>> {
  const entries = await readdir(out, { recursive: true, withFileTypes: true });
  const texts = new Map<string, string>();
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    const bytes = await readFile(file);
    const unpacked = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
    texts.set(path.relative(out, file), unpacked.toString('latin1') + unpacked.toString('utf8') + withoutBreakMarks(unpacked.toString('utf8')));
  }
  return texts;
}

const isElement = (node: object): node is { name: string; attribs: Record<string, string> } => (node as { type?: string }).type === 'tag';

/** The search indexes' page records (Pagefind fragments): each page's address and indexed text, and which index holds it (the first, or the procurement pages' own). */
async function searchFragments(builtDir = out): Promise<{ url: string; content: string; index: 'first' | 'procurement' }[]> {
  const records = [];
  for (const [index, folder] of [
    ['first', 'pagefind/fragment'],
    ['procurement', 'pagefind/procurement/fragment'],
  ] as const) {
    for (const name of await readdir(path.join(builtDir, folder))) {
      const bytes = gunzipSync(await readFile(path.join(builtDir, folder, name)));
      records.push({ ...(JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8')) as { url: string; content: string }), index });
    }
  }
  return records;
}

describe("the fixture agency's procurement year, built", () => {
  let run: Awaited<ReturnType<typeof runBuild>>;
  beforeAll(async () => {
    run = await runBuild(contentDir, outDir);
  }, 120_000);

  it('builds, with the four warnings of EXPECTED.md and no error', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('ผิดพลาด 0 รายการ คำเตือน 4 รายการ');
  });

  it("the year page shows the figures worked out by hand, and the staff's text", async () => {
    const html = withoutBreakMarks(await read('procurement/2567/index.html'));
    for (const figure of ['2,229,491.00', '2,283,500.50', '779,491.00', '1,450,000.00', '639,500.75', '139,990.25', '693,000.00', '83.3%', '35.0%'])
      expect(html).toContain(figure);
    expect(html).toContain('ปัญหาและอุปสรรค');
    expect(html).toContain('<canvas');
    // Search finds the year by its methods and the staff's text; the sums and shares are on the page, not in the index.
    const year = (await searchFragments()).find((fragment) => fragment.url === '/procurement/2567/')!.content;
    expect(year).toContain('ปัญหาและอุปสรรค');
    expect(year).toContain('ประกวดราคาอิเล็กทรอนิกส์');
    for (const figure of ['779,491.00', '639,500.75', '139,990.25', '35.0%']) expect(year, figure).not.toContain(figure);
  });

  it('on a phone a figure cell is a flex row of name and value: the value is one element, whatever line-break marks it holds', async () => {
    for (const page of ['procurement/2567/index.html', 'procurement/index.html']) {
      const document = parseDocument(await read(page));
      const cells = DomUtils.findAll((element) => element.name === 'td' && DomUtils.hasAttrib(element, 'data-label'), document.children);
      const inline = cells.filter((cell) => {
        let node = cell.parent;
        while (node && !(isElement(node) && node.name === 'table')) node = node.parent;
        return node !== null && isElement(node) && /\bstack-inline\b/.test(node.attribs.class ?? '');
      });
      expect(inline.length, page).toBeGreaterThan(0);
      for (const cell of inline) {
        const flexItems = cell.children.filter((child) => isElement(child) || DomUtils.getText(child).trim() !== '');
        expect(flexItems.length, `${page}: ${DomUtils.getOuterHTML(cell)}`).toBe(1);
      }
    }
    // The month without procurement: its words stay one value ("ไม่มีการจัดซื้อจัดจ้าง" was split into three flex items).
    expect(withoutBreakMarks(await read('procurement/2567/index.html'))).toMatch(
      /<td class="number" data-label="[^"]+"[^>]*><span>ไม่มีการจัดซื้อจัดจ้าง<\/span><\/td>/,
    );
  });

  it('a month page is the สขร.1 form with the agency and the BE month, printed A4 landscape', async () => {
    const html = await read('procurement/2567/2566-10/index.html');
    expect(html).toContain('สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือน ตุลาคม 2566');
    expect(html).toContain('องค์การบริหารส่วนตำบลทดลองซื้อ');
    expect(html).toContain('เหตุผลที่คัดเลือกโดยสรุป');
    const css = (await Promise.all([...html.matchAll(/href="(\/_astro\/[^"]+\.css)"/g)].map((match) => read(match[1]!.slice(1))))).join('\n') + html;
    expect(css).toMatch(/@page\s*\{\s*size:\s*A4 landscape/);
    expect(await read('procurement/2567/2566-11/index.html')).toContain('ไม่มีการจัดซื้อจัดจ้าง');
  });

  it('each row of public interest has its own page with every field, linked from its month; search finds every row on its month', async () => {
    const month = await read('procurement/2567/2566-12/index.html');
    expect(month).toContain('href="/procurement/2567/2566-12/66129012345/"');
    const road = withoutBreakMarks(await read('procurement/2567/2566-12/66129012345/index.html'));
    for (const text of [
      '>โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 5</h1>',
      '1,500,000.00 บาท',
      '1,480,000.00 บาท',
      'เงินอุดหนุนเฉพาะกิจ',
      'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)',
      'จ้างก่อสร้าง',
      'บริษัท ศิลาพัฒนา จำกัด ราคา 1,470,000.00 บาท',
      '0303560001234',
      '15 ธันวาคม 2566',
      '66129012345',
      'ระหว่างดำเนินการ',
      'href="/procurement/2567/2566-12/"',
    ])
      expect(road).toContain(text);
    // A small specific purchase (a person's shop) has no page of its own: the month's form shows it whole.
    await expect(read('procurement/2567/2566-10/order-1-2567/index.html')).rejects.toThrow(/ENOENT/);
    const october = withoutBreakMarks(await read('procurement/2567/2566-10/index.html'));
    expect(october).toContain('110370207xxxx');
    expect(october).not.toContain('href="/procurement/2567/2566-10/order-1-2567/"');
    // Which pages hold a winner's name or an item in the search index: the row's month (the official form, which links
    // the row's own page), not the row page (each indexed page costs every first search), and not the year's tables.
    const fragments = await searchFragments();
    const holding = (text: string) => fragments.filter((fragment) => fragment.content.includes(text)).map((fragment) => fragment.url);
    expect(holding('ร้านสมใจการค้า')).toEqual(['/procurement/2567/2566-10/']);
    expect(holding('จัดซื้อครุภัณฑ์คอมพิวเตอร์')).toEqual(['/procurement/2567/2567-01/']);
    expect(holding('หจก.ทองดีก่อสร้าง')).toEqual(['/procurement/2567/2566-12/']);
    expect(fragments.some((fragment) => fragment.url === '/procurement/2567/2566-12/66129012345/')).toBe(false);
    // The month's text in the index: names and numbers people look up, not the amounts.
    const december = fragments.find((fragment) => fragment.url === '/procurement/2567/2566-12/')!.content;
    expect(december).toContain('66129012345');
    // The numbers are searched, their labels (on every row) are not; each number is a word of its own in the stored text.
    expect(december).not.toMatch(/เลขที่โครงการ|เลขประจำตัวผู้เสียภาษี/);
    expect(december).not.toMatch(/\S66129012345/);
    expect(december).toContain('บริษัท ศิลาพัฒนา จำกัด');
    expect(december).not.toContain('1,470,000.00');
    // The lines to sign on paper are printed, not searched: every month would otherwise be a result for "รายงาน".
    expect(month).toContain('ผู้รายงาน');
    expect(december).not.toContain('ผู้รายงาน');
    expect(december).not.toContain('1,500,000.00');
    // What a month's rows put in the index is what people look a purchase up by: the item, who bid, who won (with the
    // company's number) and the e-GP project. Words every row repeats, and each row's serial numbers, would grow every
    // first search's table of contents and say nothing the year page does not.
    expect(december).toContain('โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก');
    expect(december).toContain('0303560001234');
    expect(december).toContain('หจก.ทองดีก่อสร้าง');
    expect(december.split('หจก.ทองดีก่อสร้าง')).toHaveLength(2);
    for (const unsearched of ['1/2567', 'เป็นผู้มีคุณสมบัติ', 'ระหว่างดำเนินการ', 'สถานะ', 'ประกวดราคาอิเล็กทรอนิกส์', 'เงินอุดหนุนเฉพาะกิจ', 'แหล่งเงิน', 'ประเภท']) {
      expect(december, unsearched).not.toContain(unsearched);
    }
    // Nor the page's furniture, the same on every month: the form's column names, the scrolling cue, the printing hint
    // (a search for ราคากลาง or ตาราง would otherwise list every month).
    const procurementPages = fragments.filter((fragment) => fragment.url.startsWith('/procurement/'));
    for (const furniture of [...Object.values(formColumns), t('table.scrollCue'), procurementWords.print, 'ราคากลาง', 'เลื่อนไปทางขวา', 'แนวนอน']) {
      expect(
        procurementPages.filter((fragment) => fragment.content.includes(furniture)).map((fragment) => fragment.url),
        furniture,
      ).toEqual([]);
    }
    // The page itself still shows them all.
    const shown = withoutBreakMarks(month);
    for (const text of [...Object.values(formColumns), t('table.scrollCue'), procurementWords.print]) expect(shown).toContain(text);
    for (const text of ['1/2567', 'เป็นผู้มีคุณสมบัติ', 'ระหว่างดำเนินการ', 'ประกวดราคาอิเล็กทรอนิกส์', 'เงินอุดหนุนเฉพาะกิจ']) expect(shown).toContain(text);
  });

  it("no person's ID, in any spacing, is in any built file (pages, CSV, JSON, OCDS, the search index); the masked form is", async () => {
    const texts = await everyBuiltText();
    const spellings = ['1103702071811', '1-1037-02071-81-1', '3301500456781', '3-3015-00456-78-1'];
    for (const [file, text] of texts) for (const spelling of spellings) expect(text.includes(spelling), `${spelling} in ${file}`).toBe(false);
    const withMasked = [...texts].filter(([, text]) => text.includes('110370207xxxx')).map(([file]) => file);
    expect(withMasked).toEqual(expect.arrayContaining(['procurement/2567/2566-10/index.html', 'data/procurement-2567.csv', 'data/procurement-2567.json']));
    // The company's registration number is published in full.
    expect(texts.get('procurement/2567/2566-10/index.html')).toContain('0305561000123');
    // The search index holds the rows (items, winners) too.
    expect([...texts].some(([file, text]) => file.startsWith('pagefind/') && text.includes('ร้านสมใจการค้า'))).toBe(true);
  });

  it('the CSV opens as a spreadsheet would: BOM, the nine headers of the form first, six rows, exact amounts', async () => {
    const csv = await read('data/procurement-2567.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(csv.slice(1)) as string[][];
    expect(rows[0]!.slice(0, 9)).toEqual([
      'ลำดับที่',
      'งานที่จัดซื้อหรือจัดจ้าง',
      'วงเงินที่จะซื้อหรือจ้าง (บาท)',
      'ราคากลาง (บาท)',
      'วิธีซื้อหรือจ้าง',
      'รายชื่อผู้เสนอราคาและราคาที่เสนอ',
      'ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง',
      'เหตุผลที่คัดเลือกโดยสรุป',
      'เลขที่และวันที่ของสัญญาหรือข้อตกลงในการซื้อหรือจ้าง',
    ]);
    expect(rows.length).toBe(7);
    const agreed = rows[0]!.indexOf('ราคาที่ตกลงซื้อหรือจ้าง (บาท)');
    expect(rows.slice(1).map((row) => row[agreed])).toEqual(['12000.00', '44990.25', '1450000.00', '598000.00', '95000.00', '29500.75']);
  });

  it('the OCDS release package is valid against the pinned OCDS 1.1.5 release-package schema', async () => {
    const schemaDir = path.join(projectRoot, 'tests/fixtures/ocds-1.1.5');
    const releaseSchema = JSON.parse(await readFile(path.join(schemaDir, 'release-schema.json'), 'utf8'));
    const packageSchema = JSON.parse(await readFile(path.join(schemaDir, 'release-package-schema.json'), 'utf8'));
    // The schemas carry OCDS's own keywords (codelist, mergeStrategy …), which a strict validator would refuse.
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(releaseSchema);
    const validate = ajv.compile(packageSchema);
    const ocds = JSON.parse(await read('data/ocds/procurement-2567.json'));
    expect(validate(ocds), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(ocds.releases).toHaveLength(6);
    const road = ocds.releases.find((release: { ocid: string }) => release.ocid === 'ocds-t3st01-66129012345');
    expect(road).toMatchObject({
      tender: { procurementMethod: 'open', mainProcurementCategory: 'works', value: { amount: 1480000, currency: 'THB' } },
      awards: [{ value: { amount: 1450000 } }],
    });
    // A check that the validator can fail: the same package without a required field is refused.
    expect(validate({ ...ocds, releases: [{ ...ocds.releases[0], ocid: undefined }] })).toBe(false);
  });

  it('the ITAS sheet gives O21 the month pages as evidence with their URLs', async () => {
    const sheet = (JSON.parse(await read('oit/2567/itas.json')) as { items: { code: string; evidenceUrls: string[] }[] }).items;
    expect(sheet.find((row) => row.code === 'O21')?.evidenceUrls).toContain('https://www.thotlongsue.go.th/procurement/2567/2566-10/');
    const sheet2568 = (JSON.parse(await read('oit/2568/itas.json')) as { items: { code: string; evidenceUrls: string[] }[] }).items;
    expect(sheet2568.find((row) => row.code === 'O13')?.evidenceUrls).toEqual(['https://www.thotlongsue.go.th/procurement/2567/']);
  });
});

describe("a citizen's search on the built site, in Chromium", () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    // The first describe's build: vitest runs a file's describes in order.
    server = await serveStatic(out);
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The results on the page now, as site paths. */
  const paths = (tab: Page) =>
    tab.locator('#search-list > li h3 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  /** The search on the page is done (the procurement index merged, if it was). */
  const done = (tab: Page) => tab.waitForSelector('section.search-results[aria-busy="false"]', { state: 'attached' });
  /** The results of /search/?q=… once the page is no longer busy, as site paths. */
  async function resultPaths(tab: Page): Promise<string[]> {
    await done(tab);
    return paths(tab);
  }
  /** Holds every request for the procurement index until `release()`: `requested` settles at the first, `asked` lists their paths. */
  async function holdProcurementIndex(tab: Page) {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let onRequested!: () => void;
    const requested = new Promise<void>((resolve) => (onRequested = resolve));
    const asked: string[] = [];
    await tab.route('**/pagefind/procurement/**', async (route) => {
      asked.push(new URL(route.request().url()).pathname);
      onRequested();
      await held;
      await route.continue();
    });
    return { release, requested, asked };
  }

  it('the procurement pages are an index of their own, and the first index holds nothing of the rows', async () => {
    const fragments = await searchFragments();
    // O21's months and /data/'s procurement datasets link the rows' pages and files; listed in the first index, ten years
    // of them would grow every first search. The pages still show them.
    const firstText = (url: string) => fragments.find((fragment) => fragment.url === url && fragment.index === 'first')!.content;
    expect(withoutBreakMarks(await read('oit/2567/o21/index.html'))).toContain('เดือน ตุลาคม 2566');
    expect(firstText('/oit/2567/o21/')).not.toContain('ตุลาคม 2566');
    expect(withoutBreakMarks(await read('data/index.html'))).toContain('(แบบ สขร.1)');
    expect(firstText('/data/')).not.toContain('สขร.1');
    const procurementPages = fragments.filter((fragment) => fragment.url.startsWith('/procurement/'));
    expect(procurementPages.map((fragment) => fragment.url)).toEqual(
      expect.arrayContaining(['/procurement/', '/procurement/2567/', '/procurement/2567/2566-10/']),
    );
    expect(procurementPages.every((fragment) => fragment.index === 'procurement')).toBe(true);
    expect(fragments.filter((fragment) => fragment.index === 'procurement').every((fragment) => fragment.url.startsWith('/procurement/'))).toBe(true);
    // It runs on the first index's search code: it has none of its own. Its spelling words are its own: every shop named, once too.
    const own = await readdir(path.join(out, 'pagefind/procurement'));
    expect(own.filter((name) => /wasm|\.js$/.test(name))).toEqual([]);
    expect(own).toContain('pagefind-entry.json');
    const laterWords = own.filter((name) => name.endsWith('.pf_words'));
    expect(laterWords).toHaveLength(1);
    const words = gunzipSync(await readFile(path.join(out, 'pagefind/procurement', laterWords[0]!)))
      .toString('utf8')
      .split('\n');
    expect(words).toEqual(expect.arrayContaining(['สมใจการค้า', 'ทองดีก่อสร้าง', 'ช่างเอก']));
    const firstWords = (await readdir(path.join(out, 'pagefind'))).find((name) => name.endsWith('.pf_words'))!;
    expect(gunzipSync(await readFile(path.join(out, 'pagefind', firstWords))).toString('utf8')).not.toContain('สมใจการค้า');
    const searchPage = await read('search/index.html');
    expect(searchPage).toMatch(/data-search-later-index="procurement\/pagefind\.und_[0-9a-z]+\.pf_meta"/);
  });

  it("a shop found only in a month's rows is found on that month, named as typed, with no other words' pages shown first", async () => {
    const tab = await browser.newPage();
    const { release, requested, asked } = await holdProcurementIndex(tab);
    try {
      await tab.goto(`${server.origin}/search/?q=${encodeURIComponent('ร้านสมใจการค้า')}`);
      // The first index has no page with the name: the procurement index is asked for before its words' pages are shown.
      await Promise.race([requested, tab.waitForSelector('section.search-results[aria-busy="false"]', { state: 'attached', timeout: 60_000 })]);
      expect(asked.length).toBeGreaterThan(0);
      expect(await tab.locator('#search-list > li').count()).toBe(0);
      expect(await tab.locator('#search-note').isVisible()).toBe(false);
      release();
      expect(await resultPaths(tab)).toEqual(['/procurement/2567/2566-10/']);
      // A result says what it is, as a document's does: procurement, of its fiscal year; the kind filter offers it.
      expect(await tab.locator('#search-list > li .meta').first().innerText()).toBe('การจัดซื้อจัดจ้าง · ตุลาคม 2566');
      expect(await tab.locator('select[name="kind"] option[value="procurement"]').count()).toBe(1);
      await tab.goto(`${server.origin}/search/?q=${encodeURIComponent('ร้านสมใจการค้า')}&kind=procurement&year=2567`);
      expect(await resultPaths(tab)).toEqual(['/procurement/2567/2566-10/']);
      await tab.goto(`${server.origin}/search/?q=${encodeURIComponent('ร้านสมใจการค้า')}&kind=document`);
      expect(await resultPaths(tab)).toEqual([]);
      // A fiscal year typed with the name: the month of that fiscal year (ตุลาคม 2566 is in 2567).
      await tab.goto(`${server.origin}/search/?q=${encodeURIComponent('ร้านสมใจการค้า ปีงบประมาณ 2567')}`);
      expect(await resultPaths(tab)).toEqual(['/procurement/2567/2566-10/']);
      await tab.goto(`${server.origin}/search/?q=${encodeURIComponent('ทองดีก่อสร้าง')}`);
      expect(await resultPaths(tab)).toContain('/procurement/2567/2566-12/');
      expect(await tab.locator('#search-note').isVisible()).toBe(false);
    } finally {
      await tab.close();
    }
  });

  it("a slip in a shop's name is searched as the name the rows hold, its words read only once the procurement index is merged", async () => {
    const tab = await browser.newPage();
    const wordFiles: string[] = [];
    tab.on('request', (request) => {
      if (request.url().endsWith('.pf_words')) wordFiles.push(new URL(request.url()).pathname);
    });
    try {
      // A name found as typed reads no spelling words at all.
      await tab.goto(`${server.origin}/search/?q=${encodeURIComponent('ร้านสมใจการค้า')}`);
      expect(await resultPaths(tab)).toEqual(['/procurement/2567/2566-10/']);
      expect(wordFiles).toEqual([]);
      // A tone mark slipped (่ for ้, twice), a final consonant of the same sound (ด for ช).
      for (const [typed, meant, month] of [
        ['สมใจการค่า', 'สมใจการค้า', '/procurement/2567/2566-10/'],
        ['ทองดีก่อสร่าง', 'ทองดีก่อสร้าง', '/procurement/2567/2566-12/'],
        ['ไอทีโคราด', 'ไอทีโคราช', '/procurement/2567/2567-01/'],
      ] as const) {
        await tab.goto(`${server.origin}/search/?q=${encodeURIComponent(typed)}`);
        const found = await resultPaths(tab);
        expect(found.length, typed).toBeGreaterThan(0);
        expect(
          found.every((found) => found.startsWith('/procurement/')),
          typed,
        ).toBe(true);
        expect(found, typed).toContain(month);
        expect(await tab.locator('#search-note').innerText(), typed).toContain(`“${meant}”`);
      }
      expect(wordFiles.some((file) => file.startsWith('/pagefind/procurement/'))).toBe(true);
    } finally {
      await tab.close();
    }
  });

  it('a word found on other pages shows them first, without waiting for the procurement index, then adds the months that hold it', async () => {
    const tab = await browser.newPage();
    const { release, asked: laterRequests } = await holdProcurementIndex(tab);
    try {
      // "รายงาน" (report): the OIT catalogue's report items, and the procurement year's report and the landing page.
      await tab.goto(`${server.origin}/search/?q=${encodeURIComponent('รายงาน')}`);
      await tab.waitForSelector('#search-list > li');
      const first = await paths(tab);
      expect(first.length).toBeGreaterThanOrEqual(3);
      expect(first.some((found) => found.startsWith('/procurement/'))).toBe(false);
      release();
      await tab.waitForFunction(() =>
        [...document.querySelectorAll('#search-list > li h3 a')].some((link) => new URL((link as HTMLAnchorElement).href).pathname.startsWith('/procurement/')),
      );
      while (await tab.locator('#search-more').isVisible()) {
        const count = await tab.locator('#search-list > li').count();
        await tab.click('#search-more');
        await tab.waitForFunction((before) => document.querySelectorAll('#search-list > li').length > before, count);
      }
      const all = await resultPaths(tab);
      expect(all).toEqual(expect.arrayContaining(['/procurement/', '/procurement/2567/']));
      // The first results are still there: the procurement pages are added, none taken away.
      expect(all).toEqual(expect.arrayContaining(first));
      expect(laterRequests.some((request) => request.endsWith('.pf_meta'))).toBe(true);
    } finally {
      await tab.close();
    }
  });

  describe('when things go wrong', () => {
    it('one failed download of the procurement index leaves every later search working (without the procurement pages)', async () => {
      const tab = await browser.newPage();
      let failed = false;
      await tab.route('**/pagefind/procurement/pagefind-entry.json*', async (route) => {
        if (failed) return route.continue();
        failed = true;
        return route.abort('connectionreset');
      });
      try {
        await tab.goto(`${server.origin}/search/?q=${encodeURIComponent('ร้านสมใจการค้า')}`);
        await done(tab);
        expect(failed).toBe(true);
        // The search box, not the address: the same page, whose Pagefind took the failed index in.
        await tab.fill('#search-q', 'รายงาน');
        await tab.press('#search-q', 'Enter');
        await tab.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes('รายงาน'));
        await done(tab);
        expect(await tab.locator('#search-status').innerText()).toMatch(/^พบ \d+ รายการ/);
        expect((await paths(tab)).some((found) => found.startsWith('/oit/'))).toBe(true);
      } finally {
        await tab.close();
      }
    });

    it('filters alone list the procurement pages they allow', async () => {
      const tab = await browser.newPage();
      try {
        await tab.goto(`${server.origin}/search/?kind=procurement&year=2567`);
        await done(tab);
        expect(await paths(tab)).toEqual(expect.arrayContaining(['/procurement/2567/', '/procurement/2567/2566-10/']));
      } finally {
        await tab.close();
      }
    });

    it('a shop filtered out is not "corrected" to other words: nothing found, with the way to search without the filter', async () => {
      const tab = await browser.newPage();
      try {
        await tab.goto(`${server.origin}/search/?q=${encodeURIComponent('ร้านสมใจการค้า')}&kind=document`);
        await done(tab);
        expect(await paths(tab)).toEqual([]);
        expect(await tab.locator('#search-note').isVisible()).toBe(false);
        expect(await tab.locator('#search-help-filters').isVisible()).toBe(true);
      } finally {
        await tab.close();
      }
    });

    it('the redraw over the procurement index keeps every result opened with "more", and the focus', async () => {
      const tab = await browser.newPage();
      const { release } = await holdProcurementIndex(tab);
      try {
        // "ปีงบประมาณ" (fiscal year): more than ten of the catalogue's pages, then the procurement landing and year pages.
        await tab.goto(`${server.origin}/search/?q=${encodeURIComponent('ปีงบประมาณ')}`);
        await tab.waitForSelector('#search-list > li');
        await tab.click('#search-more');
        await tab.waitForFunction(() => document.querySelectorAll('#search-list > li').length > 10);
        const opened = await paths(tab);
        const last = tab.locator('#search-list > li h3 a').last();
        await last.focus();
        const focusedHref = await last.getAttribute('href');
        release();
        await tab.waitForFunction(() => [...document.querySelectorAll('#search-list > li h3 a')].some((link) => link.getAttribute('href') === '/procurement/'));
        await done(tab);
        const after = await paths(tab);
        expect(after.length).toBeGreaterThanOrEqual(opened.length);
        expect(after).toEqual(expect.arrayContaining(opened));
        expect(await tab.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(focusedHref);
      } finally {
        await tab.close();
      }
    });
  });
});

describe('the same year with row pages turned off (site.yaml procurement.noRowPages: true)', () => {
  it('builds no row pages, links none, and search finds the rows on their month page', async () => {
    const site = await copyFixtureSite('procurement-year', 'procurement-build-no-row-pages');
    try {
      await site.edit('content/site.yaml', (text) => text.replace('procurement:\n', 'procurement:\n  noRowPages: true\n'));
      const offDir = '.prongsai/test-out/procurement-build-no-row-pages/dist';
      const built = await runBuild(site.contentDirFromProject, offDir);
      expect(built.code, built.stderr).toBe(0);
      const offOut = path.join(projectRoot, offDir);
      const october = await readFile(path.join(offOut, 'procurement/2567/2566-10/index.html'), 'utf8');
      expect(october).not.toContain('/procurement/2567/2566-10/order-1-2567/');
      expect((await readdir(path.join(offOut, 'procurement/2567/2566-10'))).sort()).toEqual(['index.html']);
      const holding = (await searchFragments(offOut)).filter((fragment) => fragment.content.includes('ร้านสมใจการค้า')).map((fragment) => fragment.url);
      expect(holding).toEqual(['/procurement/2567/2566-10/']);
    } finally {
      await site.remove();
    }
  }, 120_000);
});
