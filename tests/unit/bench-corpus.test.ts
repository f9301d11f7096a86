import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSiteDocuments, seedPieces } from '../../scripts/bench/lib/thai-corpus.ts';
import { benchFiscalYears, isScannedDocument, procurementFiscalYears, writeBenchSite } from '../../scripts/bench/lib/bench-site.ts';
import { parseScanText } from '../../src/lib/ocr/scan-text-file.ts';
import { createHash } from 'node:crypto';
import { formatFigures, linearityLine, type CountFigures } from '../../scripts/bench/lib/report.ts';
import { loadAndValidateContent } from '../../src/lib/content/load-content.ts';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';

const siteRoot = path.join(projectRoot, '.prongsai/test-sites/bench-corpus');
const types = [
  { id: 'procurement-plan', th: 'แผนการจัดซื้อจัดจ้าง' },
  { id: 'procurement-monthly-summary', th: 'สรุปผลการจัดซื้อจัดจ้างรายเดือน' },
  { id: 'laws', th: 'กฎหมายที่เกี่ยวข้อง' },
];

describe('bench corpus', () => {
  afterAll(() => rm(siteRoot, { recursive: true, force: true }));

  it('writes procurement rows over the months of ten fiscal years, valid under the rules, a month without rows saying so', async () => {
    const site = await writeBenchSite(projectRoot, siteRoot, 10, { procurementRows: 130 });
    const result = await loadAndValidateContent(projectRoot, path.relative(projectRoot, site.contentDir));
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    const months = result.model!.procurement!.months;
    expect(months).toHaveLength(120);
    expect(new Set(months.map((month) => Number(month.id.split('/')[0])))).toEqual(new Set(procurementFiscalYears));
    expect(procurementFiscalYears).toHaveLength(10);
    expect(procurementFiscalYears.at(-1)).toBe(benchFiscalYears.at(-1));
    expect(months.reduce((sum, month) => sum + month.data.rows.length, 0)).toBe(130);
    expect(months.filter((month) => month.data.rows.length === 0).every((month) => month.data.noProcurement)).toBe(true);
  });

  it('is deterministic for a seed, and document n does not depend on the count', async () => {
    const pieces = await seedPieces(projectRoot);
    const options = { fiscalYears: [2566, 2567], types, monthlyTypes: new Set(['procurement-monthly-summary']) };
    const first = generateSiteDocuments(pieces, 50, options);
    expect(generateSiteDocuments(pieces, 50, options)).toEqual(first);
    expect(generateSiteDocuments(pieces, 120, options).slice(0, 50)).toEqual(first);
    expect(generateSiteDocuments(pieces, 50, { ...options, seed: 2 })).not.toEqual(first);
  });

  it('writes a site the project validates, with the documents spread over years and types', async () => {
    const count = 150;
    const site = await writeBenchSite(projectRoot, siteRoot, count);
    expect(site.documents).toHaveLength(count);
    const result = await loadAndValidateContent(projectRoot, path.relative(projectRoot, site.contentDir));
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.model).toBeDefined();
    const generated = result.model!.documents.filter((entry) => entry.id.includes('gen-'));
    expect(generated).toHaveLength(count);

    const perYear = Map.groupBy(site.documents, (document) => document.fiscalYear);
    expect([...perYear.keys()].sort()).toEqual([...benchFiscalYears]);
    for (const documents of perYear.values()) expect(documents).toHaveLength(count / benchFiscalYears.length);
    const perType = Map.groupBy(site.documents, (document) => document.type);
    expect(perType.size).toBeGreaterThanOrEqual(15);
    const attached = site.documents.filter((document) => document.attachment).length;
    expect(attached).toBeGreaterThan(count * 0.03);
    expect(attached).toBeLessThan(count * 0.25);
  });

  it('with --scanned 0.1: one document in ten also carries a scan, its machine-read text beside it (or not), and stays valid', async () => {
    expect(Array.from({ length: 10_000 }, (_, index) => isScannedDocument(index, 0.1)).filter(Boolean)).toHaveLength(1_000);
    expect(Array.from({ length: 100 }, (_, index) => isScannedDocument(index, 0)).some(Boolean)).toBe(false);
    const count = 50;
    const site = await writeBenchSite(projectRoot, siteRoot, count, { scanned: 0.1 });
    const scans = site.documents.flatMap((document) => (document.scan ? [document.scan] : []));
    expect(scans).toHaveLength(5);
    const result = await loadAndValidateContent(projectRoot, path.relative(projectRoot, site.contentDir));
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    // Every scan read: none is reported without text, and each document lists its scan.
    expect(result.problems.filter((problem) => problem.th.includes('ยังไม่ได้อ่านข้อความ'))).toEqual([]);
    const withScan = result.model!.documents.filter((entry) => entry.data.attachments.some((attachment) => attachment.file.endsWith('-scan.pdf')));
    expect(withScan).toHaveLength(5);
    const text = parseScanText(await readFile(path.join(site.contentDir, 'documents', `${scans[0]!}.ocr.txt`), 'utf8'))!;
    expect(text.sha256).toBe(
      createHash('sha256')
        .update(await readFile(path.join(site.contentDir, 'documents', scans[0]!)))
        .digest('hex'),
    );
    expect(text.pages.length).toBeGreaterThanOrEqual(1);
    expect(text.pages[0]!.text.length).toBeGreaterThan(500);

    const unread = await writeBenchSite(projectRoot, siteRoot, count, { scanned: 0.1, scanText: false });
    const unreadResult = await loadAndValidateContent(projectRoot, path.relative(projectRoot, unread.contentDir));
    expect(unreadResult.problems.filter((problem) => problem.th.includes('ยังไม่ได้อ่านข้อความ'))).toHaveLength(5);
  });

  it('prints one column per count, ratios and a linearity line', () => {
    const build = (seconds: number, documents: number) => ({ seconds, peakBytes: 1048576 * documents, pages: documents, distBytes: 0, indexBytes: 0 });
    const run = (documents: number): CountFigures => ({
      documents,
      prongsai: build(documents / 100, documents),
      baseline: build(documents / 50, documents * 2),
      search: {
        prongsai: {
          page: { requests: 6, gzipBytes: 60000 },
          search: { requests: 10, gzipBytes: 102400 },
          afterResults: { requests: 2, gzipBytes: 2048 },
          seconds: 0.8,
          laterSeconds: 0.2,
          typedSeconds: 0.9,
        },
        baseline: {
          page: { requests: 2, gzipBytes: 1000 },
          search: { requests: 12, gzipBytes: 204800 },
          afterResults: { requests: 0, gzipBytes: 0 },
          seconds: 0.9,
          laterSeconds: 0.3,
          typedSeconds: Number.NaN,
        },
      },
      documentPage: { bytes: 16000, gzipBytes: 3000 },
    });
    const table = formatFigures([run(1000), run(5000)]);
    expect(table).toMatch(/time ratio Prongsai \/ baseline\s+0\.50\s+0\.50/);
    expect(table).toMatch(/memory ratio Prongsai \/ baseline\s+0\.50\s+0\.50/);
    expect(table).toMatch(/first search: KB \(gzip host\), Prongsai \/ baseline\s+100\.0 \/ 200\.0\s+100\.0 \/ 200\.0/);
    expect(table).toMatch(/then, after the first results: KB, Prongsai \/ baseline\s+2\.0 \/ 0\.0\s+2\.0 \/ 0\.0/);
    expect(table).toMatch(/first results after Enter, CPU 4× \(s\), P \/ b\s+0\.80 \/ 0\.90/);
    expect(table).toMatch(/typed, no Enter: last key → results \(s\), P \/ b\s+0\.90 \/ none/);
    expect(linearityLine([run(1000), run(5000)])).toContain('Prongsai 10.0 / 10.0 s per 1k (max/min 1.00)');
  });
});
