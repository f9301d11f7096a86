/** OCR end to end on two small pages with tesseract.js (what `npm ci` alone installs): a scan PDF and a photo. */
import { mkdtemp, readFile, rm, writeFile, mkdir, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOcrEngines, type OcrEngine } from '../../src/lib/ocr/ocr-engine.ts';
import { findPendingScans, readScans } from '../../src/lib/ocr/run-ocr.ts';
import { parseScanText } from '../../src/lib/ocr/scan-text-file.ts';
import { imagePdf } from '../../scripts/lib/image-pdf.ts';
import { tinyPdf } from '../helpers/tiny-pdf.ts';

const scans = path.resolve(import.meta.dirname, '../fixtures/scans');
let folder: string;
let engines: OcrEngine[];

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'prongsai-ocr-'));
  await mkdir(path.join(folder, 'documents/2567'), { recursive: true });
  const jpeg = await readFile(path.join(scans, 'skewed-water.jpg'));
  const mixed = imagePdf([{ jpeg, width: 1240, height: 573 }]);
  await writeFile(path.join(folder, 'documents/2567/tax.pdf'), mixed);
  await writeFile(path.join(folder, 'documents/2567/id.jpg'), await readFile(path.join(scans, 'id-card-copy.jpg')));
  await writeFile(path.join(folder, 'documents/2567/broken.pdf'), '%PDF-1.4\nnot really');
  await writeFile(path.join(folder, 'documents/2567/blank.pdf'), tinyPdf());
  engines = await openOcrEngines('wasm', 1, path.join(folder, '.work'));
}, 60_000);

afterAll(async () => {
  await Promise.all(engines?.map((engine) => engine.close()) ?? []);
  await rm(folder, { recursive: true, force: true });
});

describe('npm run ocr', () => {
  it('reads each scan page once, writes its text beside it, and skips it the next time', async () => {
    const first = await findPendingScans(folder);
    expect(first.pending.map((scan) => [scan.file, scan.scanPages])).toEqual([
      ['documents/2567/blank.pdf', [1]],
      ['documents/2567/id.jpg', [1]],
      ['documents/2567/tax.pdf', [1]],
    ]);
    expect(first.done).toEqual([{ file: 'documents/2567/broken.pdf', outcome: 'unreadable', detail: expect.stringMatching(/^damaged: /) }]);

    let pages = 0;
    const results = await readScans(
      first.pending.filter((scan) => !scan.file.endsWith('blank.pdf')),
      { engines, onPage: () => (pages += 1) },
    );
    expect(pages).toBe(2);
    expect(results.map((result) => result.outcome)).toEqual(['read', 'read']);

    const id = parseScanText(await readFile(path.join(folder, 'documents/2567/id.jpg.ocr.txt'), 'utf8'))!;
    expect(id.pageCount).toBe(1);
    expect(id.engine).toMatch(/^tesseract\.js .*\(tha\+eng\)$/);
    expect(id.pages[0]!.text).toContain('บัตรประจำตัวประชาชน');
    expect(id.pages[0]!.text.replace(/\D/g, '')).toContain('3100400123456');
    const tax = parseScanText(await readFile(path.join(folder, 'documents/2567/tax.pdf.ocr.txt'), 'utf8'))!;
    expect(tax.pages[0]!.text).toContain('ขอเชิญชวนประชาชนชำระภาษี');
    // Nothing half-written is left, and the texts now match their scans.
    expect((await readdir(path.join(folder, 'documents/2567'))).filter((name) => name.includes('partial'))).toEqual([]);
    const second = await findPendingScans(folder);
    expect(second.pending.map((scan) => scan.file)).toEqual(['documents/2567/blank.pdf']);
  }, 120_000);
});
