/**
 * `npm run verify`'s check: fetches every file the build publishes from the deployed site and compares it byte for
 * byte, reads changed pages for what was injected, follows every ITAS URL as an assessor's browser would, and checks
 * HTTPS. Network access goes through the Fetcher and the CertificateReader it is given, so tests feed local servers.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { mapInPool } from '../build/pool.ts';
import { buildMarkerOfHtml, compareBuildMarkers, type BuildMarker } from './build-marker.ts';
import { contentTypeMatches, type BuiltFile, type BuiltSite } from './built-site.ts';
import { firstDifferingLines, injectedMarkup, originOf, readPageMarkup, type LineDifference, type PageReference, type InlineScript } from './html-compare.ts';
import type { FailureKind, FetchOutcome, Fetcher, FetchedResponse } from './http-fetch.ts';
import { allowEverything, parseRobots, type RobotsRules } from './robots.ts';
import { daysUntil, type CertificateReader } from './tls-check.ts';

export type Finding =
  | { kind: 'unreachable'; url: string; reason: FailureKind; detail: string }
  | { kind: 'stale'; deployed: BuildMarker; built: BuildMarker; olderPages: number }
  | { kind: 'no-marker'; url: string; olderPages: number }
  | { kind: 'source-behind'; deployed: BuildMarker; built: BuildMarker }
  | { kind: 'changed'; url: string; file: string; difference?: LineDifference; injectedReferences: PageReference[]; injectedScripts: InlineScript[] }
  | { kind: 'older-page'; url: string; deployed: BuildMarker }
  | { kind: 'injected'; url: string; references: PageReference[]; scripts: InlineScript[] }
  | { kind: 'missing'; url: string; status: number }
  | { kind: 'server-error'; url: string; status: number }
  | { kind: 'unexpected-status'; url: string; status: number }
  | { kind: 'wrong-type'; url: string; expected: string; actual: string }
  | { kind: 'too-large'; url: string; limitBytes: number; expectedBytes: number }
  | { kind: 'no-answer'; url: string; reason: FailureKind; detail: string; redirects: string[] }
  | { kind: 'extra-page'; url: string; linkedFrom: string[]; status: number }
  | { kind: 'robots-skipped'; url: string; linkedFrom: string[] }
  | { kind: 'itas-broken'; code: string; url: string; status?: number; reason?: FailureKind }
  | { kind: 'itas-no-evidence'; code: string; url: string; missing: string[] }
  | { kind: 'certificate-expiring'; host: string; validTo: string; daysLeft: number }
  | { kind: 'certificate-untrusted'; host: string; problem: string; validTo?: string }
  | { kind: 'https-unreachable'; host: string; detail: string }
  | { kind: 'http-not-redirected'; url: string; status?: number; location?: string; reason?: FailureKind }
  | { kind: 'bare-domain'; url: string; status?: number; finalUrl?: string; reason?: FailureKind }
  | { kind: 'slow'; url: string; ms: number };

export type FindingKind = Finding['kind'];

/** Not a problem on its own: printed, but the exit code stays 0. */
const notes = new Set<FindingKind>(['slow', 'robots-skipped']);

export const isProblem = (finding: Finding) => !notes.has(finding.kind);

export interface VerifyOptions {
  /** Where the deployed site answers (default: the build's siteUrl) */
  baseUrl: string;
  concurrency: number;
  /** An answer slower than this is reported as slow */
  slowMs: number;
  /** Bytes read beyond a file's built size before reading stops (the file is different anyway) */
  extraBytes: number;
  /** Bytes read of a page the build never wrote, or of an ITAS answer */
  otherPageBytes: number;
  /** Checks the certificate, http:// and the bare domain (when the base URL is https) */
  https?: {
    reader: CertificateReader;
    /** http:// address expected to redirect to the base URL */
    httpUrl?: string;
    /** the bare domain (or www) address expected to answer with the site */
    otherHostUrl?: string;
    warnDays: number;
  };
  productToken: string;
  now: Date;
  /** The home page, when the caller has fetched it already (to read the deployed build's marker) */
  home?: FetchOutcome;
  /** Progress, for a terminal (files done of all) */
  onProgress?: (done: number, total: number) => void;
}

