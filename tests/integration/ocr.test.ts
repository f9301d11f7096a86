/** OCR end to end on two small pages with tesseract.js (what `npm ci` alone installs): a scan PDF and a photo. */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
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

describe('npm run ocr stopped mid-run', () => {
  const projectRoot = path.resolve(import.meta.dirname, '../..');
  const runOcr = (root: string) =>
    spawn(process.execPath, [path.join(projectRoot, 'scripts/ocr.ts'), '--root', root, '--content', 'content', '--engine', 'wasm', '--workers', '1'], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const textsIn = async (folder: string) => (await readdir(folder)).filter((name) => name.endsWith('.ocr.txt')).sort();

  it('keeps every text it finished whole, leaves none half-written, and the next run clears what was left aside and reads the rest', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'prongsai-ocr-kill-'));
    const folder = path.join(root, 'content/documents/2567');
    try {
      await mkdir(folder, { recursive: true });
      // Three scans are enough to stop between two of them; each one more costs a second of OCR.
      const names = ['skewed-water', 'stamp-order', 'table-staff'];
      for (const name of names) await writeFile(path.join(folder, `${name}.jpg`), await readFile(path.join(scans, `${name}.jpg`)));

      // Killed (no Ctrl-C handler runs) as soon as the first text is in place, while the next page is being read.
      const first = runOcr(root);
      const exited = new Promise((resolve) => first.once('exit', resolve));
      const deadline = Date.now() + 90_000;
      while ((await textsIn(folder)).length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      first.kill('SIGKILL');
      await exited;
      const kept = await textsIn(folder);
      expect(kept.length).toBeGreaterThanOrEqual(1);
      expect(kept.length).toBeLessThan(names.length);
      for (const name of kept) {
        const text = parseScanText(await readFile(path.join(folder, name), 'utf8'));
        const scan = await readFile(path.join(folder, name.replace(/\.ocr\.txt$/, '')));
        expect(text?.sha256).toBe(createHash('sha256').update(scan).digest('hex'));
        expect(text?.pages.map((page) => page.page)).toEqual([1]);
      }
      // A kill between writing and renaming leaves a hidden file aside; one is planted, as that instant cannot be hit at will.
      const deadPid = 2 ** 22 + 17;
      await writeFile(path.join(folder, `.stamp-order.jpg.ocr.txt.${deadPid}.partial`), '# ข้อความที่เครื่องอ่าน…\n# sha256: ');

      const second = runOcr(root);
      let output = '';
      second.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const code = await new Promise((resolve) => second.once('exit', resolve));
      expect(code).toBe(0);
      expect(output).toContain('ลบไฟล์ที่เขียนค้างไว้จากการสั่งครั้งก่อนที่ถูกหยุดกลางคัน 1 ไฟล์');
      expect(output).toContain(`อ่านไว้ก่อนแล้ว ${kept.length} ไฟล์`);
      expect(await textsIn(folder)).toEqual(names.map((name) => `${name}.jpg.ocr.txt`));
      expect((await readdir(folder)).filter((name) => name.startsWith('.'))).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 240_000);
});
