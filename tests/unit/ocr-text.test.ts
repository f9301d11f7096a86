import { describe, expect, it } from 'vitest';
import { cleanOcrText } from '../../src/lib/ocr/thai-ocr-text.ts';
import { formatScanText, isScanTextFile, parseScanText, scanTextFileOf } from '../../src/lib/ocr/scan-text-file.ts';
import { formatTimeLeft, progressLine, startProgress } from '../../src/lib/cli/progress.ts';

describe('cleanOcrText', () => {
  it('writes SARA AM as one character, tone mark included', () => {
    expect(cleanOcrText('ดํ\u0E32เนินการ ตํ\u0E32บล')).toBe('ดำเนินการ ตำบล');
    expect(cleanOcrText('น\u0E4D\u0E49\u0E32')).toBe('น\u0E49\u0E33');
  });
  it('joins a line that a model read letter by letter', () => {
    expect(cleanOcrText('ร า ย ง า น ผล ก า ร ด ํ า เน ิ น ก า ร')).toBe('รายงานผลการดำเนินการ');
  });
  it('keeps the spaces between Thai phrases and around Latin words and numbers', () => {
    expect(cleanOcrText('ชื่อตัวและชื่อสกุล นางสมศรี ตัวอย่าง')).toBe('ชื่อตัวและชื่อสกุล นางสมศรี ตัวอย่าง');
    expect(cleanOcrText('เลขประจำตัวประชาชน 3 1004 00123 45 6')).toBe('เลขประจำตัวประชาชน 3 1004 00123 45 6');
  });
  it('trims lines and collapses runs of blank lines', () => {
    expect(cleanOcrText('  หนึ่ง   สอง \n\n\n\nสาม  ')).toBe('หนึ่ง สอง\n\nสาม');
  });
});

describe('the scan text file', () => {
  const scan = {
    sha256: 'a'.repeat(64),
    pageCount: 3,
    engine: 'tesseract 5.3.0 (tha+eng)',
    pages: [
      { page: 1, text: 'หน้าแรก\nบรรทัดสอง' },
      { page: 3, text: '' },
    ],
  };
  it('says what it is in Thai and English, and reads back what it wrote', () => {
    const text = formatScanText('order.pdf', scan);
    expect(text).toMatch(/^# ข้อความที่เครื่องอ่านจากภาพสแกน \(OCR\) ของ order\.pdf/);
    expect(text).toContain('Machine-read (OCR) text of order.pdf');
    expect(parseScanText(text)).toEqual(scan);
  });
  it('keeps a staff correction, with Windows line ends and a BOM', () => {
    const edited = `\uFEFF${formatScanText('order.pdf', scan).replace('หน้าแรก', 'หน้าแรกที่แก้แล้ว')}`.replace(/\n/g, '\r\n');
    expect(parseScanText(edited)?.pages[0]?.text).toBe('หน้าแรกที่แก้แล้ว\nบรรทัดสอง');
  });
  it('is not one without the checksum of its scan', () => {
    expect(parseScanText('--- หน้า 1 ---\nข้อความ')).toBeUndefined();
  });
  it('is named after its attachment with a suffix no entry or attachment has', () => {
    expect(scanTextFileOf('content/documents/2567/order.pdf')).toBe('content/documents/2567/order.pdf.ocr.txt');
    expect(isScanTextFile('content/documents/2567/order.pdf.ocr.txt')).toBe(true);
    expect(isScanTextFile('content/documents/2567/notes.txt')).toBe(false);
  });
});

describe('progress', () => {
  it('shows the count and the time left from the average so far', () => {
    expect(progressLine(1, 4, 2000, 'หน้า', 8)).toBe('[██░░░░░░] 1/4 หน้า · เหลือประมาณ 6 วินาที');
    expect(progressLine(4, 4, 2000, 'หน้า', 8)).toBe('[████████] 4/4 หน้า');
    expect(formatTimeLeft(200)).toBe('3 นาที 20 วินาที');
    expect(formatTimeLeft(3 * 3600 + 120)).toBe('3 ชั่วโมง 2 นาที');
  });
  it('redraws one line on a terminal and prints sparse lines elsewhere', () => {
    const written: string[] = [];
    let clock = 0;
    const bar = startProgress({ total: 3, unit: 'หน้า', write: (text) => written.push(text), isTerminal: false, now: () => clock, logEvery: 1000 });
    clock = 100;
    bar.tick();
    clock = 1500;
    bar.tick();
    bar.tick();
    expect(written).toEqual(['[████████████████░░░░░░░░] 2/3 หน้า · เหลือประมาณ 1 วินาที\n', '[████████████████████████] 3/3 หน้า\n']);
  });
});
