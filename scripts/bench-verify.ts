/**
 * `npm run bench:verify [-- --docs 1000,10000] [--concurrency 6] [--reuse]`: the time `npm run verify` takes on a
 * generated agency site (scripts/bench/lib/bench-site.ts) served by a local static host in its own process: reading and
 * hashing the build, then fetching and comparing every file and following every ITAS URL. The build itself is timed
 * apart (it is `npm run bench`'s subject). Everything is written under .prongsai/bench-verify/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from './lib/fixture-site.ts';
import { writeBenchSite } from './bench/lib/bench-site.ts';
import { readBuiltSite } from '../src/lib/verify/built-site.ts';
import { createFetcher, defaultFetchSettings } from '../src/lib/verify/http-fetch.ts';
import { exitCodeOf, verifySite } from '../src/lib/verify/verify-site.ts';
import { loadAndValidateContent } from '../src/lib/content/load-content.ts';
import { currentItaYear } from '../src/lib/oit/current-year.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '6' },
    /** Keep an earlier generated site and build of the same size */
    reuse: { type: 'boolean', default: false },
  },
});
const counts = values.docs.split(',').map((value) => Number(value.trim()));
if (counts.some((count) => !Number.isInteger(count) || count < 1)) throw new Error(`--docs takes positive whole numbers (got ${values.docs})`);
const concurrency = Number(values.concurrency);
const work = path.join(projectRoot, '.prongsai/bench-verify');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function run(command: string[], quiet = true): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, command, { cwd: projectRoot, stdio: quiet ? 'ignore' : 'inherit' });
    child.on('close', resolve);
  });
}

/** The static host in a process of its own, as a real host would be. */
async function startHost(dir: string): Promise<{ origin: string; child: ChildProcess }> {
  const helper = path.join(projectRoot, 'scripts/lib/static-server.ts');
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { serveStatic } from ${JSON.stringify(helper)}; const server = await serveStatic(process.argv[1]); console.log(server.origin);`,
      dir,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const origin = await new Promise<string>((resolve) => child.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())));
  return { origin, child };
}

console.log(`verify benchmark: concurrency ${concurrency}, a static host on the loopback in its own process`);
for (const count of counts) {
  const siteRoot = path.join(work, `site-${count}`);
  const outDir = path.join(work, `dist-${count}`);
  let buildMs = 0;
  if (!values.reuse || !existsSync(path.join(outDir, 'index.html'))) {
    const site = await writeBenchSite(projectRoot, siteRoot, count);
    const started = performance.now();
    const code = await run(
      ['scripts/build.ts', '--content', path.relative(projectRoot, site.contentDir), '--out', path.relative(projectRoot, outDir), '--as-of', '2024-06-30'],
      false,
    );
    buildMs = performance.now() - started;
    if (code !== 0) throw new Error(`the build of ${count} documents failed`);
  }
  const host = await startHost(outDir);
  try {
    // As the command does: the content is read for the current ITA year (PDF text comes from the build's cache).
    const startedModel = performance.now();
    const { model } = await loadAndValidateContent(projectRoot, path.relative(projectRoot, path.join(siteRoot, 'content')), {
      pdfTextCacheDir: path.join(projectRoot, '.prongsai/pdf-text'),
    });
    const itasYear = model ? currentItaYear(model) : undefined;
    const modelMs = performance.now() - startedModel;
    const startedRead = performance.now();
    const built = await readBuiltSite(outDir, itasYear !== undefined ? { itasYear } : {});
    const readMs = performance.now() - startedRead;
    const bytes = built.files.reduce((sum, file) => sum + file.bytes, 0);
    const fetcher = createFetcher({ ...defaultFetchSettings, userAgent: 'ProngsaiVerify/bench', connections: concurrency });
    const startedVerify = performance.now();
    const report = await verifySite(built, fetcher, {
      baseUrl: `${host.origin}/`,
      concurrency,
      slowMs: 5_000,
      extraBytes: 1024 * 1024,
      otherPageBytes: 5 * 1024 * 1024,
      productToken: 'ProngsaiVerify',
      now: new Date(),
    });
    const verifyMs = performance.now() - startedVerify;
    fetcher.close();
    const total = modelMs + readMs + verifyMs;
    console.log(
      [
        `${count.toLocaleString('en')} documents: ${built.files.length.toLocaleString('en')} files, ${(bytes / 1024 / 1024).toFixed(0)} MB, ITAS URLs ${report.counts.itasUrls}`,
        buildMs ? `  build (not counted): ${seconds(buildMs)}` : '  build reused',
        `  read the content for the ITA year: ${seconds(modelMs)}`,
        `  read and hash the build: ${seconds(readMs)}`,
        `  fetch and compare: ${seconds(verifyMs)} (${Math.round(built.files.length / (verifyMs / 1000))} files/s)`,
        `  verify total: ${seconds(total)} — exit code ${exitCodeOf(report)}, ${report.findings.length} findings, identical ${report.counts.identical}/${built.files.length}`,
        `  peak memory of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
      ].join('\n'),
    );
  } finally {
    host.child.kill();
  }
}
