import { describe, it, expect } from 'vitest';
import { parse } from 'csv-parse/sync';
import { toCsv, utf8Bom } from '../../src/lib/exports/csv.ts';
import { allDatasets, datasetJson } from '../../src/lib/exports/datasets.ts';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';
import type { ContentModel } from '../../src/lib/content/model.ts';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';
import path from 'node:path';

const columns = [
  { header: 'ชื่อ', value: (row: { name: string; note: string }) => row.name },
  { header: 'หมายเหตุ', value: (row: { name: string; note: string }) => row.note },
];

describe('toCsv', () => {
  const rows = [
    { name: 'องค์การบริหารส่วนตำบลตะโก', note: 'ธรรมดา' },
    { name: 'จัดซื้อ, จัดจ้าง', note: 'มี "เครื่องหมายคำพูด" อยู่' },
    { name: 'สองบรรทัด', note: 'บรรทัดแรก\nบรรทัดสอง' },
  ];
  const csv = toCsv(rows, columns);

  it('starts with a UTF-8 BOM so Excel reads Thai', () => {
    expect(csv.startsWith(utf8Bom)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('quotes commas, quotes and newlines so a CSV reader gets the same values back', () => {
    const parsed = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(parsed).toEqual(rows.map((row) => ({ ชื่อ: row.name, หมายเหตุ: row.note })));
    expect(csv).toContain('"มี ""เครื่องหมายคำพูด"" อยู่"');
  });

  it('ends records with CRLF', () => {
    expect(csv.split('\r\n')).toHaveLength(rows.length + 2);
  });
});

// The minimal fixture site (tests/fixtures/sites/minimal), read where it is: four OIT items of 2567 — O19 answered by
// the procurement plan, O21 by one monthly summary (January 2567 only), O31 by the No Gift declaration, O42 by the
// No Gift measure — and ITA 2567 scores whose reported total matches the weights.
const loaded = await loadAndValidateContent(path.join(projectRoot, 'tests/fixtures/sites/minimal'));
if (!loaded.model) throw new Error(`the minimal fixture does not validate: ${JSON.stringify(loaded.problems, null, 2)}`);
const fixture: ContentModel = loaded.model;
const site = 'https://www.thotsop.go.th';

describe('open-data datasets of a fixture site', () => {
  const [ita, documents, measures] = allDatasets(fixture);

  it('has one row per reported indicator, with the reported total, the total computed from the weights and its tier', () => {
    expect(ita!.rows.map((row) => [row.indicator, row.score])).toEqual([
      [1, 90],
      [6, 86],
      [9, 90],
      [10, 87.5],
    ]);
    // 90 × 0.3 + 86 × 0.3 + 88.75 × 0.4 = 88.3; every tool at 85 or more: ผ่านดี.
    expect(ita!.rows[3]).toEqual({
      year: 2567,
      reportedTotal: 88.3,
      reportedLevel: 'ผ่านดี',
      computedTotal: 88.3,
      computedTier: 'ผ่านดี',
      IIT: 90,
      EIT: 86,
      OIT: 88.75,
      indicator: 10,
      indicatorTitle: 'การป้องกันการทุจริต',
      score: 87.5,
    });
  });

  it('lists every document with its type in Thai, ISO dates, attachment count and address', () => {
    expect(documents!.rows).toEqual([
      expect.objectContaining({
        id: '2567/procurement-2567-01',
        type: 'procurement-monthly-summary',
        typeTh: 'สรุปผลการจัดซื้อจัดจ้างรายเดือน',
        published: '2024-02-29',
        attachments: 0,
        url: `${site}/documents/2567/procurement-2567-01/`,
      }),
      expect.objectContaining({
        id: '2567/procurement-plan',
        type: 'procurement-plan',
        published: '2023-10-20',
        attachments: 1,
        url: `${site}/documents/2567/procurement-plan/`,
      }),
    ]);
  });

  it('has one row per measure round', () => {
    expect(measures!.rows.map((row) => [row.id, row.round])).toEqual([
      ['2567/no-gift', expect.stringContaining('6')],
      ['2567/no-gift', expect.stringContaining('12')],
    ]);
    expect(measures!.rows.every((row) => row.result === '')).toBe(true);
  });

  it('gives JSON with the catalogue fields and rows keyed by the CSV headers', () => {
    const json = datasetJson(ita!) as { title: string; licence: string; rows: Record<string, unknown>[] };
    expect(json.title).toBe(ita!.title);
    expect(json.licence).toBe(ita!.licence);
    expect(json.rows).toHaveLength(4);
    expect(json.rows[0]).toEqual({
      year: 2567,
      reported_total: 88.3,
      reported_level: 'ผ่านดี',
      computed_total: 88.3,
      computed_tier: 'ผ่านดี',
      iit: 90,
      eit: 86,
      oit: 88.75,
      indicator: 1,
      indicator_title: 'การปฏิบัติหน้าที่',
      score: 90,
    });
  });
});
