import { describe, it, expect } from 'vitest';
import { documentSchema } from '../../src/schemas/document.ts';
import { measureSchema } from '../../src/schemas/measure.ts';
import { declarationSchema } from '../../src/schemas/declaration.ts';
import { siteSchema } from '../../src/schemas/site.ts';

const document = { title: 'แผนการจัดซื้อจัดจ้าง', type: 'procurement-plan', fiscalYear: 2567 };
const measure = { title: 'มาตรการ', fiscalYear: 2567, stage: 'implemented', category: 'other', steps: ['ขั้นที่ 1'], responsibleUnit: 'สำนักปลัด' };
const declaration = { title: 'ประกาศ', kind: 'no-gift-policy', fiscalYear: 2567, declaredBy: { position: 'นายก' } };

describe('change notes (`changes`) in documents, measures and declarations', () => {
  it.each([
    ['document', documentSchema, document],
    ['measure', measureSchema, measure],
    ['declaration', declarationSchema, declaration],
  ] as const)('%s: optional, BE or CE dates stored as CE', (_name, schema, base) => {
    expect(schema.parse(base).changes).toBeUndefined();
    const parsed = schema.parse({
      ...base,
      changes: [
        { date: '2567-03-01', note: 'แก้ไขตัวเลขในตารางที่ 2' },
        { date: '2024-04-02', note: 'เพิ่มไฟล์แนบ' },
      ],
    });
    expect(parsed.changes).toEqual([
      { date: '2024-03-01', note: 'แก้ไขตัวเลขในตารางที่ 2' },
      { date: '2024-04-02', note: 'เพิ่มไฟล์แนบ' },
    ]);
  });

  it('refuses a note without text, an impossible date and an unknown key', () => {
    expect(documentSchema.safeParse({ ...document, changes: [{ date: '2567-03-01', note: ' ' }] }).success).toBe(false);
    expect(documentSchema.safeParse({ ...document, changes: [{ date: '2567-02-30', note: 'แก้ไข' }] }).success).toBe(false);
    expect(documentSchema.safeParse({ ...document, changes: [{ date: '2567-03-01', note: 'แก้ไข', commit: 'abc' }] }).success).toBe(false);
  });
});

describe('publishing.showOitGaps in site.yaml', () => {
  const site = {
    name: { th: 'อบต.ทดสอบ' },
    shortName: 'อบต.ทดสอบ',
    kind: 'อบต.',
    siteUrl: 'https://example.go.th',
    address: { subdistrict: 'ก', district: 'ข', province: 'ค' },
  };
  it('is off unless the agency turns it on, and a site.yaml without it still validates', () => {
    expect(siteSchema.parse(site).publishing.showOitGaps ?? false).toBe(false);
    expect(siteSchema.parse({ ...site, publishing: { maxAttachmentMb: 10 } }).publishing).toEqual({ maxAttachmentMb: 10 });
    expect(siteSchema.parse({ ...site, publishing: { showOitGaps: true } }).publishing).toEqual({ maxAttachmentMb: 20, showOitGaps: true });
    expect(siteSchema.safeParse({ ...site, publishing: { showOitGaps: 'yes' } }).success).toBe(false);
  });
});
