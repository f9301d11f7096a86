/**
 * The fixture sites several integration files build alike, each built once per test run (tests/helpers/shared-build.ts).
 * Each change below says which file needs it; none of them changes a page another file's assertions read.
 */
import { createHash } from 'node:crypto';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot, type ScratchSite } from '../../scripts/lib/fixture-site.ts';
import { longScanPages } from '../../scripts/lib/long-scan.ts';
import { formatScanText } from '../../src/lib/ocr/scan-text-file.ts';
import { tinyPdf } from './tiny-pdf.ts';

export interface SharedSite {
  /** The fixture under tests/fixtures/sites the site starts from */
  fixture: string;
  /** Changes made to the copy before it is built */
  prepare(site: ScratchSite): Promise<void>;
  /** Environment of the build */
  env?: Record<string, string>;
}

/** The day the shared minimal build judges OIT statuses on (verify.test.ts compares builds of that day). */
export const minimalAsOf = '2024-06-30';

/** long-scan-build.test.ts: a 300-page scan, with its machine-read text, attached to the January procurement summary. */
export const longScan = {
  document: 'documents/2567/procurement-2567-01',
  file: 'procurement-2567-01.pdf',
  pages: longScanPages(300, { page: 250, word: 'กระเบื้องมุงหลังคา' }),
};

/** Sentences of an ordinary annual report that say none of the phrases search-ranking.test.ts searches for. */
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

/** citizen-pages.test.ts: publishing.showOitGaps, and two change notes written by staff on the procurement plan. */
async function citizenPagesChanges(site: ScratchSite): Promise<void> {
  await site.edit('content/site.yaml', (yaml) => `${yaml}\npublishing:\n  showOitGaps: true\n`);
  await site.edit('content/documents/2567/procurement-plan.md', (markdown) =>
    markdown.replace(
      'summary:',
      'changes:\n  - { date: 2566-11-02, note: "แก้ไขวงเงินโครงการที่ 3 ให้ตรงกับประกาศ" }\n  - { date: 2567-01-15, note: "เพิ่มไฟล์แผนฉบับปรับปรุง" }\nsummary:',
    ),
  );
}

/** search-index.test.ts: a signed copy of the No Gift declaration that is a scan without a text layer (and no machine-read text). */
async function searchIndexChanges(site: ScratchSite): Promise<void> {
  await copyFile(path.join(projectRoot, 'tests/fixtures/pdf/scanned-declaration.pdf'), path.join(site.root, 'content/declarations/2567/no-gift-signed.pdf'));
  await site.edit('content/declarations/2567/no-gift.md', (text) =>
    text.replace('fiscalYear: 2567\n', 'fiscalYear: 2567\nsigned:\n  file: no-gift-signed.pdf\n  title: ฉบับลงนาม\n'),
  );
}

/** long-scan-build.test.ts: the scan (a PDF without a text layer) and the text `npm run ocr` would write beside it. */
async function longScanChanges(site: ScratchSite): Promise<void> {
  const scan = tinyPdf();
  const folder = `content/${path.dirname(longScan.document)}`;
  await site.write(`${folder}/${longScan.file}`, scan);
  const sha256 = createHash('sha256').update(scan).digest('hex');
  await site.write(`${folder}/${longScan.file}.ocr.txt`, formatScanText(longScan.file, { sha256, pageCount: 300, engine: 'test', pages: longScan.pages }));
  await site.edit(`content/${longScan.document}.md`, (markdown) =>
    markdown.replace('published:', `attachments:\n  - file: ${longScan.file}\n    title: สรุปผลการจัดซื้อจัดจ้าง (ฉบับสแกน)\npublished:`),
  );
}

/**
 * search-ranking.test.ts: the example's catalogue of ITA 2566 (with the document types it names), an earlier year's
 * items kept out of the default results; and two pairs of a short page about a phrase and a long page that mentions it
 * as often or more.
 */
async function searchRankingChanges(site: ScratchSite): Promise<void> {
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
}

/** Every shared site, by name. */
export const sharedSites = {
  /**
   * The minimal fixture as it is, judged on minimalAsOf: build.test.ts (a build that succeeds, then the output a failing
   * build must leave alone), new-command.test.ts (the previous output) and verify.test.ts (the older build).
   */
  minimal: { fixture: 'minimal', prepare: async () => undefined, env: { PRONGSAI_AS_OF: minimalAsOf } },
  /** The minimal fixture with what citizen-pages, search-index, long-scan-build and search-ranking test (above). */
  minimalPublished: {
    fixture: 'minimal',
    prepare: async (site: ScratchSite) => {
      await citizenPagesChanges(site);
      await searchIndexChanges(site);
      await longScanChanges(site);
      await searchRankingChanges(site);
    },
  },
} satisfies Record<string, SharedSite>;
