/** The text version of a long scan on its document page: bounded, with the whole text one link away. */
import { describe, expect, it } from 'vitest';
import { parsePublishedScanText, publishedScanText, scanTextLimits, scanTextView } from '../../src/lib/ocr/scan-text-view.ts';
import { longScanPages } from '../../scripts/lib/long-scan.ts';

const characters = (pages: { text: string }[]) => pages.reduce((sum, page) => sum + page.text.length, 0);

describe('scanTextView', () => {
  it('shows a short scan whole, page by page, as paragraphs of lines', () => {
    const pages = longScanPages(3);
    const view = scanTextView({ pageCount: 3, pages });
    expect(view.cut).toBe(false);
    expect(view.pages.map((page) => page.page)).toEqual([1, 2, 3]);
    expect(view.pages[0]!.paragraphs).toEqual([pages[0]!.text.split('\n\n')[0]!.split('\n'), pages[0]!.text.split('\n\n')[1]!.split('\n')]);
  });

  it('shows a 300-page scan’s first pages only, within both limits, whole pages, and says how many of how many', () => {
    const pages = longScanPages(300);
    expect(characters(pages)).toBeGreaterThan(400_000);
    const view = scanTextView({ pageCount: 300, pages });
    expect(view.cut).toBe(true);
    expect(view.pages.length).toBeGreaterThan(0);
    expect(view.pages.length).toBeLessThanOrEqual(scanTextLimits.pages);
    const shown = view.pages.flatMap((page) => page.paragraphs.flat()).join('').length;
    expect(shown).toBeLessThanOrEqual(scanTextLimits.characters);
    expect(view.pages.map((page) => page.page)).toEqual(Array.from({ length: view.pages.length }, (_, index) => index + 1));
    // Each page shown is shown whole.
    expect(view.pages.at(-1)!.paragraphs.flat().join('\n')).toBe(pages[view.pages.length - 1]!.text.replace('\n\n', '\n'));
    expect(view.lastShownPage).toBe(view.pages.length);
    expect(view.readPages).toBe(300);
  });

  it('cuts a first page longer than the limit at a line end and marks the cut', () => {
    const huge = Array.from({ length: 2_000 }, (_, line) => `บรรทัดที่ ${line + 1} ของหน้าที่ยาวผิดปกติ`).join('\n');
    const view = scanTextView({
      pageCount: 2,
      pages: [
        { page: 1, text: huge },
        { page: 2, text: 'หน้าสอง' },
      ],
    });
    expect(view.cut).toBe(true);
    expect(view.pages.map((page) => page.page)).toEqual([1]);
    const lines = view.pages[0]!.paragraphs.flat();
    expect(lines.join('').length).toBeLessThanOrEqual(scanTextLimits.characters + 1);
    expect(lines.at(-1)).toBe('…');
    expect(lines.at(-2)).toMatch(/^บรรทัดที่ \d+ ของหน้าที่ยาวผิดปกติ$/);
  });

  it('marks an empty page as empty rather than dropping it', () => {
    const view = scanTextView({
      pageCount: 2,
      pages: [
        { page: 1, text: '' },
        { page: 2, text: 'ข้อความ' },
      ],
    });
    expect(view.pages.map((page) => [page.page, page.paragraphs.length])).toEqual([
      [1, 0],
      [2, 1],
    ]);
  });
});

describe('the published whole text', () => {
  it('says in Thai what it is, holds every page, no checksum or engine, and reads back page by page', () => {
    const pages = longScanPages(300, { page: 250, word: 'กระเบื้องมุงหลังคา' });
    const text = publishedScanText('แผนพัฒนาท้องถิ่น (PDF)', { pageCount: 300, pages });
    expect(text.split('\n')[0]).toContain('แผนพัฒนาท้องถิ่น (PDF)');
    expect(text).toContain('อาจคลาดเคลื่อน');
    expect(text).not.toMatch(/sha256|engine|tesseract/i);
    expect(text).toContain('กระเบื้องมุงหลังคา');
    expect(parsePublishedScanText(text)).toEqual(pages.map((page) => ({ page: page.page, text: page.text })));
  });
});
