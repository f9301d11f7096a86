/**
 * Example values of fields, written as a line of the file takes them: the fix of a missing field ("add after line 3:
 * fiscalYear: 2567") and the editor's hints use the same examples. By field name; a name not here is given an example
 * from its kind of value (a date, a year, a choice).
 */
export const fieldExamples: Record<string, string> = {
  title: '"ชื่อเรื่องตามที่เขียนในเอกสาร"',
  type: 'procurement-plan',
  file: 'plan-2567.pdf',
  summary: '"สรุปสาระสำคัญในหนึ่งหรือสองประโยค"',
  name: '"นายสมชาย ใจดี"',
  position: '"นายกองค์การบริหารส่วนตำบล"',
  responsibleUnit: '"สำนักปลัด"',
  steps: '["ขั้นตอนที่ 1"]',
  guidelines: '["แนวทางที่ 1"]',
  question: '"คำถามจากประชาชน"',
  source: '"ระบบ ITAS ปี 2567"',
  reportedTotal: '85.50',
  reportedLevel: 'A',
  note: '"แก้ไขตัวเลขในตารางที่ 2"',
  text: '"ข้อความตามที่เขียนในรายงาน"',
  description: '"คำอธิบายสั้น ๆ ของหน้านี้"',
  labelAsReported: '"การใช้งบประมาณ"',
  indicator: '9',
  number: '9',
  score: '85.50',
};

/** Examples by kind of value, for fields with no example of their own. */
export const valueKindExamples = {
  date: '2567-09-20',
  month: '2567-09',
  beYear: '2567',
  text: '"…"',
  number: '1',
  boolean: 'false',
};
