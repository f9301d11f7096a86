/** Calendar words; kept apart from labels.ts so the date code can use them without importing the schemas. */

/** 'ปีงบประมาณ พ.ศ. 2567' */
export function fiscalYearLabel(fiscalYear: number): string {
  return `ปีงบประมาณ พ.ศ. ${fiscalYear}`;
}

/** Month names as agencies type them in reports; display uses Intl th-TH, which spells them the same. */
export const thaiMonthNames = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const;
export const thaiMonthAbbreviations = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'] as const;

/** Words people type around a date that carry no value: "วันที่ 20 กันยายน พ.ศ. 2567". */
export const typedDateLeadIn = /^(?:วัน(?:ที่)?\s*)/;
export const typedEraWords = /(?:พ\.?\s?ศ\.?|ค\.?\s?ศ\.?)\s*/g;
