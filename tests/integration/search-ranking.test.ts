/**
 * Search ranking on a fixture agency, in Chromium on the built /search/ page, with expectations written from what a
 * citizen needs, not from today's output: a short page about a phrase comes before a long page that mentions it as
 * often or more (length-normalized relevance), whatever the kinds of the two pages; the agency's own pages come before
 * the OIT catalogue's item pages; other ITA years' catalogue pages stay out unless the kind filter asks for them.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { copyFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { copyFixtureSite, projectRoot, type ScratchSite } from '../../scripts/lib/fixture-site.ts';
import { runBuild } from '../helpers/run-build.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { launchChromium } from '../../scripts/lib/browser.ts';

const outDir = '.prongsai/test-out/search-ranking-test/dist';
let site: ScratchSite;
let server: StaticServer;
let browser: Browser;
let page: Page;

/** Sentences of an ordinary annual report that say none of the searched phrases. */
const reportSentences = [
  'กองช่างได้ดำเนินการซ่อมแซมถนนลูกรังภายในตำบลให้สามารถสัญจรได้สะดวกตลอดทั้งปี',
  'กองคลังได้จัดเก็บภาษีที่ดินและสิ่งปลูกสร้างตามแผนที่กำหนดไว้และรายงานผลต่อผู้บริหาร',
  'สำนักปลัดได้จัดฝึกอบรมพนักงานส่วนตำบลเรื่องการปฏิบัติงานด้วยความซื่อสัตย์สุจริต',
  'กองการศึกษาได้สนับสนุนอาหารกลางวันและอาหารเสริมนมให้แก่ศูนย์พัฒนาเด็กเล็กทุกแห่ง',
  'งานป้องกันและบรรเทาสาธารณภัยได้ออกช่วยเหลือผู้ประสบภัยจากน้ำท่วมในฤดูฝน',
  'กองสาธารณสุขได้รณรงค์ป้องกันโรคไข้เลือดออกโดยกำจัดแหล่งเพาะพันธุ์ยุงลาย',
];

/** A long report: `paragraphs` paragraphs of ordinary sentences, `phrase` written into `mentions` of them. */
function longReport(paragraphs: number, phrase: string, mentions: number): string {
  const lines: string[] = [];
  for (let index = 0; index < paragraphs; index += 1) {
    const sentences = reportSentences.map((_, offset) => reportSentences[(index + offset) % reportSentences.length]!);
    if (index % Math.floor(paragraphs / mentions) === 1 && lines.filter((line) => line.includes(phrase)).length < mentions)
      sentences.splice(2, 0, `ทั้งนี้ได้นำผล${phrase}มาประกอบการพิจารณา`);
    lines.push(sentences.join(' '));
  }
  return lines.join('\n\n');
}

beforeAll(async () => {
  site = await copyFixtureSite('minimal', 'search-ranking-test');
  // The example's catalogue of ITA 2566 too (with the document types it names): an earlier year's items, out of the default results.
  await copyFile(path.join(projectRoot, 'content/oit/2566.yaml'), path.join(site.root, 'content/oit/2566.yaml'));
  await copyFile(path.join(projectRoot, 'content/document-types.yaml'), path.join(site.root, 'content/document-types.yaml'));
  await site.edit(
    'content/document-types.yaml',
    (text) => `${text.trimEnd()}\n  - id: annual-operations-report\n    th: รายงานผลการดำเนินงานประจำปี\n    en: Annual operations report\n`,
  );
  // Pair 1: a short measure says เวทีประชาคม twice; a long report (no title match either) says it three times.
  await site.write(
    'content/measures/2567/public-participation.md',
    [
      '---',
      'title: มาตรการส่งเสริมการมีส่วนร่วมของประชาชน',
      'fiscalYear: 2567',
      'stage: implemented',
      'category: public-disclosure',
      'steps:',
      '  - จัดเวทีประชาคมทุกหมู่บ้านก่อนจัดทำแผนพัฒนาท้องถิ่น',
      '  - สรุปข้อเสนอจากเวทีประชาคมและแจ้งผลให้ประชาชนทราบ',
      'responsibleUnit: สำนักปลัด',
      '---',
      'ประชาชนเสนอโครงการได้ด้วยตนเอง',
      '',
    ].join('\n'),
  );
  await site.write(
    'content/documents/2567/annual-operations-report.md',
    [
      '---',
      'title: รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2567',
      'type: annual-operations-report',
      'fiscalYear: 2567',
      'published: 2567-10-15',
      '---',
      longReport(40, 'เวทีประชาคม', 3),
      '',
    ].join('\n'),
  );
  // Pair 2: a short news item and a long policy page each say ถังขยะเปียก once.
  await site.write(
    'content/news/wet-waste-bins.md',
    ['---', 'title: แจกอุปกรณ์คัดแยกขยะให้ครัวเรือน', 'date: 2567-03-05', '---', 'อบต.ทดสอบแจกถังขยะเปียกให้ครัวเรือนที่ลงทะเบียนไว้', ''].join('\n'),
  );
  await site.write('content/pages/environment-policy.md', ['---', 'title: นโยบายด้านสิ่งแวดล้อม', '---', longReport(30, 'ถังขยะเปียก', 1), ''].join('\n'));
  await rm(path.join(projectRoot, outDir), { recursive: true, force: true });
  const run = await runBuild(site.contentDirFromProject, outDir);
  if (run.code !== 0) throw new Error(`the ranking fixture did not build (exit ${run.code})\n${run.stdout}\n${run.stderr}`);
  server = await serveStatic(path.join(projectRoot, outDir));
  browser = await launchChromium();
  page = await browser.newPage();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.remove();
  await rm(path.dirname(path.join(projectRoot, outDir)), { recursive: true, force: true });
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
