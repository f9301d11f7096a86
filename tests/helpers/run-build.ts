import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';

export interface BuildRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run build`'s script as staff would, against another content folder and output folder. */
export function runBuild(contentDir: string, outDir: string, extraEnv: Record<string, string> = {}): Promise<BuildRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.ts', '--content', contentDir, '--out', outDir], {
      cwd: projectRoot,
      env: { ...process.env, ...extraEnv },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** One hash over every file's path and bytes: equal hashes mean the folder is exactly as it was. */
export async function hashTree(directory: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    hash.update(path.relative(directory, file));
    hash.update(await readFile(file));
  }
  return hash.digest('hex');
}
