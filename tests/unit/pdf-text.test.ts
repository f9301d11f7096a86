import { describe, it, expect, afterEach } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { extractPdfText } from '../../src/lib/pdf/pdf-text.ts';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';
import { simplePdf } from '../helpers/attachment-bytes.ts';

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
    expect(await extractPdfText(await fixture('scanned-declaration.pdf'))).toEqual({ kind: 'no-text-layer', pages: 1, metadata: {} });
  });

  it('reports bytes that are not a PDF as unreadable, with the reason', async () => {
    const pdf = await extractPdfText(new TextEncoder().encode('ไม่ใช่ไฟล์ PDF'));
    expect(pdf.kind).toBe('unreadable');
    expect(pdf.kind === 'unreadable' && pdf.reason.length).toBeGreaterThan(0);
    expect(pdf.kind === 'unreadable' && pdf.cause).toBe('damaged');
  });

  it('reports a PDF cut short as damaged', async () => {
    const whole = await fixture('national-id.pdf');
    expect(await extractPdfText(whole.subarray(0, 3000))).toMatchObject({ kind: 'unreadable', cause: 'damaged' });
  });

  it('tells a PDF that needs a password to open from a damaged one', async () => {
    expect(await extractPdfText(await fixture('password-protected.pdf'))).toMatchObject({ kind: 'unreadable', cause: 'password' });
  });

  it('reads a PDF that has only an owner password (restrictions, no password to open)', async () => {
    const pdf = await extractPdfText(await fixture('owner-password-only.pdf'));
    expect(pdf.kind === 'text' && pdf.text).toContain('1-1037-02071-81-1');
  });

  it('keeps what a person wrote in the metadata, of a text PDF and of one without a text layer', async () => {
    const info = {
      Title: 'คำร้อง 1-1037-02071-81-1',
      Author: 'นายทดสอบ',
      Subject: 'เบี้ยยังชีพ',
      Keywords: 'ผู้สูงอายุ',
      Creator: 'Writer',
      Producer: 'LibreOffice',
      Reviewer: 'ผู้ตรวจ',
    };
    const withText = await extractPdfText(simplePdf({ lines: ['Hello'], info }));
    expect(withText).toMatchObject({ kind: 'text', metadata: info });
    const scan = await extractPdfText(simplePdf({ info: { Title: 'สแกน 3100600445139' } }));
    expect(scan).toEqual({ kind: 'no-text-layer', pages: 1, metadata: { Title: 'สแกน 3100600445139' } });
  });

  it('leaves out the fields PDF.js adds about the file itself', async () => {
    const pdf = await extractPdfText(simplePdf({ lines: ['Hello'], info: { CreationDate: 'D:20240101000000Z', Title: 'x' } }));
    expect(pdf.kind === 'text' && pdf.metadata).toEqual({ Title: 'x' });
  });
});

describe('extractPdfText with a cache folder (as npm run build passes)', () => {
  const folder = path.join(projectRoot, '.prongsai/test-sites/pdf-text-cache');
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('keeps what it read, by the SHA-256 of the file, for the next process', async () => {
    // Bytes no other test reads, so this process has not read them yet.
    const bytes = new Uint8Array([...(await fixture('thai-manual.pdf')), ...new TextEncoder().encode(`\n% ${Date.now()}\n`)]);
    const pdf = await extractPdfText(bytes, { cacheDir: folder });
    const digest = createHash('sha256').update(bytes).digest('hex');
    expect(await readdir(folder)).toEqual([`v3-${digest}.json`]);
    expect(JSON.parse(await readFile(path.join(folder, `v3-${digest}.json`), 'utf8'))).toEqual(pdf);
  });

  it('answers from the folder without reading the file again', async () => {
    const bytes = new TextEncoder().encode(`ไม่ใช่ PDF แต่มีข้อความในแคช ${Date.now()}`);
    const digest = createHash('sha256').update(bytes).digest('hex');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, `v3-${digest}.json`), JSON.stringify({ kind: 'text', pages: 3, text: 'ข้อความจากแคช' }));
    expect(await extractPdfText(bytes, { cacheDir: folder })).toEqual({ kind: 'text', pages: 3, text: 'ข้อความจากแคช' });
  });
});
