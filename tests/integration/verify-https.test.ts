/**
 * `npm run verify`'s HTTPS checks against local servers with a certificate the test makes (openssl), every host name
 * resolved to the loopback: expiry within 30 days, an untrusted certificate, http:// and the bare domain.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';
import { readBuiltSite } from '../../src/lib/verify/built-site.ts';
import { createFetcher, defaultFetchSettings } from '../../src/lib/verify/http-fetch.ts';
import { tlsCertificateReader } from '../../src/lib/verify/tls-check.ts';
import { exitCodeOf, verifySite, type VerifyReport } from '../../src/lib/verify/verify-site.ts';
import { formatVerifyReport } from '../../src/lib/verify/format-report.ts';

const work = path.join(projectRoot, '.prongsai/test-sites/verify-https');
const homeHtml =
  '<!doctype html><html lang="th"><head><meta name="prongsai-build" content="as-of=2024-06-30; version=2024-06-29T03:04:05Z"><link rel="canonical" href="https://www.verify.test/"></head><body><main>หน้าแรก</main></body></html>';
const names = new Set(['www.verify.test', 'verify.test']);

/** Only the test's two names, and only to the loopback. */
const loopbackOnly: LookupFunction = (hostname, options, callback) => {
  const done = callback as (error: NodeJS.ErrnoException | null, address: string | { address: string; family: number }[], family?: number) => void;
  if (!names.has(hostname)) {
    const error: NodeJS.ErrnoException = new Error(`test lookup: ${hostname} is not a test name`);
    error.code = 'ENOTFOUND';
    done(error, '', 4);
    return;
  }
  if ((options as { all?: boolean }).all) done(null, [{ address: '127.0.0.1', family: 4 }]);
  else done(null, '127.0.0.1', 4);
};

interface Certificate {
  key: string;
  cert: string;
}

function makeCertificate(days: number): Certificate {
  const prefix = path.join(work, `cert-${days}`);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      `${prefix}.key`,
      '-out',
      `${prefix}.pem`,
      '-days',
      String(days),
      '-subj',
      '/CN=www.verify.test',
      '-addext',
      'subjectAltName=DNS:www.verify.test,DNS:verify.test',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(`${prefix}.key`, 'utf8'), cert: readFileSync(`${prefix}.pem`, 'utf8') };
}

const closers: (() => void)[] = [];
const listen = (server: http.Server | https.Server) =>
  new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
    closers.push(() => {
      server.close();
      server.closeAllConnections();
    });
  });

/** The site over HTTPS; the bare name is sent to www, as hosts usually do. */
async function httpsSite(certificate: Certificate): Promise<number> {
  const server = https.createServer(certificate, (request, response) => {
    const host = request.headers.host ?? '';
    if (host.startsWith('verify.test')) response.writeHead(301, { location: `https://www.${host}${request.url}` }).end();
    else if (request.url === '/') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(homeHtml);
    else response.writeHead(404).end();
  });
  return listen(server);
}

/** http:// answering with a redirect to the https site, or with the page itself. */
async function plainSite(redirectTo: number | undefined): Promise<number> {
  const server = http.createServer((request, response) => {
    if (redirectTo) response.writeHead(301, { location: `https://www.verify.test:${redirectTo}${request.url}` }).end();
    else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(homeHtml);
  });
  return listen(server);
}

async function verifyHttps(httpsPort: number, httpPort: number, trust: Certificate | undefined): Promise<VerifyReport> {
  const site = await readBuiltSite(path.join(work, 'built'));
  const fetcher = createFetcher({
    ...defaultFetchSettings,
    userAgent: 'ProngsaiVerify/test',
    timeoutMs: 2_000,
    retries: 0,
    backoffMs: 10,
    lookup: loopbackOnly,
    ...(trust ? { ca: trust.cert } : {}),
  });
  try {
    return await verifySite(site, fetcher, {
      baseUrl: `https://www.verify.test:${httpsPort}/`,
      concurrency: 2,
      slowMs: 10_000,
      extraBytes: 1024,
      otherPageBytes: 1024 * 1024,
      productToken: 'ProngsaiVerify',
      now: new Date(),
      https: {
        reader: tlsCertificateReader({ timeoutMs: 2_000, lookup: loopbackOnly, ...(trust ? { ca: trust.cert } : {}) }),
        httpUrl: `http://www.verify.test:${httpPort}/`,
        otherHostUrl: `https://verify.test:${httpsPort}/`,
        warnDays: 30,
      },
    });
  } finally {
    fetcher.close();
  }
}

