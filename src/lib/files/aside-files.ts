/**
 * Files written aside and then moved into place, so that a command stopped at any instant (Ctrl-C, kill, power cut)
 * never leaves half a file under its real name. The aside file is hidden (the content reader, the guards and the
 * build skip hidden files) and named `.<target name>.<process id>.<kind>`; the next run removes those whose process is
 * gone.
 */
import { readdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What wrote the aside file: `npm run ocr` (partial) or `npm run import` (importing). */
export type AsideKind = 'partial' | 'importing';

const asidePattern = /^\..+\.(\d+)\.(?:partial|importing)$/;

export const asideFileOf = (target: string, kind: AsideKind, pid = process.pid) => path.join(path.dirname(target), `.${path.basename(target)}.${pid}.${kind}`);

/** The process that wrote a file aside, when `name` is one. */
export function isAsideFile(name: string): { pid: number } | undefined {
  const match = asidePattern.exec(name);
  return match ? { pid: Number(match[1]) } : undefined;
}

/** Whether a process of that id is running (EPERM: it is, as another user's). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Writes `bytes` aside and renames it onto `target` (replacing an older file whole); on failure removes what it wrote. */
export async function writeFileAtomically(target: string, bytes: Uint8Array | string, kind: AsideKind): Promise<void> {
  const aside = asideFileOf(target, kind);
  try {
    await writeFile(aside, bytes);
    await rename(aside, target);
  } catch (error) {
    await unlink(aside).catch(() => undefined);
    throw error;
  }
}

/** Removes the files a stopped run left aside anywhere under `folder` (not those of a run still going); returns their paths, forward slashes. */
export async function removeLeftoverAsideFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  const removed: string[] = [];
  for (const entry of entries) {
    const aside = entry.isFile() ? isAsideFile(entry.name) : undefined;
    if (!aside || aside.pid === process.pid || isRunning(aside.pid)) continue;
    const file = path.join(entry.parentPath, entry.name);
    await unlink(file).catch(() => undefined);
    removed.push(path.relative(folder, file).split(path.sep).join('/'));
  }
  return removed;
}
