import { describe, expect, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { findScanPages, maxImageSide, renderScanPages } from '../../src/lib/ocr/scan-pages.ts';
import { displayWidth, formatTable } from '../../src/lib/import-files/summary-table.ts';
import { tinyPdf } from '../helpers/tiny-pdf.ts';

describe('what OCR is given', () => {
  it('scales a huge photo down to the longest side it reads, and keeps a normal one as it is', async () => {
    const huge = createCanvas(9000, 3000);
    const png = new Uint8Array(await huge.encode('png'));
    expect(await findScanPages(png)).toEqual({ kind: 'image', pageCount: 1, scanPages: [1] });
    const [image] = await Array.fromAsync(renderScanPages(png, [1]));
    const decoded = await loadImage(Buffer.from(image!.bytes));
    expect([decoded.width, decoded.height]).toEqual([maxImageSide, maxImageSide / 3]);
    const small = new Uint8Array(await createCanvas(800, 600).encode('png'));
    expect((await Array.fromAsync(renderScanPages(small, [1])))[0]!.bytes).toBe(small);
  });
  it('says why it cannot read a TIFF, a HEIC, a damaged or an empty-looking PDF', async () => {
    expect(await findScanPages(new Uint8Array([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0]))).toMatchObject({ kind: 'unreadable', reason: 'format', detail: 'tiff' });
    expect(await findScanPages(new TextEncoder().encode('\0\0\0\x18ftypheic\0\0\0\0mif1heic'))).toMatchObject({
      kind: 'unreadable',
      reason: 'format',
      detail: 'heic',
    });
    expect(await findScanPages(new TextEncoder().encode('%PDF-1.4\nbroken'))).toMatchObject({ kind: 'unreadable', reason: 'damaged' });
    expect(await findScanPages(new TextEncoder().encode(tinyPdf()))).toEqual({ kind: 'pdf', pageCount: 1, scanPages: [1] });
  });
});

describe('the import table', () => {
  it('aligns Thai by the columns a terminal gives it (vowel signs and tone marks take none)', () => {
    expect(displayWidth('ชื่อเรื่อง')).toBe(6);
    expect(
      formatTable(
        ['ช่อง', 'เหตุผล'],
        [
          ['ชื่อเรื่อง', 'ก'],
          ['วันที่', 'ข'],
        ],
      ),
    ).toEqual(['  ช่อง    │ เหตุผล', '  ───────┼──────', '  ชื่อเรื่อง │ ก', '  วันที่    │ ข']);
  });
});
