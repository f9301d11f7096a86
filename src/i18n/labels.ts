/** Thai names of the site's vocabulary: one label per value of each enum, shared by pages, exports and messages. */
import type { DocumentType } from '../schemas/document-types.ts';
import type { MeasureCategory, MeasureStage } from '../schemas/measure.ts';
import type { DeclarationKind } from '../schemas/declaration.ts';
import type { PeriodRequirement, ItaTool } from '../schemas/oit-catalogue.ts';
import type { ReportRound } from '../schemas/document.ts';

export type { ReportRound };

export const measureCategoryLabels: Record<MeasureCategory, string> = {
  'anti-bribery': 'ป้องกันการรับสินบน',
  'conflict-of-interest': 'ป้องกันผลประโยชน์ทับซ้อน',
  'procurement-transparency': 'ความโปร่งใสในการจัดซื้อจัดจ้าง',
  'discretion-oversight': 'ตรวจสอบการใช้ดุลพินิจ',
  'public-disclosure': 'เผยแพร่ข้อมูลต่อสาธารณะ',
  'no-gift': 'ไม่รับของขวัญ (No Gift Policy)',
  other: 'อื่น ๆ',
};

export const measureStageLabels: Record<MeasureStage, string> = {
  recommended: 'เสนอจากการวิเคราะห์ผล ITA',
  implemented: 'ดำเนินการแล้ว',
};

export const declarationKindLabels: Record<DeclarationKind, string> = {
  'no-gift-policy': 'นโยบายไม่รับของขวัญ (No Gift Policy)',
  'integrity-intent': 'เจตจำนงสุจริตของผู้บริหาร',
};

/** How long a report round runs; sentences that list rounds after "รอบ" use this alone. */
export const roundLengthLabels: Record<ReportRound, string> = {
  '3-month': '3 เดือน',
  '6-month': '6 เดือน',
  '9-month': '9 เดือน',
  '12-month': '12 เดือน',
};

/** A quarter of the fiscal year as a page names it: 'ไตรมาสที่ 2 (มกราคม–มีนาคม)'. */
export const quarterLabels: Record<1 | 2 | 3 | 4, string> = {
  1: 'ไตรมาสที่ 1 (ตุลาคม–ธันวาคม)',
  2: 'ไตรมาสที่ 2 (มกราคม–มีนาคม)',
  3: 'ไตรมาสที่ 3 (เมษายน–มิถุนายน)',
  4: 'ไตรมาสที่ 4 (กรกฎาคม–กันยายน)',
};

/** A report round as a heading or table cell names it: 'รอบ 6 เดือน'. */
export function roundLabel(round: ReportRound): string {
  return `รอบ ${roundLengthLabels[round]}`;
}

export const periodRequirementLabels: Record<PeriodRequirement, string> = {
  standing: 'ข้อมูลปัจจุบัน (ไม่จำกัดปี)',
  'fiscal-year': 'ของปีงบประมาณที่ประเมิน',
  'first-half': 'รายงานรอบ 6 เดือนแรกของปีงบประมาณ',
  monthly: 'ทุกเดือนของปีงบประมาณที่ผ่านมาแล้ว',
  'previous-fiscal-year': 'รายงานของปีงบประมาณก่อนหน้า',
};

export const toolLabels: Record<ItaTool, string> = {
  IIT: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน',
  EIT: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก',
  OIT: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ',
};

/** Thai label of a document type, falling back to its id so a page never shows a blank. */
export function documentTypeLabel(types: readonly DocumentType[], id: string): string {
  return types.find((type) => type.id === id)?.th ?? id;
}

/** The words Thai post puts before each part of an address. */
export const addressPartLabels = {
  subdistrict: 'ตำบล',
  district: 'อำเภอ',
  province: 'จังหวัด',
} as const;

export type FileKind = 'pdf' | 'word' | 'excel' | 'powerpoint' | 'csv' | 'odt' | 'ods' | 'odp' | 'image' | 'zip' | 'text' | 'unknown';

/** Short label a citizen recognises, shown next to a download link. */
export const fileKindLabels: Record<FileKind, string> = {
  pdf: 'PDF',
  word: 'Word',
  excel: 'Excel',
  powerpoint: 'PowerPoint',
  csv: 'CSV',
  odt: 'ODT',
  ods: 'ODS',
  odp: 'ODP',
  image: 'รูปภาพ',
  zip: 'ZIP',
  text: 'ข้อความ',
  unknown: 'ไฟล์',
};

/** Unit for sizes under 1 KB; KB, MB… are written the same in Thai. */
export const byteUnitLabel = 'ไบต์';

/** zod's names for the JSON types, as staff call them in "expected … got …" messages. */
export const valueTypeLabels: Record<string, string> = {
  string: 'ข้อความ',
  number: 'ตัวเลข',
  boolean: 'ค่าจริง/เท็จ (true หรือ false)',
  array: 'รายการ',
  object: 'กลุ่มช่องข้อมูล',
  date: 'วันที่',
  undefined: 'ค่าว่าง',
  null: 'ค่าว่าง',
};

/** zod's string formats, with an example where one helps. */
export const stringFormatLabels: Record<string, { th: string; example?: string }> = {
  email: { th: 'อีเมล', example: 'saraban@example.go.th' },
  url: { th: 'ที่อยู่เว็บ ขึ้นต้นด้วย https://', example: 'https://www.example.go.th' },
  regex: { th: 'ตัวอักษรที่ใช้ได้' },
};
