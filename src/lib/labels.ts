import type { DocumentType } from '../schemas/document-types.ts';
import type { MeasureCategory, MeasureStage } from '../schemas/measure.ts';
import type { DeclarationKind } from '../schemas/declaration.ts';
import type { PeriodRequirement, ItaTool } from '../schemas/oit-catalogue.ts';

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

export const roundLabels: Record<'6-month' | '12-month', string> = {
  '6-month': 'รอบ 6 เดือน',
  '12-month': 'รอบ 12 เดือน',
};

export const periodRequirementLabels: Record<PeriodRequirement, string> = {
  standing: 'ข้อมูลปัจจุบัน (ไม่จำกัดปี)',
  'fiscal-year': 'ของปีงบประมาณที่ประเมิน',
  'first-half': 'รายงานรอบ 6 เดือนแรกของปีงบประมาณ',
  monthly: 'ทุกเดือนของปีงบประมาณที่ผ่านมาแล้ว',
  'previous-fiscal-year': 'รายงานของปีงบประมาณก่อนหน้า',
};

export const toolLabels: Record<ItaTool, { short: string; th: string }> = {
  IIT: { short: 'IIT', th: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน' },
  EIT: { short: 'EIT', th: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก' },
  OIT: { short: 'OIT', th: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ' },
};

/** Thai label of a document type, falling back to its id so a page never shows a blank. */
export function documentTypeLabel(types: readonly DocumentType[], id: string): string {
  return types.find((type) => type.id === id)?.th ?? id;
}
