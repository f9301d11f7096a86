/** Machine-read text of a long scan, generated: what a 300-page report read by OCR looks like to the build and search. */
import type { ScanTextPage } from '../../src/lib/ocr/scan-text-file.ts';

/** `count` pages of about 1,600 characters each, laid out as OCR does (lines; a blank line between paragraphs); `special` puts a word on one page only. */
export function longScanPages(count: number, special?: { page: number; word: string }): ScanTextPage[] {
  return Array.from({ length: count }, (_, index) => {
    const page = index + 1;
    const lines = Array.from({ length: 24 }, (_, line) => `รายงานผลการดำเนินงานตามแผนพัฒนาท้องถิ่น รายการที่ ${page}.${line + 1} งบประมาณ ${page * 1000 + line} บาท`);
    if (special?.page === page) lines[10] = `ซ่อมแซม${special.word} อาคารศูนย์พัฒนาเด็กเล็ก`;
    return { page, text: `${lines.slice(0, 12).join('\n')}\n\n${lines.slice(12).join('\n')}` };
  });
}
