import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileKindLabel, formatFileSize, mediaTypeOf, readAttachmentInfo } from '../../src/lib/attachments/attachment-info.ts';

describe('mediaTypeOf and fileKindLabel', () => {
  it.each([
    ['report.pdf', 'application/pdf', 'PDF'],
    ['REPORT.PDF', 'application/pdf', 'PDF'],
    ['letter.doc', 'application/msword', 'Word'],
    ['letter.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Word'],
    ['budget.xls', 'application/vnd.ms-excel', 'Excel'],
    ['budget.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Excel'],
    ['data.csv', 'text/csv', 'CSV'],
    ['memo.odt', 'application/vnd.oasis.opendocument.text', 'ODT'],
    ['sheet.ods', 'application/vnd.oasis.opendocument.spreadsheet', 'ODS'],
    ['photo.jpg', 'image/jpeg', 'รูปภาพ'],
    ['photo.JPEG', 'image/jpeg', 'รูปภาพ'],
    ['chart.png', 'image/png', 'รูปภาพ'],
    ['chart.webp', 'image/webp', 'รูปภาพ'],
    ['anim.gif', 'image/gif', 'รูปภาพ'],
    ['bundle.zip', 'application/zip', 'ZIP'],
    ['notes.txt', 'text/plain', 'ข้อความ'],
    ['รายงาน ประจำปี 2567.pdf', 'application/pdf', 'PDF'],
    ['content/documents/2567/plan.v2.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Excel'],
    ['C:\\scans\\report.pdf', 'application/pdf', 'PDF'],
    ['archive.tar.gz', 'application/octet-stream', 'ไฟล์'],
    ['README', 'application/octet-stream', 'ไฟล์'],
    ['.pdf', 'application/octet-stream', 'ไฟล์'],
    ['folder.pdf/README', 'application/octet-stream', 'ไฟล์'],
    ['trailing-dot.', 'application/octet-stream', 'ไฟล์'],
  ])('%s → %s (%s)', (fileName, mediaType, label) => {
    expect(mediaTypeOf(fileName)).toBe(mediaType);
    expect(fileKindLabel(fileName)).toBe(label);
  });
});

describe('formatFileSize', () => {
  it.each([
    [0, '0 ไบต์'],
    [820, '820 ไบต์'],
    [1023, '1023 ไบต์'],
    [1024, '1.0 KB'],
    [15_667, '15.3 KB'],
    [1_048_575, '1.0 MB'],
    [1_048_576, '1.0 MB'],
    [2_202_010, '2.1 MB'],
    [5 * 1024 ** 3, '5.0 GB'],
  ])('%i bytes → %s', (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s', (bytes) => {
    expect(() => formatFileSize(bytes)).toThrow(RangeError);
  });
});

describe('readAttachmentInfo', () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'prongsai-attachment-info-'));
  });
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('hashes a small file to the known SHA-256 of "abc"', async () => {
    const file = path.join(scratch, 'abc.txt');
    writeFileSync(file, 'abc');
    expect(await readAttachmentInfo(file)).toEqual({
      bytes: 3,
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      mediaType: 'text/plain',
    });
  });

  it('hashes an empty file', async () => {
    const file = path.join(scratch, 'empty.pdf');
    writeFileSync(file, '');
    expect(await readAttachmentInfo(file)).toEqual({
      bytes: 0,
      sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      mediaType: 'application/pdf',
    });
  });

  it('hashes a file spanning many stream chunks like hashing it whole', async () => {
    const content = randomBytes(3 * 1024 * 1024 + 17);
    const file = path.join(scratch, 'รายงาน ขนาดใหญ่.pdf');
    writeFileSync(file, content);
    const info = await readAttachmentInfo(file);
    expect(info.bytes).toBe(content.length);
    expect(info.sha256).toBe(createHash('sha256').update(content).digest('hex'));
  });

  it('rejects a missing file', async () => {
    await expect(readAttachmentInfo(path.join(scratch, 'missing.pdf'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
