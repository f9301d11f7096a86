import { afterEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { swapOutput, type SwapFileSystem } from '../../src/lib/build/swap-output.ts';
import { commandWords } from '../../src/i18n/terminal.ts';

let scratch: string;
afterEach(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function site(folder: string, text: string): Promise<void> {
  await mkdir(path.join(folder, 'documents'), { recursive: true });
  await writeFile(path.join(folder, 'index.html'), text);
  await writeFile(path.join(folder, 'documents', 'a.html'), `${text} a`);
}

/** A disk where the project and the output folder are two file systems: a rename between them fails as Linux's does. */
function twoDisks(projectDir: string): SwapFileSystem & { renames: string[] } {
  const renames: string[] = [];
  return {
    renames,
    async rename(from, to) {
      renames.push(`${path.basename(from)} → ${path.basename(to)}`);
      if (from.startsWith(projectDir) !== to.startsWith(projectDir))
        throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
      await rename(from, to);
    },
  };
}

/** A project with a built site staged in `.prongsai/staging-<n>`, and an output folder outside it (with the old site unless `fresh`). */
async function outsideProject(stagingName: string, { fresh = false } = {}) {
  scratch = await mkdtemp(path.join(tmpdir(), 'swap-'));
  const projectDir = path.join(scratch, 'project');
  const staging = path.join(projectDir, '.prongsai', stagingName);
  const www = path.join(scratch, 'www');
  const out = path.join(www, 'site');
  await site(staging, 'new');
  if (!fresh) await site(out, 'old');
  return { projectDir, staging, www, out, retired: path.join(www, '.site-previous'), disks: twoDisks(projectDir) };
}

describe('the built site replaces the output folder whole', () => {
  it('renames a staging folder beside the output into place and keeps nothing else', async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'swap-'));
    const out = path.join(scratch, 'dist');
    await site(out, 'old');
    await site(path.join(scratch, '.dist-staging-1'), 'new');
    await swapOutput(path.join(scratch, '.dist-staging-1'), out, path.join(scratch, '.dist-previous'));
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('new');
    expect(await readdir(scratch)).toEqual(['dist']);
  });

  it('copies a staging folder on another file system beside the output first, then swaps, and leaves no copy behind', async () => {
    const { projectDir, staging, www, out, retired, disks } = await outsideProject('staging-7');
    await swapOutput(staging, out, retired, disks);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('new');
    expect(await readFile(path.join(out, 'documents', 'a.html'), 'utf8')).toBe('new a');
    expect(await readdir(www)).toEqual(['site']);
    expect(await readdir(path.join(projectDir, '.prongsai'))).toEqual([]);
    // The staging folder could not be renamed across; the copy beside the output was.
    expect(disks.renames[0]).toBe(`staging-7 → .site-incoming-${process.pid}`);
  });

  it('makes the output folder where none was, outside the project', async () => {
    const { staging, out, retired, disks } = await outsideProject('staging-8', { fresh: true });
    await swapOutput(staging, out, retired, disks);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('new');
  });

  it('leaves no copy behind when the output folder cannot be moved aside (a mount point)', async () => {
    const { staging, www, out, retired, disks } = await outsideProject('staging-10');
    const mounted: SwapFileSystem = {
      rename: (from, to) => (from === out ? Promise.reject(Object.assign(new Error('EBUSY'), { code: 'EBUSY' })) : disks.rename(from, to)),
    };
    await expect(swapOutput(staging, out, retired, mounted)).rejects.toThrow('EBUSY');
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('old');
    expect(await readdir(www)).toEqual(['site']);
  });

  it('leaves the previous output exactly as it was when the last rename fails', async () => {
    const { staging, www, out, retired, disks } = await outsideProject('staging-9');
    const failing: SwapFileSystem = {
      rename: (from, to) =>
        path.basename(to) === 'site' && path.basename(from).includes('incoming') ? Promise.reject(new Error('EACCES')) : disks.rename(from, to),
    };
    await expect(swapOutput(staging, out, retired, failing)).rejects.toThrow('EACCES');
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('old');
    expect(await readdir(www)).toEqual(['site']);
  });
});

describe('when the built site cannot be put in place, staff read why and what to do', () => {
  const place = { folder: '/var/www/html', parent: '/var/www' };
  it('names the folder they may not write to', () => {
    const [th, en] = commandWords.swapFailed('/var/www/html', "EACCES: permission denied, mkdir '/var/www/.html-incoming-7'", 'EACCES', place);
    expect(th).toContain('ไม่มีสิทธิ์เขียนในโฟลเดอร์ /var/www');
    expect(th).toContain('วิธีแก้');
    expect(th).toContain('EACCES: permission denied');
    expect(en).toContain('may not write to /var/www');
    expect(commandWords.swapFailed('/var/www/html', 'EPERM: operation not permitted', 'EPERM', place)[0]).toContain('ไม่มีสิทธิ์เขียน');
  });

  it('says a mount point cannot be moved, and to build into a folder inside it', () => {
    const [th] = commandWords.swapFailed('/var/www/html', 'EBUSY: resource busy or locked', 'EBUSY', place);
    expect(th).toContain('/var/www/html/site/');
  });

  it('says a full or read-only disk in words, and passes anything else on as the system said it', () => {
    expect(commandWords.swapFailed('dist', 'ENOSPC: no space left on device', 'ENOSPC', place)[0]).toContain('พื้นที่ดิสก์');
    expect(commandWords.swapFailed('dist', 'EROFS: read-only file system', 'EROFS', place)[0]).toContain('อ่านได้อย่างเดียว');
    expect(commandWords.swapFailed('dist', 'EIO: i/o error', 'EIO', place)).toEqual([
      'แทนที่โฟลเดอร์ dist ไม่สำเร็จ: EIO: i/o error',
      'Could not replace dist: EIO: i/o error',
    ]);
  });
});
