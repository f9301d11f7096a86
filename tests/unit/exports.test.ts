import { describe, it, expect } from 'vitest';
import { parse } from 'csv-parse/sync';
import { toCsv, utf8Bom } from '../../src/lib/exports/csv.ts';
import { itasRows, itasColumns } from '../../src/lib/exports/itas-sheet.ts';
import { allDatasets, datasetJson } from '../../src/lib/exports/datasets.ts';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';
import { collectEvidence } from '../../src/lib/oit/evidence.ts';
import { assessCatalogue } from '../../src/lib/oit/status.ts';
import { projectRoot } from '../helpers/fixture-site.ts';

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

describe('open-data datasets of the example site', async () => {
  const { model } = await loadAndValidateContent(projectRoot);
  const [ita, documents, measures] = allDatasets(model!);

  it('has the ten indicators of ITA 2566 with the reported and computed totals', () => {
    expect(ita!.rows).toHaveLength(10);
    expect(ita!.rows[9]).toMatchObject({ year: 2566, reportedTotal: 79.84, computedTotal: 85.79, indicator: 10, score: 51.25 });
  });

  it('lists every document and one row per measure round', () => {
    expect(documents!.rows).toHaveLength(model!.documents.length);
    const roundCount = model!.measures.reduce((sum, entry) => sum + Math.max(1, entry.data.rounds.length), 0);
    expect(measures!.rows).toHaveLength(roundCount);
  });

  it('gives JSON with the catalogue fields and rows keyed by the CSV headers', () => {
    const json = datasetJson(ita!) as { title: string; licence: string; rows: Record<string, unknown>[] };
    expect(json.title).toContain('ITA');
    expect(json.licence).toBeTruthy();
    expect(Object.keys(json.rows[0]!)).toEqual(ita!.columns.map((column) => column.header));
  });
});
