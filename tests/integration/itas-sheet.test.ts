import { describe, it, expect } from 'vitest';
import { parse } from 'csv-parse/sync';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';
import { collectEvidence } from '../../src/lib/oit/evidence.ts';
import { assessCatalogue } from '../../src/lib/oit/status.ts';
import { itasColumns, itasRows } from '../../src/lib/exports/itas-sheet.ts';
import { toCsv } from '../../src/lib/exports/csv.ts';
import { itasSheetWords } from '../../src/i18n/oit.ts';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';

// The nongkrating fixture (tests/fixtures/sites/oit-fixtures.md): an agency with complete, incomplete and missing items.
const contentDir = 'tests/fixtures/sites/oit-nongkrating/content';

describe('the ITAS sheet, paste-ready', async () => {
  const { model } = await loadAndValidateContent(projectRoot, contentDir);
  const catalogue = model!.catalogues.find((entry) => entry.data.year === 2567)!.data;
  const assessment = assessCatalogue(catalogue, collectEvidence(model!, `${contentDir}/site.yaml`), model!.site, '2024-06-30');
  const rows = itasRows(2567, assessment, model!.site.siteUrl, { showGaps: true });
  const publicRows = itasRows(2567, assessment, model!.site.siteUrl, { showGaps: false });
  const byCode = (code: string) => rows.find((row) => row.code === code)!;
  const siteUrl = model!.site.siteUrl.replace(/\/$/, '');

  it('has one row per item, in catalogue order', () => {
    expect(rows.map((row) => row.code)).toEqual(catalogue.items.map((item) => item.code));
  });

  it('gives each item with evidence exactly one URL, its evidence page on the site, and the evidence pages in a column of their own', () => {
    for (const [row, entry] of rows.map((row, index) => [row, assessment[index]!] as const)) {
      if (entry.evidence.length === 0) {
        expect(row).toMatchObject({ answer: 'ไม่มี', url: '', evidenceUrls: [], explanation: '' });
        continue;
      }
      expect(row.answer).toBe('มี');
      expect(row.url).toBe(`${siteUrl}/oit/2567/${row.code.toLowerCase()}/`);
      expect(row.evidenceUrls.length).toBeGreaterThan(0);
      expect(row.evidenceUrls.every((url) => url.startsWith(`${siteUrl}/`))).toBe(true);
    }
  });

  it('describes the evidence for the assessors and never carries the self-check status', () => {
    const incomplete = rows.filter((row) => row.status === 'incomplete');
    expect(incomplete.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.explanation).not.toMatch(/สถานะ|ไม่ครบถ้วน|ยังไม่เผยแพร่|ไม่อยู่ในรอบเวลา|incomplete|missing/i);
      if (row.answer === 'มี') expect(row.explanation).toMatch(/^หน้านี้รวมหลักฐาน \d+ รายการ: /);
    }
    // A dated document is described with its Buddhist-era date, as assessors read dates.
    expect(rows.map((row) => row.explanation).join(' ')).toMatch(/ลงวันที่ \d{1,2} [ก-๙]+ 25\d\d/);
    expect(rows.map((row) => row.explanation).join(' ')).not.toMatch(/20\d\d-\d\d-\d\d/);
  });

  it('writes a CSV whose URL cell holds one URL and no line break, with the status in Thai in its own column', () => {
    const csv = toCsv(rows, itasColumns({ showGaps: true }));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(parsed).toHaveLength(rows.length);
    for (const row of parsed) {
      expect(row['URL']).not.toMatch(/\s/);
      expect(['เผยแพร่แล้ว', 'ไม่ครบถ้วน', 'ไม่อยู่ในรอบเวลา', 'ยังไม่เผยแพร่']).toContain(row[itasSheetWords.columns.status]);
    }
    expect(parsed.find((row) => row['ข้อ'] === byCode('O19').code)?.['URL']).toBe(byCode('O19').url);
  });

  it('with gaps hidden (the default), publishes what ITAS asks (answer, URL(s), explanation) and no self-check status', () => {
    expect(publicRows.map((row) => Object.keys(row).sort())).toEqual(rows.map(() => ['answer', 'code', 'evidenceUrls', 'explanation', 'title', 'url']));
    // The same URLs and explanations as the staff sheet: nothing an assessor pastes is lost.
    expect(publicRows.map((row) => [row.code, row.answer, row.url, row.evidenceUrls, row.explanation])).toEqual(
      rows.map((row) => [row.code, row.answer, row.url, row.evidenceUrls, row.explanation]),
    );
    const csv = toCsv(publicRows, itasColumns({ showGaps: false }));
    const parsed = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(Object.keys(parsed[0]!)).toEqual(['ข้อ', 'รายการ', itasSheetWords.columns.answer, 'URL', 'คำอธิบายเพิ่มเติม', 'URL ของหลักฐานแต่ละรายการ']);
    for (const status of ['เผยแพร่แล้ว', 'ไม่ครบถ้วน', 'ไม่อยู่ในรอบเวลา', 'ยังไม่เผยแพร่', 'ผลการตรวจเอง']) expect(csv).not.toContain(status);
  });
});
