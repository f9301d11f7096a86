/**
 * `npm run verify -- [URL] [--json] [--summary] [--since-deploy] [--dist DIR] [--year Y] [--content DIR]
 *   [--timeout S] [--retries N] [--concurrency N] [--wait S]`: compares the deployed site with a build of the current
 * commit (see docs/verify.md). Exit 0 = all good; 1 = a problem (or the comparison could not be set up); 2 = the site
 * could not be reached.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { commandArgumentsOrExit } from '../src/lib/cli/command-options.ts';
import { childProcessEnvironment, resolveConfig } from '../src/config.ts';
import { siteUrlFromContent } from '../src/integrations/site-url.ts';
import { bangkokIsoDate } from '../src/lib/calendar/thai-date.ts';
import { buildMarkerOfHtml } from '../src/lib/verify/build-marker.ts';
import { readBuiltSite } from '../src/lib/verify/built-site.ts';
import { formatVerifyReport, formatVerifySummary, thaiTime, verifyReportJson, type FormatOptions } from '../src/lib/verify/format-report.ts';
import { createFetcher, defaultFetchSettings, type FetchOutcome } from '../src/lib/verify/http-fetch.ts';
import { commitsAt, readSourceVersion, readUncommittedChanges } from '../src/lib/verify/source-version.ts';
import { tlsCertificateReader } from '../src/lib/verify/tls-check.ts';
import { bareDomainUrl, deployedUrl, exitCodeOf, httpUrlOf, verifySite } from '../src/lib/verify/verify-site.ts';
import { verifyWords } from '../src/i18n/verify.ts';
import { loadAndValidateContent } from '../src/lib/content/load-content.ts';
import { currentItaYear } from '../src/lib/oit/current-year.ts';

const productToken = 'ProngsaiVerify';
const userAgent = `${productToken}/1.0 (+self-check of an agency's Prongsai site against its source; npm run verify)`;

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

const { values, positionals } = commandArgumentsOrExit(
  {
    json: { type: 'boolean', default: false },
    summary: { type: 'boolean', default: false },
    'since-deploy': { type: 'boolean', default: false },
    dist: { type: 'string' },
    year: { type: 'string' },
    content: { type: 'string' },
    root: { type: 'string' },
    timeout: { type: 'string', default: '20' },
    retries: { type: 'string', default: '2' },
    concurrency: { type: 'string', default: '6' },
    wait: { type: 'string', default: '300' },
    'slow-seconds': { type: 'string', default: '5' },
  },
  verifyWords.usage,
);
const numberOption = (option: 'timeout' | 'concurrency' | 'wait' | 'retries' | 'slow-seconds', minimum: number) => {
  const value = values[option];
  return Number.isFinite(Number(value)) && Number(value) >= minimum ? Number(value) : fail(verifyWords.badNumber(option, value, minimum));
};
const timeoutSeconds = numberOption('timeout', 0.05);
const concurrency = Math.round(numberOption('concurrency', 1));
const waitSeconds = numberOption('wait', 0);

const config = resolveConfig({ root: values.root, contentDir: values.content });
const environment = childProcessEnvironment();
const given = positionals[0] ?? siteUrlFromContent(config.root, config.contentDir);
if (!given) fail(verifyWords.noSiteUrl);
let baseUrl: string;
try {
  const url = new URL(given);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('scheme');
  baseUrl = url.href.endsWith('/') ? url.href : `${url.href}/`;
} catch {
  fail(verifyWords.badUrl(given));
}
// Progress and the build's own output go to stderr, so --json and --summary print only what they promise.
const say = (line: string) => process.stderr.write(`${line}\n`);

const fetcher = createFetcher({
  ...defaultFetchSettings,
  userAgent,
  timeoutMs: timeoutSeconds * 1000,
  retries: Math.round(numberOption('retries', 0)),
  connections: concurrency,
});
const formatOptions: FormatOptions = { timeoutSeconds };

const homeUrl = deployedUrl(baseUrl, '/');
const probeHome = () => fetcher.fetch(homeUrl, { maxBytes: 5 * 1024 * 1024 });
const markerOf = (outcome: FetchOutcome) => (outcome.ok && outcome.status === 200 ? buildMarkerOfHtml(outcome.body.toString('utf8')) : undefined);
let home = await probeHome();

const sourceVersion = await readSourceVersion(config.root, environment);
const uncommitted = await readUncommittedChanges(config.root, environment);
const sinceDeploy = values['since-deploy'];

const reached = (outcome: FetchOutcome) => outcome.ok || ['redirect-loop', 'too-many-redirects', 'bad-redirect'].includes(outcome.kind);

if (sinceDeploy && sourceVersion) {
  // Right after an upload the host (or its CDN) may still serve the previous build for a while: wait for this commit's.
  const deadline = Date.now() + waitSeconds * 1000;
  const pause = Math.min(15, Math.max(1, waitSeconds / 10));
  while (markerOf(home)?.version !== sourceVersion && Date.now() + pause * 1000 <= deadline) {
    say(verifyWords.waiting({ seconds: pause }));
    await new Promise((resolve) => setTimeout(resolve, pause * 1000));
    home = await probeHome();
  }
}

let builtDir = '';
if (values.dist !== undefined) {
  // A build we did not make is taken only when it says it is of the current commit and nothing is uncommitted.
  const dist = values.dist;
  builtDir = path.resolve(config.root, dist);
  const html = await readFile(path.join(builtDir, 'index.html'), 'utf8').catch(() => undefined);
  if (html === undefined) fail(verifyWords.distMissing({ dir: dist }));
  const marker = buildMarkerOfHtml(html);
  if (!marker || marker.version !== sourceVersion)
    fail(
      verifyWords.distNotCurrent({
        dir: dist,
        built: marker?.version ? thaiTime(marker.version) : '?',
        current: sourceVersion ? thaiTime(sourceVersion) : '?',
      }),
    );
  if (uncommitted !== '') fail(verifyWords.distDirty({ dir: dist }));
  // Built on another day than the deployed site: its statuses would differ, so build on the deployed site's day instead.
  const deployedAsOf = markerOf(home)?.asOf;
  if (deployedAsOf && deployedAsOf !== marker.asOf) builtDir = await buildForComparison(deployedAsOf);
} else if (reached(home)) {
  // The build is made on the deployed build's day, so statuses judged "as of" that day match byte for byte.
  const asOf = markerOf(home)?.asOf ?? bangkokIsoDate(new Date());
  builtDir = await buildForComparison(asOf);
}

/** Builds the working tree into .prongsai/verify/<content>/site, or reuses the last such build when nothing it was made from has changed. */
async function buildForComparison(asOf: string): Promise<string> {
  // One build per content folder, so checking another agency's content never replaces this one's.
  const verifyDir = path.join(config.workDir, 'verify', config.contentDir.replace(/[^a-z0-9]+/gi, '-'));
  const dir = path.join(verifyDir, 'site');
  const stampFile = path.join(verifyDir, 'site-source.json');
  const stamp = JSON.stringify({
    sourceVersion,
    asOf,
    contentDir: config.contentDir,
    uncommitted,
    content: await contentFingerprint(path.join(config.root, config.contentDir)),
  });
  const previous = await readFile(stampFile, 'utf8').catch(() => '');
  if (previous === stamp && existsSync(path.join(dir, 'index.html'))) {
    say(verifyWords.reusingBuild);
    return dir;
  }
  say(verifyWords.building({ asOf }));
  await mkdir(verifyDir, { recursive: true });
  await rm(stampFile, { force: true });
  const buildScript = path.join(config.root, 'scripts/build.ts');
  const output: Buffer[] = [];
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(
      process.execPath,
      [buildScript, '--root', config.root, '--content', config.contentDir, '--out', path.relative(config.root, dir), '--as-of', asOf],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    // The build's own warnings are the build's business; they are shown only if it fails.
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', () => resolve(null));
    child.on('close', resolve);
  });
  if (code !== 0) {
    process.stderr.write(Buffer.concat(output));
    fail(verifyWords.buildFailed);
  }
  await writeFile(stampFile, stamp);
  return dir;
}