let shortLived: Certificate;
let longLived: Certificate;

beforeAll(async () => {
  await rm(work, { recursive: true, force: true });
  await mkdir(path.join(work, 'built'), { recursive: true });
  await writeFile(path.join(work, 'built/index.html'), homeHtml);
  shortLived = makeCertificate(10);
  longLived = makeCertificate(400);
  expect(await readFile(path.join(work, 'cert-10.pem'), 'utf8')).toContain('BEGIN CERTIFICATE');
});

afterAll(async () => {
  for (const close of closers) close();
  await rm(work, { recursive: true, force: true });
});

describe('HTTPS checks', () => {
  it('passes a trusted certificate far from expiry, http:// redirected and the bare name leading to the site', async () => {
    const httpsPort = await httpsSite(longLived);
    const result = await verifyHttps(httpsPort, await plainSite(httpsPort), longLived);
    expect(result.findings).toEqual([]);
    expect(exitCodeOf(result)).toBe(0);
  });

  it('warns of a certificate expiring within 30 days, with the date (exit 1)', async () => {
    const httpsPort = await httpsSite(shortLived);
    const result = await verifyHttps(httpsPort, await plainSite(httpsPort), shortLived);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ kind: 'certificate-expiring', host: `www.verify.test:${httpsPort}` });
    const daysLeft = (result.findings[0] as { daysLeft: number }).daysLeft;
    expect(daysLeft).toBeGreaterThanOrEqual(9);
    expect(daysLeft).toBeLessThanOrEqual(10);
    const text = formatVerifyReport(result, { timeoutSeconds: 2 });
    expect(text).toContain(`ใบรับรอง HTTPS ของ www.verify.test:${httpsPort} จะหมดอายุใน ${daysLeft} วัน`);
    expect(text).toContain('ต่ออายุใบรับรอง');
    expect(exitCodeOf(result)).toBe(1);
  });

  it('reports http:// that serves the page instead of sending the visitor to https://', async () => {
    const httpsPort = await httpsSite(longLived);
    const result = await verifyHttps(httpsPort, await plainSite(undefined), longLived);
    expect(result.findings.map((finding) => finding.kind)).toEqual(['http-not-redirected']);
    expect(formatVerifyReport(result, { timeoutSeconds: 2 })).toContain('ไม่เปลี่ยนไปยัง https://');
  });

  it('cannot reach a site whose certificate no browser trusts, and says so (exit 2)', async () => {
    const httpsPort = await httpsSite(longLived);
    const result = await verifyHttps(httpsPort, await plainSite(httpsPort), undefined);
    expect(result.findings).toEqual([expect.objectContaining({ kind: 'unreachable', reason: 'tls' })]);
    expect(exitCodeOf(result)).toBe(2);
  });

  it('reads the certificate of the host by its name, untrusted or not', async () => {
    const httpsPort = await httpsSite(shortLived);
    const untrusted = await tlsCertificateReader({ timeoutMs: 2_000, lookup: loopbackOnly })('www.verify.test', httpsPort);
    expect(untrusted).toMatchObject({ trusted: false, subject: 'www.verify.test' });
    const trusted = await tlsCertificateReader({ timeoutMs: 2_000, lookup: loopbackOnly, ca: shortLived.cert })('www.verify.test', httpsPort);
    expect(trusted).toMatchObject({ trusted: true });
  });
});
