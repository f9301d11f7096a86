/**
 * `npm run bench:ocr [-- --repeat 3] [--engines native,wasm] [--workers N]`: OCR speed and accuracy on this machine.
 * The typed pages of tests/fixtures/scans (printed Thai, tables, a stamp over text, photocopies, a skewed page, an ID
 * card copy) as one-page scan PDFs: each engine reads them all (`--repeat` times, one engine per core), then prints
 * pages per hour and the character error rate against the text typed first (whitespace and table rules aside).
 * Also the time to render a page with PDF.js on @napi-rs/canvas and with pdftoppm, when installed.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { imagePdf } from './lib/image-pdf.ts';
import { scanPages } from '../tests/fixtures/scans/scan-pages.ts';
import { nativeTesseractVersion, openOcrEngines, type OcrEngineKind } from '../src/lib/ocr/ocr-engine.ts';
import { readScans, type PendingScan } from '../src/lib/ocr/run-ocr.ts';
import { hasPdftoppm, renderScanPages, type Rasteriser } from '../src/lib/ocr/scan-pages.ts';
import { characterErrorRate } from './bench/lib/ocr-accuracy.ts';
import { ownAndChildrenCpuSeconds } from './bench/measure.ts';
import { parseScanText, scanTextFileOf } from '../src/lib/ocr/scan-text-file.ts';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';

const { values } = parseArgs({ options: { repeat: { type: 'string', default: '3' }, engines: { type: 'string' }, workers: { type: 'string' } } });
const root = path.resolve(import.meta.dirname, '..');
const repeat = Math.max(1, Number(values.repeat) || 3);
const workers = Math.max(1, Number(values.workers) || os.availableParallelism());
const kinds = (values.engines?.split(',') ?? (nativeTesseractVersion() ? ['native', 'wasm'] : ['wasm'])) as OcrEngineKind[];

const pdfs = await Promise.all(
  scanPages.map(async (page) => {
    const jpeg = new Uint8Array(await readFile(path.join(root, 'tests/fixtures/scans', `${page.name}.jpg`)));
    // JPEG height from its SOF0/SOF2 marker: the page is exactly the image.
    let at = 2;
    while (at < jpeg.length && !(jpeg[at] === 0xff && (jpeg[at + 1] === 0xc0 || jpeg[at + 1] === 0xc2))) at += 2 + ((jpeg[at + 2]! << 8) | jpeg[at + 3]!);
    const height = (jpeg[at + 5]! << 8) | jpeg[at + 6]!;
    const width = (jpeg[at + 7]! << 8) | jpeg[at + 8]!;
    return { page, pdf: imagePdf([{ jpeg, width, height }]) };
  }),
);

console.log(
  `เครื่องนี้: ${os.availableParallelism()} cores, load ${os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ')} (shared with other work: figures vary)`,
);
const rasterisers: Rasteriser[] = hasPdftoppm() ? ['pdfjs', 'pdftoppm'] : ['pdfjs'];
for (const rasteriser of rasterisers) {
  const started = performance.now();
  for (const { pdf } of pdfs) for await (const _ of renderScanPages(pdf, [1], rasteriser)) void _;
  console.log(`render at the scan's resolution, ${rasteriser}: ${((performance.now() - started) / pdfs.length / 1000).toFixed(2)} s a page`);
}

for (const kind of kinds) {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'prongsai-bench-ocr-'));
  try {
    const pending: PendingScan[] = [];
    for (let round = 0; round < repeat; round++) {
      for (const { page, pdf } of pdfs) {
        const absolute = path.join(folder, `${page.name}-${round}.pdf`);
        await writeFile(absolute, pdf);
        pending.push({
          absolute,
          file: path.basename(absolute),
          bytes: pdf,
          sha256: createHash('sha256').update(pdf).digest('hex'),
          pageCount: 1,
          scanPages: [1],
        });
      }
    }
    const opened = performance.now();
    const engines = await openOcrEngines(kind, workers, path.join(root, '.prongsai'));
    const ready = performance.now();
    // Native Tesseract runs as children: theirs count once they finish.
    const cpuBefore = ownAndChildrenCpuSeconds();
    await readScans(pending, { engines });
    const seconds = (performance.now() - ready) / 1000;
    const cpu = ownAndChildrenCpuSeconds() - cpuBefore;
    await Promise.all(engines.map((engine) => engine.close()));
    console.log(
      `\n${engines[0]!.name}, ${workers} at once: ${pending.length} pages in ${seconds.toFixed(1)} s → ${Math.round((pending.length / seconds) * 3600)} pages/hour (start-up ${((ready - opened) / 1000).toFixed(1)} s); CPU ${(cpu / pending.length).toFixed(2)} s a page → ${Math.round((pending.length / cpu) * 3600 * os.availableParallelism())} pages/hour on ${os.availableParallelism()} idle cores`,
    );
    let errors = 0;
    let characters = 0;
    for (const { page } of pdfs) {
      const text = parseScanText(await readFile(scanTextFileOf(path.join(folder, `${page.name}-0.pdf`)), 'utf8'))?.pages[0]?.text ?? '';
      const rate = characterErrorRate(page.lines.join('\n'), text);
      errors += rate.errors;
      characters += rate.characters;
      console.log(`  ${page.name.padEnd(22)} ${page.look.padEnd(10)} CER ${(rate.rate * 100).toFixed(1).padStart(5)} % (${rate.errors}/${rate.characters})`);
    }
    console.log(`  all ${pdfs.length} pages: CER ${((errors / characters) * 100).toFixed(1)} % (${errors}/${characters} characters)`);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
