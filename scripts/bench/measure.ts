/**
 * Measuring tools shared by the benchmarks (`npm run bench`, `npm run bench:search`): peak memory of a process tree,
 * folder sizes, and the bytes a fresh browser fetches for a first search. Peak memory is read from /proc (Linux).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../lib/browser.ts';
import { projectRoot } from '../lib/fixture-site.ts';

export const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** Resident memory of a process and all its descendants, in bytes (0 where /proc is unavailable). */
export function treeMemory(pid: number): number {
  let total = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop()!;
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${current}/status`, 'utf8'))?.[1] ?? 0) * 1024;
      for (const task of readdirSync(`/proc/${current}/task`)) {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').trim();
        if (children) pending.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total;
}

/** utime, stime, cutime and cstime of /proc/self/stat in seconds (the kernel counts 100 ticks a second); undefined without /proc. */
function processorTimes(): number[] | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // The fields after the command name, which may itself hold spaces and parentheses: utime is the 12th of them.
    return stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .slice(11, 15)
      .map((ticks) => Number(ticks) / 100);
  } catch {
    return undefined;
  }
}

/** Processor seconds (user and system) of every child process this one has waited for, and of theirs; 0 where unknown. */
export function waitedChildrenCpuSeconds(): number {
  const [, , childrenUser = 0, childrenSystem = 0] = processorTimes() ?? [];
  return childrenUser + childrenSystem;
}

/** Processor seconds of this process and of the children it has waited for; 0 where unknown. */
export function ownAndChildrenCpuSeconds(): number {
  return (processorTimes() ?? []).reduce((sum, seconds) => sum + seconds, 0);
}

export interface Run {
  seconds: number;
  /** Processor seconds of the whole process tree (user and system; 0 where unknown): steadier than `seconds` on a shared machine */
  cpuSeconds: number;
  /** Highest resident memory of the whole process tree seen while it ran */
  peakBytes: number;
  stdout: string;
  stderr: string;
}

/** Several runs of one build as one: the middle time (the mean of the middle two for an even count) and the highest peak. */
export function combineRuns(runs: readonly Run[]): { seconds: number; peakBytes: number } {
  const sorted = runs.map((run) => run.seconds).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return {
    seconds: sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2,
    peakBytes: Math.max(...runs.map((run) => run.peakBytes)),
  };
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** How often the process tree's memory is read */
  sampleMs?: number;
}

/** Runs a command (by default a Node script: `command` omitted) and follows the peak memory of its process tree. */
export function runMeasured(args: string[], { cwd = projectRoot, env = {}, sampleMs = 20 }: RunOptions = {}, command: string = process.execPath): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuBefore = waitedChildrenCpuSeconds();
    const child = spawn(command, args, { cwd, env: { ...process.env, PRONGSAI_LOG_LEVEL: 'warn', ...env } });
    let peakBytes = 0;
    let stdout = '';
    let stderr = '';
    const timer = setInterval(() => (peakBytes = Math.max(peakBytes, treeMemory(child.pid!))), sampleMs);
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${stdout}\n${stderr}`));
      else resolve({ seconds: (performance.now() - started) / 1000, cpuSeconds: waitedChildrenCpuSeconds() - cpuBefore, peakBytes, stdout, stderr });
    });
  });
}

export async function folderSize(folder: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

/** A static server that counts the bytes it sends, as sent and as a gzip-ing host would send them. */
export async function countingServer(root: string) {
  const counted = { bytes: 0, gzipBytes: 0, requests: 0 };
  /** Each request served, with when it arrived (ms since the epoch), so what a page fetched before a moment can be told apart */
  const served: { path: string; gzipBytes: number; at: number }[] = [];
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.woff2': 'font/woff2',
    '.svg': 'image/svg+xml',
  };
  const server = createServer(async (request, response) => {
    const arrived = Date.now();
    let file = path.join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname));
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      counted.requests += 1;
      counted.bytes += body.length;
      // Pagefind's index files and WebAssembly and the fonts are already compressed; the rest a host would gzip.
      const gzipBytes = /\.(pf_\w+|woff2|pagefind)$/.test(file) ? body.length : gzipSync(body).length;
      counted.gzipBytes += gzipBytes;
      served.push({ path: request.url ?? '/', gzipBytes, at: arrived });
      // Like a static host: files other than pages may be kept by the browser for a while.
      const caching = file.endsWith('.html') ? 'no-cache' : 'max-age=600';
      response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': caching }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { origin, counted, served, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Bytes a fresh browser fetches to open /search/?q=… and show the first results. */
export async function firstQueryBytes(distDir: string, query: string): Promise<{ requests: number; bytes: number; gzipBytes: number; seconds: number }> {
  const server = await countingServer(distDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const started = performance.now();
    await page.goto(`${server.origin}/search/?q=${encodeURIComponent(query)}`);
    // The first result on the page (the procurement pages' index, merged after it, is not part of it), or the page done finding none.
    await page.waitForSelector('#search-list > li, section.search-results[aria-busy="false"]', { state: 'attached', timeout: 60_000 });
    return { ...server.counted, seconds: (performance.now() - started) / 1000 };
  } finally {
    await browser.close();
    await server.close();
  }
}