export interface VerifyReport {
  baseUrl: string;
  checkedAt: string;
  reachable: boolean;
  built: { marker?: BuildMarker; files: number };
  deployed: { marker?: BuildMarker };
  counts: { files: number; identical: number; itasUrls: number; itasOk: number };
  itasYear?: number;
  findings: Finding[];
}

/** 0: every check passed; 1: something is wrong; 2: the site could not be reached at all. */
export function exitCodeOf(report: VerifyReport): 0 | 1 | 2 {
  if (!report.reachable) return 2;
  return report.findings.some(isProblem) ? 1 : 0;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** An address on the deployed site for a path the build wrote (base may sit on another host than siteUrl, e.g. a test). */
export function deployedUrl(baseUrl: string, urlPath: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return new URL(urlPath.replace(/^\//, ''), base).href;
}

/** An absolute URL the build wrote (on siteUrl) moved onto the base URL. */
export function onBase(url: string, siteUrl: string, baseUrl: string): string {
  if (!siteUrl) return url;
  const site = new URL(siteUrl);
  const target = new URL(url);
  if (target.origin !== site.origin) return url;
  return deployedUrl(baseUrl, target.pathname.slice(site.pathname.length - 1) + target.search + target.hash);
}

/** Classifies one fetched build file; pushes what is wrong. Returns the deployed HTML when the page differs. */
function judgeFile(file: BuiltFile, url: string, outcome: FetchOutcome, limit: number, findings: Finding[]): 'identical' | { differs: Buffer } | 'failed' {
  if (!outcome.ok) {
    findings.push({ kind: 'no-answer', url, reason: outcome.kind, detail: outcome.detail, redirects: outcome.redirects });
    return 'failed';
  }
  if (outcome.status === 404 || outcome.status === 410) {
    findings.push({ kind: 'missing', url, status: outcome.status });
    return 'failed';
  }
  if (outcome.status >= 500) {
    findings.push({ kind: 'server-error', url, status: outcome.status });
    return 'failed';
  }
  if (outcome.status !== 200) {
    findings.push({ kind: 'unexpected-status', url, status: outcome.status });
    return 'failed';
  }
  if (outcome.tooLarge) {
    findings.push({ kind: 'too-large', url, limitBytes: limit, expectedBytes: file.bytes });
    return 'failed';
  }
  if (file.mediaType && !contentTypeMatches(file.mediaType, outcome.contentType))
    findings.push({ kind: 'wrong-type', url, expected: file.mediaType, actual: outcome.contentType || '(none)' });
  if (sha256(outcome.body) === file.sha256) return 'identical';
  return { differs: outcome.body };
}

export async function verifySite(site: BuiltSite, fetcher: Fetcher, options: VerifyOptions): Promise<VerifyReport> {
  const findings: Finding[] = [];
  const baseUrl = options.baseUrl;
  const report: VerifyReport = {
    baseUrl,
    checkedAt: options.now.toISOString(),
    reachable: true,
    built: { ...(site.marker ? { marker: site.marker } : {}), files: site.files.length },
    deployed: {},
    counts: { files: site.files.length, identical: 0, itasUrls: 0, itasOk: 0 },
    ...(site.itas ? { itasYear: site.itas.year } : {}),
    findings,
  };

  const homeUrl = deployedUrl(baseUrl, '/');
  // An address another check reads too (the home page, ITAS pages) is fetched once and kept; other bodies are let go.
  const itasUrls = new Set((site.itas?.items ?? []).filter((item) => item.url !== '').map((item) => onBase(item.url, site.siteUrl, baseUrl)));
  const fetched = new Map<string, Promise<FetchOutcome>>();
  const fetchOnce = (url: string, maxBytes: number) => {
    let pending = fetched.get(url);
    if (pending) return pending;
    // A large file may take longer than the timeout on a slow line: at least 100 KB/s is allowed for.
    pending = fetcher.fetch(url, { maxBytes, bodyTimeoutMs: maxBytes / 100 });
    if (itasUrls.has(url) || url === homeUrl) fetched.set(url, pending);
    return pending;
  };
  const noteSlow = (url: string, outcome: FetchOutcome) => {
    if (outcome.ok && outcome.firstByteMs > options.slowMs) findings.push({ kind: 'slow', url, ms: outcome.firstByteMs });
  };

  // The home page first: if it cannot be reached at all, nothing else is tried.
  const homeFile = site.files.find((file) => file.urlPath === '/');
  if (options.home) fetched.set(homeUrl, Promise.resolve(options.home));
  const home = await fetchOnce(homeUrl, (homeFile?.bytes ?? 0) + options.extraBytes);
  if (!home.ok && home.kind !== 'redirect-loop' && home.kind !== 'too-many-redirects' && home.kind !== 'bad-redirect') {
    report.reachable = false;
    findings.push({ kind: 'unreachable', url: homeUrl, reason: home.kind, detail: home.detail });
    return report;
  }
  const deployedMarker = home.ok && home.status === 200 ? buildMarkerOfHtml(home.body.toString('utf8')) : undefined;
  if (deployedMarker) report.deployed.marker = deployedMarker;
  const siteIsOlder =
    deployedMarker !== undefined &&
    site.marker !== undefined &&
    compareBuildMarkers(deployedMarker, site.marker) < 0 &&
    deployedMarker.version !== site.marker.version;
  // Built from a newer commit than this machine has: comparing would call every page changed.
  if (deployedMarker?.version && site.marker?.version && deployedMarker.version > site.marker.version) {
    findings.push({ kind: 'source-behind', deployed: deployedMarker, built: site.marker });
    return report;
  }
  // A site built before pages carried a marker is an older build as a whole (its home page has none).
  const siteHasNoMarker = deployedMarker === undefined && home.ok && home.status === 200;

  // Links in deployed pages to addresses on the site that the build never wrote, by address → the pages linking.
  const builtPaths = new Set(site.files.map((file) => file.urlPath));
  const unknownLinks = new Map<string, Set<string>>();
  const baseOrigin = new URL(baseUrl).origin;
  const siteOrigin = site.siteUrl ? new URL(site.siteUrl).origin : baseOrigin;
  const foreign = (reference: PageReference) => {
    const origin = originOf(reference.url);
    return origin !== undefined && origin !== baseOrigin && !site.writtenOrigins.has(origin);
  };
  const noteUnknownLinks = (pageUrl: string, references: PageReference[]) => {
    for (const reference of references) {
      if (reference.element !== 'a' && reference.element !== 'area') continue;
      const origin = originOf(reference.url);
      if (origin !== baseOrigin && origin !== siteOrigin) continue;
      const target = new URL(onBase(reference.url, site.siteUrl, baseUrl));
      target.hash = '';
      target.search = '';
      const relative = target.pathname.slice(new URL(baseUrl).pathname.length - 1);
      if (builtPaths.has(relative) || builtPaths.has(`${relative}/`)) continue;
      const linking = unknownLinks.get(target.href) ?? new Set<string>();
      linking.add(pageUrl);
      unknownLinks.set(target.href, linking);
    }
  };

  let olderPages = 0;
  let done = 0;
  await mapInPool(site.files, options.concurrency, async (file) => {
    const url = deployedUrl(baseUrl, file.urlPath);
    const limit = file.bytes + options.extraBytes;
    const outcome = await fetchOnce(url, limit);
    noteSlow(url, outcome);
    const judged = judgeFile(file, url, outcome, limit, findings);
    options.onProgress?.((done += 1), site.files.length);
    if (judged === 'identical') {
      report.counts.identical += 1;
      return;
    }
    if (judged === 'failed') return;
    if (!file.file.endsWith('.html')) {
      findings.push({ kind: 'changed', url, file: file.file, injectedReferences: [], injectedScripts: [] });
      return;
    }
    const deployedHtml = judged.differs.toString('utf8');
    const builtHtml = await readFile(path.join(site.dir, file.file), 'utf8');
    const deployedMarkup = readPageMarkup(deployedHtml, url);
    const injected = injectedMarkup(readPageMarkup(builtHtml, url), deployedMarkup);
    noteUnknownLinks(url, injected.references);
    const pageMarker = buildMarkerOfHtml(deployedHtml);
    const olderPage = pageMarker
      ? site.marker !== undefined && pageMarker.version !== site.marker.version && compareBuildMarkers(pageMarker, site.marker) < 0
      : siteHasNoMarker;
    if (olderPage) {
      // A page of an older build: what it refers to is judged against every origin the build writes, not its own page.
      olderPages += 1;
      if (pageMarker && !siteIsOlder) findings.push({ kind: 'older-page', url, deployed: pageMarker });
      const references = deployedMarkup.references.filter(foreign);
      const scripts = deployedMarkup.inlineScripts.filter((script) => injected.inlineScripts.includes(script));
      if (references.length > 0 || scripts.length > 0) findings.push({ kind: 'injected', url, references, scripts });
      return;
    }
    const difference = firstDifferingLines(builtHtml, deployedHtml);
    findings.push({
      kind: 'changed',
      url,
      file: file.file,
      ...(difference ? { difference } : {}),
      injectedReferences: injected.references,
      injectedScripts: injected.inlineScripts,
    });
  });
  if (siteIsOlder && site.marker && deployedMarker) findings.push({ kind: 'stale', deployed: deployedMarker, built: site.marker, olderPages });
  if (siteHasNoMarker) findings.push({ kind: 'no-marker', url: homeUrl, olderPages });

  // Pages the build never wrote but a deployed page links to: fetched only where robots.txt allows.
  if (unknownLinks.size > 0) {
    const robots = await robotsOf(fetcher, baseUrl, options.productToken);
    await mapInPool([...unknownLinks], options.concurrency, async ([url, linking]) => {
      const linkedFrom = [...linking].sort();
      if (!robots.isAllowed(new URL(url).pathname)) {
        findings.push({ kind: 'robots-skipped', url, linkedFrom });
        return;
      }
      const outcome = await fetchOnce(url, options.otherPageBytes);
      findings.push({ kind: 'extra-page', url, linkedFrom, status: outcome.ok ? outcome.status : 0 });
    });
  }

  // The ITAS sheet: each item's URL, followed as a browser would, answers 200 and links to each piece of its evidence.
  if (site.itas) {
    const items = site.itas.items.filter((item) => item.url !== '');
    report.counts.itasUrls = items.length;
    await mapInPool(items, options.concurrency, async (item) => {
      const url = onBase(item.url, site.siteUrl, baseUrl);
      const outcome = await fetchOnce(url, options.otherPageBytes);
      if (!outcome.ok) {
        findings.push({ kind: 'itas-broken', code: item.code, url, reason: outcome.kind });
        return;
      }
      if (outcome.status !== 200 || outcome.tooLarge) {
        findings.push({ kind: 'itas-broken', code: item.code, url, status: outcome.status });
        return;
      }
      const linked = new Set(
        readPageMarkup(outcome.body.toString('utf8'), (outcome as FetchedResponse).finalUrl).references.map((reference) => withoutHash(reference.url)),
      );
      const missing = item.evidenceUrls.filter(
        (evidence) => !linked.has(withoutHash(onBase(evidence, site.siteUrl, baseUrl))) && !linked.has(withoutHash(evidence)),
      );
      if (missing.length > 0) findings.push({ kind: 'itas-no-evidence', code: item.code, url, missing });
      else report.counts.itasOk += 1;
    });
  }

  if (options.https && new URL(baseUrl).protocol === 'https:') await checkHttps(baseUrl, fetcher, options.https, options.now, findings);
  findings.sort((a, b) => findingOrder.indexOf(a.kind) - findingOrder.indexOf(b.kind) || urlOf(a).localeCompare(urlOf(b)));
  return report;
}

const findingOrder: FindingKind[] = [
  'unreachable',
  'source-behind',
  'stale',
  'no-marker',
  'injected',
  'changed',
  'extra-page',
  'missing',
  'older-page',
  'server-error',
  'unexpected-status',
  'no-answer',
  'too-large',
  'wrong-type',
  'itas-broken',
  'itas-no-evidence',
  'certificate-untrusted',
  'certificate-expiring',
  'https-unreachable',
  'http-not-redirected',
  'bare-domain',
  'robots-skipped',
  'slow',
];
const urlOf = (finding: Finding) => ('url' in finding ? finding.url : 'host' in finding ? finding.host : '');
const withoutHash = (url: string) => url.replace(/#.*$/, '');

async function robotsOf(fetcher: Fetcher, baseUrl: string, productToken: string): Promise<RobotsRules> {
  const outcome = await fetcher.fetch(deployedUrl(baseUrl, '/robots.txt'), { maxBytes: 512 * 1024 });
  return outcome.ok && outcome.status === 200 ? parseRobots(outcome.body.toString('utf8'), productToken) : allowEverything;
}

async function checkHttps(baseUrl: string, fetcher: Fetcher, https: NonNullable<VerifyOptions['https']>, now: Date, findings: Finding[]): Promise<void> {
  const base = new URL(baseUrl);
  const port = Number(base.port || 443);
  const certificate = await https.reader(base.hostname, port);
  if ('unreachable' in certificate) findings.push({ kind: 'https-unreachable', host: base.host, detail: certificate.unreachable });
  else if (!certificate.trusted)
    findings.push({
      kind: 'certificate-untrusted',
      host: base.host,
      problem: certificate.problem ?? 'untrusted',
      ...(certificate.validTo ? { validTo: certificate.validTo } : {}),
    });
  else if (certificate.validTo) {
    const daysLeft = daysUntil(certificate.validTo, now);
    if (daysLeft <= https.warnDays) findings.push({ kind: 'certificate-expiring', host: base.host, validTo: certificate.validTo, daysLeft });
  }
  if (https.httpUrl) {
    // A browser typing the address without https:// must land on the https site.
    const outcome = await fetcher.fetch(https.httpUrl, { maxBytes: 256 * 1024 });
    if (!outcome.ok) findings.push({ kind: 'http-not-redirected', url: https.httpUrl, reason: outcome.kind });
    else if (new URL(outcome.finalUrl).protocol !== 'https:')
      findings.push({
        kind: 'http-not-redirected',
        url: https.httpUrl,
        status: outcome.status,
        ...(outcome.redirects.length ? { location: outcome.finalUrl } : {}),
      });
  }
  if (https.otherHostUrl) {
    const outcome = await fetcher.fetch(https.otherHostUrl, { maxBytes: 2 * 1024 * 1024 });
    if (!outcome.ok) findings.push({ kind: 'bare-domain', url: https.otherHostUrl, reason: outcome.kind });
    else if (outcome.status !== 200 || new URL(outcome.finalUrl).protocol !== 'https:')
      findings.push({ kind: 'bare-domain', url: https.otherHostUrl, status: outcome.status, finalUrl: outcome.finalUrl });
  }
}

/** `https://www.x.go.th/` → `https://x.go.th/`: the bare name citizens type, which should lead to the site. Undefined without `www.`. */
export function bareDomainUrl(baseUrl: string): string | undefined {
  const url = new URL(baseUrl);
  if (!url.hostname.startsWith('www.') || !url.hostname.slice(4).includes('.')) return undefined;
  url.hostname = url.hostname.slice(4);
  return url.href;
}

/** The http:// form of an https address (default port), the one a citizen reaches by typing the bare name. */
export function httpUrlOf(baseUrl: string): string | undefined {
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:') return undefined;
  url.protocol = 'http:';
  url.port = '';
  return url.href;
}
