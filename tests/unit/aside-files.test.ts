/** Files written aside and moved into place: what an interrupted `npm run ocr` or `npm run import` leaves, and how it is cleared. */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { asideFileOf, isAsideFile, removeLeftoverAsideFiles, writeFileAtomically } from '../../src/lib/files/aside-files.ts';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'prongsai-aside-'));
  await mkdir(path.join(folder, 'documents/2567'), { recursive: true });
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const list = async (sub = 'documents/2567') => (await readdir(path.join(folder, sub))).sort();

describe('aside file names', () => {
  it('are hidden, name their target, the process and the command', () => {
    expect(path.basename(asideFileOf('/c/documents/2567/plan.pdf.ocr.txt', 'partial', 4242))).toBe('.plan.pdf.ocr.txt.4242.partial');
    expect(path.dirname(asideFileOf('/c/documents/2567/plan.pdf.ocr.txt', 'partial', 4242))).toBe('/c/documents/2567');
  });
  it('are told from staff files by their whole shape', () => {
    expect(isAsideFile('.plan.pdf.ocr.txt.4242.partial')).toEqual({ pid: 4242 });
    expect(isAsideFile('.แผน.pdf.12.importing')).toEqual({ pid: 12 });
    // A staff file that merely ends alike, a visible one, one without a process number: not ours.
    expect(isAsideFile('plan.pdf.ocr.txt.4242.partial')).toBeUndefined();
    expect(isAsideFile('.plan.partial')).toBeUndefined();
    expect(isAsideFile('.gitkeep')).toBeUndefined();
    expect(isAsideFile('.plan.pdf.ocr.txt.abc.partial')).toBeUndefined();
  });
});

describe('writeFileAtomically', () => {
  it('writes the whole file and leaves nothing aside', async () => {
    const target = path.join(folder, 'documents/2567/plan.pdf.ocr.txt');
    await writeFileAtomically(target, 'ข้อความ'.repeat(10_000), 'partial');
    expect(await readFile(target, 'utf8')).toBe('ข้อความ'.repeat(10_000));
    expect(await list()).toEqual(['plan.pdf.ocr.txt']);
  });
  it('replaces an older text whole: the old one stays until the new one is complete', async () => {
    const target = path.join(folder, 'documents/2567/plan.pdf.ocr.txt');
    await writeFile(target, 'เก่า');
    await writeFileAtomically(target, 'ใหม่', 'partial');
    expect(await readFile(target, 'utf8')).toBe('ใหม่');
    expect(await list()).toEqual(['plan.pdf.ocr.txt']);
  });
  it('removes what it wrote aside when the move fails, and says so', async () => {
    // The target is a folder: rename onto it fails.
    const target = path.join(folder, 'documents/2567/taken');
    await mkdir(path.join(target, 'inside'), { recursive: true });
    await expect(writeFileAtomically(target, 'x', 'partial')).rejects.toThrow();
    expect(await list()).toEqual(['taken']);
  });
});

describe('removeLeftoverAsideFiles', () => {
  it('removes what a stopped run left, anywhere under the folder, and keeps a running one’s and every staff file', async () => {
    const dead = 2 ** 22 + 17; // beyond Linux's pid_max default: never a live process
    await writeFile(path.join(folder, `documents/2567/.plan.pdf.ocr.txt.${dead}.partial`), '# half');
    await writeFile(path.join(folder, `documents/.report.pdf.${dead}.importing`), '%PDF-1.4 half');
    await writeFile(path.join(folder, `documents/2567/.live.pdf.ocr.txt.${process.pid}.partial`), '# being written');
    await writeFile(path.join(folder, 'documents/2567/plan.pdf.ocr.txt'), '# whole');
    await writeFile(path.join(folder, 'documents/2567/.gitkeep'), '');
    await writeFile(path.join(folder, 'documents/2567/notes.partial'), 'staff');

    const removed = await removeLeftoverAsideFiles(folder);
    expect(removed.sort()).toEqual([`documents/.report.pdf.${dead}.importing`, `documents/2567/.plan.pdf.ocr.txt.${dead}.partial`]);
    expect(await list()).toEqual(['.gitkeep', `.live.pdf.ocr.txt.${process.pid}.partial`, 'notes.partial', 'plan.pdf.ocr.txt']);
    expect(await list('documents')).toEqual(['2567']);
  });
  it('is quiet on a folder that does not exist', async () => {
    expect(await removeLeftoverAsideFiles(path.join(folder, 'missing'))).toEqual([]);
  });
});
