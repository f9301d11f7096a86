import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { escapesArchive, listZipEntries, readZipEntry, ZipArchiveError, type ZipEntry } from '../../src/lib/guards/zip-archive.ts';

const text = (value: string) => new TextEncoder().encode(value);

/** Offsets of every central-directory header, to change one field as a damaged or crafted archive would have it. */
function centralHeaders(zip: Uint8Array): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const offsets: number[] = [];
  for (let offset = 0; offset + 4 <= zip.length; offset++) if (view.getUint32(offset, true) === 0x02014b50) offsets.push(offset);
  return offsets;
}

function patched(zip: Uint8Array, change: (view: DataView, central: number) => void): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (const central of centralHeaders(copy)) change(view, central);
  return copy;
}

function problemOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof ZipArchiveError ? error.problem : `not a ZipArchiveError: ${String(error)}`;
  }
  return undefined;
}

const only = (zip: Uint8Array): ZipEntry => {
  const [entry, ...rest] = listZipEntries(zip);
  expect(rest).toEqual([]);
  if (!entry) throw new Error('no entry');
  return entry;
};

describe('listZipEntries and readZipEntry', () => {
  it('lists stored and deflated entries and folders, and reads each back byte for byte', () => {
    const long = 'ข้อมูล,1\n'.repeat(500);
    const zip = zipSync({ 'stored.txt': [text('ไม่บีบอัด'), { level: 0 }], 'folder/': new Uint8Array(0), 'folder/deflated.csv': [text(long), { level: 9 }] });
    const entries = listZipEntries(zip);
    expect(entries.map((entry) => [entry.name, entry.isDirectory])).toEqual([
      ['stored.txt', false],
      ['folder/', true],
      ['folder/deflated.csv', false],
    ]);
    expect([entries[0]?.compression, entries[2]?.compression]).toEqual([0, 8]);
    expect(new TextDecoder().decode(readZipEntry(zip, entries[0] as ZipEntry))).toBe('ไม่บีบอัด');
    expect(new TextDecoder().decode(readZipEntry(zip, entries[2] as ZipEntry))).toBe(long);
    expect(entries[2]?.compressedSize).toBeLessThan(entries[2]?.size ?? 0);
  });

  it('decodes Thai names written as UTF-8, and in the Thai Windows code page by tools that do not set the UTF-8 flag', () => {
    expect(only(zipSync({ 'รายงาน.pdf': text('x') })).name).toBe('รายงาน.pdf');
    // TIS-620 / windows-874: ก = 0xA1, ข = 0xA2. Written over an ASCII name of the same length, flag bit 11 cleared.
    const zip = zipSync({ 'ab.txt': text('x') });
    for (let offset = 0; offset + 6 <= zip.length; offset++) {
      if (new TextDecoder().decode(zip.subarray(offset, offset + 6)) === 'ab.txt') zip.set([0xa1, 0xa2], offset);
    }
    expect(only(zip).name).toBe('กข.txt');
  });

  it('reports an encrypted entry as encrypted and does not read it', () => {
    const zip = patched(zipSync({ 'secret.csv': text('a,b') }), (view, central) => view.setUint16(central + 8, view.getUint16(central + 8, true) | 1, true));
    const entry = only(zip);
    expect(entry.encrypted).toBe(true);
    expect(problemOf(() => readZipEntry(zip, entry))).toBe('encrypted');
  });

  it('refuses an entry that holds more than its directory declares (a bomb that lies about its size)', () => {
    const zip = patched(zipSync({ 'big.txt': new Uint8Array(100_000) }), (view, central) => view.setUint32(central + 24, 100, true));
    expect(problemOf(() => readZipEntry(zip, only(zip)))).toBe('damaged');
  });

  it('refuses an entry that holds less than its directory declares', () => {
    const zip = patched(zipSync({ 'small.txt': text('สั้น') }), (view, central) => view.setUint32(central + 24, 1_000, true));
    expect(problemOf(() => readZipEntry(zip, only(zip)))).toBe('damaged');
  });

  it('refuses an entry whose CRC does not match its data', () => {
    const zip = patched(zipSync({ 'a.txt': text('data') }), (view, central) => view.setUint32(central + 16, view.getUint32(central + 16, true) ^ 1, true));
    expect(problemOf(() => readZipEntry(zip, only(zip)))).toBe('damaged');
  });

  it('reports a compression method it cannot read (e.g. bzip2) as unsupported', () => {
    const zip = patched(zipSync({ 'a.txt': text('data') }), (view, central) => view.setUint16(central + 10, 12, true));
    expect(problemOf(() => readZipEntry(zip, only(zip)))).toBe('unsupported-compression');
  });

  it('tells bytes that are no ZIP at all from a ZIP that is damaged', () => {
    const zip = zipSync({ 'a.txt': text('data'), 'b.txt': text('more') });
    expect(problemOf(() => listZipEntries(text('PK\u0003\u0004 but nothing else')))).toBe('not-a-zip');
    expect(problemOf(() => listZipEntries(new Uint8Array(0)))).toBe('not-a-zip');
    expect(problemOf(() => listZipEntries(zip.subarray(0, zip.length - 10)))).toBe('not-a-zip');
    // The directory is at the end: cutting bytes out of the middle moves it away from where the end record points.
    const cut = new Uint8Array([...zip.subarray(0, 20), ...zip.subarray(60)]);
    expect(problemOf(() => listZipEntries(cut))).toBe('damaged');
  });
});

describe('escapesArchive', () => {
  it.each(['../outside.txt', 'a/../../outside.txt', '/etc/passwd', 'C:\\Windows\\x.dll', 'c:/x', '..\\x.txt', 'a\\..\\..\\x'])('%s escapes', (name) => {
    expect(escapesArchive(name)).toBe(true);
  });
  it.each(['a/b.txt', 'a/b..c.txt', '..hidden', 'folder/', 'ไฟล์/เอกสาร.pdf'])('%s stays inside', (name) => {
    expect(escapesArchive(name)).toBe(false);
  });
});
