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

describe('the ITAS sheet of the example site', async () => {
  const { model } = await loadAndValidateContent(projectRoot);
  const catalogue = model!.catalogues.find((entry) => entry.data.year === 2567)!.data;
  const assessment = assessCatalogue(catalogue, collectEvidence(model!), model!.site, '2024-06-30');
  const rows = itasRows(2567, assessment, model!.site.siteUrl);

  it('has one row per item, in catalogue order', () => {
    expect(rows.map((row) => row.code)).toEqual(catalogue.items.map((item) => item.code));
  });

  it('answers มี with the item page first and absolute evidence URLs, and ไม่มี with no URL', () => {
    const measures = rows.find((row) => row.code === 'O42')!;
    expect(measures.answer).toBe('มี');
    expect(measures.urls[0]).toBe('https://www.example.go.th/oit/2567/o42/');
    expect(measures.urls).toContain('https://www.example.go.th/documents/2567/ita-2566-analysis-report/');
    const plan = rows.find((row) => row.code === 'O19')!;
    expect(plan).toMatchObject({ answer: 'ไม่มี', urls: [] });
    expect(plan.explanation).toContain('2567');
  });

  it('explains what an incomplete item lacks', () => {
    const executives = rows.find((row) => row.code === 'O2')!;
    expect(executives.answer).toBe('มี');
    expect(executives.explanation).toContain('ไม่ครบถ้วน');
  });

  it('writes a CSV whose URL cell holds one URL per line', () => {
    const parsed = parse(toCsv(rows, itasColumns).slice(1), { columns: true }) as Record<string, string>[];
    expect(parsed[41]?.['URL']?.split('\n')[0]).toBe('https://www.example.go.th/oit/2567/o42/');
    expect(parsed.filter((row) => row['มี/ไม่มี'] === 'มี').length).toBe(rows.filter((row) => row.answer === 'มี').length);
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
