import { describe, it, expect } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractPdfText } from '../../src/lib/search/pdf-text.ts';
import { projectRoot } from '../helpers/fixture-site.ts';

const fixture = async (name: string) => new Uint8Array(await readFile(path.join(projectRoot, 'tests/fixtures/pdf', name)));

describe('extractPdfText', () => {
  it('reads the Thai text of a text PDF, with SARA AM and the words as written', async () => {
    const pdf = await extractPdfText(await fixture('thai-manual.pdf'));
    expect(pdf.kind).toBe('text');
    if (pdf.kind !== 'text') return;
    expect(pdf.pages).toBe(1);
    const text = pdf.text.replace(/\s+/g, '');
    expect(text).toContain('คู่มือแนวปฏิบัติการใช้ทรัพย์สินของราชการ');
    expect(text).toContain('ต้องใช้รถยนต์ส่วนกลางเพื่อปฏิบัติราชการเท่านั้น');
    expect(text).toContain('ตำบลตะโก');
    expect(pdf.text).not.toContain('\u0E4D\u0E32');
  });

  it('reports a PDF whose page is only an image (a scan without OCR) as having no text layer', async () => {
    expect(await extractPdfText(await fixture('scanned-declaration.pdf'))).toEqual({ kind: 'no-text-layer', pages: 1 });
  });

  it('reports bytes that are not a PDF as unreadable, with the reason', async () => {
    const pdf = await extractPdfText(new TextEncoder().encode('ไม่ใช่ไฟล์ PDF'));
    expect(pdf.kind).toBe('unreadable');
    expect(pdf.kind === 'unreadable' && pdf.reason.length).toBeGreaterThan(0);
  });
});
