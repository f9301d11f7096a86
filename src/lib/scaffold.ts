import type { DocumentType } from '../schemas/document-types.ts';
import { fiscalYearOfIso, ceYearToBe } from './thai-date.ts';

export const scaffoldKinds = ['document', 'measure', 'declaration', 'news', 'qa'] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

export const scaffoldKindLabels: Record<ScaffoldKind, string> = {
  document: 'เอกสารเผยแพร่ (แผน รายงาน ประกาศ สรุปผล)',
  measure: 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส',
  declaration: 'ประกาศเจตนารมณ์ / นโยบาย No Gift Policy',
  news: 'ข่าวประชาสัมพันธ์',
  qa: 'ถาม-ตอบ (Q&A)',
};

export interface ScaffoldOptions {
  /** Today's date, CE ISO (Bangkok) */
  today: string;
  documentTypes: readonly DocumentType[];
  /** For documents: the type id */
  documentType?: string;
}

export interface Scaffold {
  /** Path below content/, e.g. documents/2570/procurement-plan-2569-11-24.md */
  path: string;
  text: string;
  /** What staff still have to fill in, in Thai */
  fillIn: string[];
}

/** A CE ISO date written as staff write it: with the Buddhist-era year. */
export function toBeDate(iso: string): string {
  return `${ceYearToBe(Number(iso.slice(0, 4)))}${iso.slice(4)}`;
}

/** A valid skeleton for a new entry: today's date, the current fiscal year, and comments saying what to fill in. */
export function scaffoldEntry(kind: ScaffoldKind, options: ScaffoldOptions): Scaffold {
  const fiscalYear = fiscalYearOfIso(options.today);
  const date = toBeDate(options.today);
  switch (kind) {
    case 'document': {
      const type = options.documentTypes.find((candidate) => candidate.id === options.documentType);
      if (!type) throw new Error(`unknown document type: ${options.documentType ?? '(none)'}`);
      const typeList = options.documentTypes.filter((candidate) => candidate.source === 'documents').map((candidate) => `#   ${candidate.id}: ${candidate.th}`);
      return {
        path: `documents/${fiscalYear}/${type.id}-${date}.md`,
        text: [
          '---',
          `# ${type.th}`,
          'title: "ชื่อเอกสาร (แก้ไข)"',
          `type: ${type.id}`,
          '# ประเภทเอกสารที่ใช้ได้ (document types):',
          ...typeList,
          `fiscalYear: ${fiscalYear}`,
          '# วันที่เผยแพร่ ใช้ปี พ.ศ. (ปปปป-ดด-วว)',
          `published: ${date}`,
          '# รอบรายงาน (ถ้ามี): 6-month หรือ 12-month; รายงานรายเดือนใส่ month: ปปปป-ดด',
          '# period:',
          '#   round: 6-month',
          'summary: "สรุปสั้น ๆ หนึ่งถึงสองประโยค (แก้ไข)"',
          '# ไฟล์แนบ: วางไฟล์ไว้ในโฟลเดอร์เดียวกับไฟล์นี้ ชื่อไฟล์ใช้ a-z 0-9 - เท่านั้น',
          'attachments: []',
          '#  - file: ชื่อไฟล์.pdf',
          '#    title: ชื่อที่แสดงให้ประชาชนเห็น',
          '---',
          '',
          'เนื้อหาของเอกสาร (ไม่บังคับ)',
          '',
        ].join('\n'),
        fillIn: ['title: ชื่อเอกสาร', 'summary: สรุปสั้น ๆ', 'attachments: ไฟล์ PDF ของเอกสาร (วางไว้ในโฟลเดอร์เดียวกัน)', 'period: รอบรายงานหรือเดือน ถ้าเป็นรายงานตามรอบ'],
      };
    }
    case 'measure':
      return {
        path: `measures/${fiscalYear}/measure-${date}.md`,
        text: [
          '---',
          'title: "ชื่อมาตรการ (แก้ไข)"',
          `fiscalYear: ${fiscalYear}`,
          '# recommended = เสนอจากการวิเคราะห์ผล ITA; implemented = ดำเนินการแล้ว',
          'stage: recommended',
          '# หมวด: anti-bribery, conflict-of-interest, procurement-transparency, discretion-oversight, public-disclosure, no-gift, other',
          'category: other',
          'steps:',
          '  - "ขั้นตอนที่ 1 (แก้ไข)"',
          'responsibleUnit: "สำนักปลัด (แก้ไข)"',
          '# ระยะเวลา เช่น "ต.ค.66-ก.ย.67"',
          `period: "ต.ค.${String(fiscalYear - 1).slice(2)}-ก.ย.${String(fiscalYear).slice(2)}"`,
          'rounds:',
          '  - round: 6-month',
          '  - round: 12-month',
          '---',
          '',
        ].join('\n'),
        fillIn: ['title: ชื่อมาตรการ', 'steps: ขั้นตอนการดำเนินการ', 'responsibleUnit: หน่วยงานที่รับผิดชอบ', 'rounds: ผลการดำเนินการเมื่อครบรอบ (result, date)'],
      };
    case 'declaration':
      return {
        path: `declarations/${fiscalYear}/no-gift-policy-${fiscalYear}.md`,
        text: [
          '---',
          `title: "ประกาศเจตนารมณ์นโยบายไม่รับของขวัญและของกำนัลจากการปฏิบัติหน้าที่ (No Gift Policy) ประจำปี ${fiscalYear}"`,
          '# no-gift-policy หรือ integrity-intent',
          'kind: no-gift-policy',
          `fiscalYear: ${fiscalYear}`,
          'declaredBy:',
          '  position: "ตำแหน่งผู้บริหาร (แก้ไข)"',
          `date: ${date}`,
          '# ไฟล์ฉบับลงนาม (วางไว้ในโฟลเดอร์เดียวกัน)',
          '# signed:',
          '#   file: no-gift-policy-signed.pdf',
          '#   title: ประกาศฉบับลงนาม',
          '---',
          '',
          'ข้อความประกาศ (แก้ไข)',
          '',
        ].join('\n'),
        fillIn: ['declaredBy.position: ตำแหน่งผู้ประกาศ', 'signed: ไฟล์ฉบับลงนาม', 'ข้อความประกาศใต้เส้น ---'],
      };
    case 'news':
      return {
        path: `news/news-${date}.md`,
        text: ['---', 'title: "หัวข้อข่าว (แก้ไข)"', `date: ${date}`, 'summary: "สรุปข่าวหนึ่งประโยค (แก้ไข)"', '---', '', 'เนื้อหาข่าว (แก้ไข)', ''].join('\n'),
        fillIn: ['title: หัวข้อข่าว', 'summary: สรุปข่าว', 'เนื้อหาข่าวใต้เส้น ---'],
      };
    case 'qa':
      return {
        path: `qa/question-${date}.md`,
        text: ['---', 'question: "คำถาม (แก้ไข)"', `asked: ${date}`, `answered: ${date}`, '---', '', 'คำตอบ (แก้ไข)', ''].join('\n'),
        fillIn: ['question: คำถาม', 'คำตอบใต้เส้น ---'],
      };
  }
}

/** `name.md`, or `name-2.md`, `name-3.md`… when taken. */
export function firstFreePath(path: string, exists: (candidate: string) => boolean): string {
  if (!exists(path)) return path;
  const stem = path.replace(/\.md$/, '');
  for (let counter = 2; ; counter++) {
    const candidate = `${stem}-${counter}.md`;
    if (!exists(candidate)) return candidate;
  }
}