/** Path, size and modification time of every content file: git does not see a content folder it ignores. */
async function contentFingerprint(contentRoot: string): Promise<string> {
  const hash = createHash('sha256');
  const entries = await readdir(contentRoot, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    const { size, mtimeMs } = await stat(file);
    hash.update(`${path.relative(contentRoot, file)}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/** The ITA year `npm run check` checks by default: the latest catalogue year with content. */
async function currentYear(): Promise<number | undefined> {
  if (values.year) return Number(values.year);
  const { model } = await loadAndValidateContent(config.root, config.contentDir, { pdfTextCacheDir: config.pdfTextCacheDir });
  return model ? currentItaYear(model) : undefined;
}

const itasYear = builtDir ? await currentYear() : undefined;
const site = builtDir
  ? await readBuiltSite(builtDir, itasYear !== undefined ? { itasYear } : {})
  : { dir: '', files: [], siteUrl: baseUrl, writtenOrigins: new Set<string>() };
const https = new URL(baseUrl).protocol === 'https:';
const report = await verifySite(site, fetcher, {
  baseUrl,
  concurrency,
  slowMs: numberOption('slow-seconds', 0.1) * 1000,
  extraBytes: 1024 * 1024,
  otherPageBytes: 5 * 1024 * 1024,
  productToken,
  now: new Date(),
  home,
  ...(https
    ? {
        https: {
          reader: tlsCertificateReader({ timeoutMs: timeoutSeconds * 1000 }),
          ...(httpUrlOf(baseUrl) ? { httpUrl: httpUrlOf(baseUrl)! } : {}),
          ...(bareDomainUrl(baseUrl) ? { otherHostUrl: bareDomainUrl(baseUrl)! } : {}),
          warnDays: 30,
        },
      }
    : {}),
  onProgress:
    process.stderr.isTTY && !values.json
      ? (done, total) => {
          if (done % 500 === 0) say(verifyWords.progress({ done, total }));
        }
      : undefined,
});
fetcher.close();

const stale = report.findings.find((finding) => finding.kind === 'stale');
if (stale?.kind === 'stale' && stale.deployed.version) {
  const commits = await commitsAt(config.root, stale.deployed.version, environment);
  if (commits.length > 0) formatOptions.staleCommits = commits.join('; ');
}
formatOptions.dirtyTree = Boolean(uncommitted) && values.dist === undefined;
const exitCode = exitCodeOf(report);
if (values.json) console.log(verifyReportJson(report, exitCode, formatOptions));
else if (values.summary) console.log(formatVerifySummary(report, formatOptions));
else console.log(`${formatVerifyReport(report, formatOptions)}\n\n${formatVerifySummary(report, formatOptions)}`);
process.exitCode = exitCode;
