/**
 * `npm run verify` against a local static host serving a built fixture site: the clean copy passes, and each kind of
 * tampering or host fault, one at a time, is reported in Thai with the right exit code — quickly, without hanging.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtureSite, projectRoot, type ScratchSite } from '../../scripts/lib/fixture-site.ts';
import { runBuild } from '../helpers/run-build.ts';
import { copySharedBuild, sharedBuild } from '../helpers/shared-build.ts';
import { minimalAsOf } from '../helpers/shared-sites.ts';
import { serveSilence, serveStatic, type Route, type StaticServer } from '../../scripts/lib/static-server.ts';
import { tinyPdf } from '../helpers/tiny-pdf.ts';
import { readBuiltSite, type BuiltSite } from '../../src/lib/verify/built-site.ts';
import { createFetcher, defaultFetchSettings, type Fetcher } from '../../src/lib/verify/http-fetch.ts';
import { exitCodeOf, verifySite, type Finding, type VerifyOptions, type VerifyReport } from '../../src/lib/verify/verify-site.ts';
import { formatVerifyReport, formatVerifySummary } from '../../src/lib/verify/format-report.ts';

const scratch = path.join(projectRoot, '.prongsai/test-sites');
const currentDir = path.join(scratch, 'verify-current');
const olderDir = path.join(scratch, 'verify-older');
const deployedDir = path.join(scratch, 'verify-deployed');
const asOf = minimalAsOf;
const attachmentPath = 'files/documents/2567/procurement-plan-2567.pdf';

let site: ScratchSite;
let built: BuiltSite;
const servers: StaticServer[] = [];

/** Settings a test can afford: short timeouts and backoff, so every fault is reported within seconds. */
function testFetcher(timeoutMs = 2_000): Fetcher {
  return createFetcher({ ...defaultFetchSettings, userAgent: 'ProngsaiVerify/test', timeoutMs, retries: 1, backoffMs: 20, connections: 4 });
}

async function verifyAgainst(origin: string, fetcher = testFetcher(), options: Partial<VerifyOptions> = {}): Promise<VerifyReport> {
  try {
    return await verifySite(built, fetcher, {
      baseUrl: `${origin}/`,
      concurrency: 4,
      slowMs: 10_000,
      extraBytes: 1024 * 1024,
      otherPageBytes: 2 * 1024 * 1024,
      productToken: 'ProngsaiVerify',
      now: new Date('2024-07-01T00:00:00Z'),
      ...options,
    });
  } finally {
    fetcher.close();
  }
}

/** A fresh copy of the current build to break, served like a static host. */
async function deploy(change: (dir: string) => Promise<void> = async () => undefined, routes: Record<string, Route> = {}, onRequest?: Route): Promise<string> {
  await rm(deployedDir, { recursive: true, force: true });
  await cp(currentDir, deployedDir, { recursive: true });
  await change(deployedDir);
  const server = await serveStatic(deployedDir, routes, onRequest);
  servers.push(server);
  return server.origin;
}

const report = (result: VerifyReport) => formatVerifyReport(result, { timeoutSeconds: 2 });
const kinds = (result: VerifyReport) => result.findings.map((finding) => finding.kind);
const ofKind = <Kind extends Finding['kind']>(result: VerifyReport, kind: Kind) =>
  result.findings.filter((finding): finding is Extract<Finding, { kind: Kind }> => finding.kind === kind);

/** Every page of a build folder, changed alike. */
async function rewritePages(dir: string, change: (html: string) => string): Promise<void> {
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    await writeFile(file, change(await readFile(file, 'utf8')));
  }
}

beforeAll(async () => {
  site = await copyFixtureSite('minimal', 'verify-content');
  // The older build: the fixture as it was (its build on the same day is shared with build.test.ts and
  // new-command.test.ts), copied, its marker moved back as if built from an earlier commit.
  const older = await sharedBuild('minimal');
  expect(older.run.code, older.run.stderr).toBe(0);
  await copySharedBuild(older, olderDir);
  await rewritePages(olderDir, (html) => html.replace(/version=[0-9TZ:-]+/, 'version=2020-01-02T03:04:05Z'));
  // The current build has one news item more.
  await site.write(
    'content/news/open-day.md',
    '---\ntitle: วันเปิดบ้าน อบต.ทดสอบ\ndate: 2567-05-01\nsummary: เชิญประชาชนเยี่ยมชมสำนักงาน\n---\nเชิญประชาชนเยี่ยมชมสำนักงาน อบต.ทดสอบ\n',
  );
  const current = await runBuild(site.contentDirFromProject, path.relative(projectRoot, currentDir), { PRONGSAI_AS_OF: asOf });
  expect(current.code, current.stderr).toBe(0);
  built = await readBuiltSite(currentDir, { itasYear: 2567 });
}, 600_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await site?.remove();
  for (const dir of [currentDir, olderDir, deployedDir]) await rm(dir, { recursive: true, force: true });
});

describe('npm run verify against a local static host', () => {
  it('passes a faithful copy: every file identical, every ITAS URL answers with its evidence (exit 0)', async () => {
    const result = await verifyAgainst(await deploy());
    expect(result.findings.filter((finding) => finding.kind !== 'slow')).toEqual([]);
    expect(result.counts.identical).toBe(built.files.length);
    expect(built.files.some((file) => file.file === attachmentPath)).toBe(true);
    expect(result.counts.itasUrls).toBeGreaterThan(0);
    expect(result.counts.itasOk).toBe(result.counts.itasUrls);
    expect(result.deployed.marker).toEqual(built.marker);
    expect(exitCodeOf(result)).toBe(0);
    expect(report(result)).toContain('ผ่านทุกข้อ');
  });

  it('names an injected gambling link and a hidden script on a page, and says it may be an intrusion (exit 1)', async () => {
    const origin = await deploy(async (dir) => {
      const home = path.join(dir, 'index.html');
      const injected =
        '<div style="position:absolute;left:-9999px"><a href="https://slot-gacor88.example/">สล็อตเว็บตรง แตกง่าย</a><script>document.write("x")</script><script src="https://cdn.slot-gacor88.example/a.js"></script></div>';
      await writeFile(home, (await readFile(home, 'utf8')).replace('</footer>', `${injected}</footer>`));
    });
    const result = await verifyAgainst(origin);
    const [changed, ...others] = ofKind(result, 'changed');
    expect(others).toEqual([]);
    expect(changed?.url).toBe(`${origin}/`);
    expect(changed?.injectedReferences).toEqual([
      { element: 'a', attribute: 'href', url: 'https://slot-gacor88.example/', hidden: true },
      { element: 'script', attribute: 'src', url: 'https://cdn.slot-gacor88.example/a.js', hidden: true },
    ]);
    expect(changed?.injectedScripts).toEqual([{ text: 'document.write("x")', hidden: true }]);
    expect(changed?.difference?.deployed.join('\n')).toContain('left:-9999px');
    expect(exitCodeOf(result)).toBe(1);
    const text = report(result);
    expect(text).toContain(`หน้าเว็บถูกแก้ไข ไม่ตรงกับที่ระบบสร้าง: ${origin}/`);
    expect(text).toContain('มีลิงก์ที่ระบบไม่ได้สร้าง: https://slot-gacor88.example/ (ไปยังเว็บไซต์ภายนอกที่ระบบไม่เคยลิงก์) — ซ่อนไม่ให้ผู้อ่านเห็น');
    expect(text).toContain('มีสคริปต์ในหน้าที่ระบบไม่ได้สร้าง: document.write("x") — ซ่อนไม่ให้ผู้อ่านเห็น');
    expect(text).toContain('อาจถูกเจาะระบบ');
  });

  it('reports a replaced PDF as changed, to be restored (exit 1)', async () => {
    const origin = await deploy((dir) => writeFile(path.join(dir, attachmentPath), tinyPdf()));
    const result = await verifyAgainst(origin);
    expect(kinds(result)).toEqual(['changed']);
    expect(ofKind(result, 'changed')[0]?.url).toBe(`${origin}/${attachmentPath}`);
    expect(exitCodeOf(result)).toBe(1);
    expect(report(result)).toContain(`ไฟล์ถูกแทนที่ ไม่ตรงกับที่ระบบสร้าง (SHA-256 ต่างกัน): ${origin}/${attachmentPath}`);
    expect(report(result)).toContain('นำไฟล์ต้นฉบับ');
  });

  it('reports a deleted attachment as missing, to be uploaded again (exit 1)', async () => {
    const origin = await deploy((dir) => rm(path.join(dir, attachmentPath)));
    const result = await verifyAgainst(origin);
    expect(kinds(result)).toEqual(['missing']);
    expect(report(result)).toContain(`ไม่พบไฟล์บนเว็บไซต์ (ตอบ 404): ${origin}/${attachmentPath}`);
    expect(report(result)).toContain('npm run build แล้วอัปโหลด dist/');
    expect(exitCodeOf(result)).toBe(1);
  });

  it('finds a page the build never wrote, linked from the home page (exit 1)', async () => {
    const origin = await deploy(async (dir) => {
      const home = path.join(dir, 'index.html');
      await writeFile(home, (await readFile(home, 'utf8')).replace('</main>', '<p><a href="/promo/">โปรโมชั่นพิเศษ</a></p></main>'));
      await cp(path.join(dir, 'contact/index.html'), path.join(dir, 'promo/index.html'));
    });
    const result = await verifyAgainst(origin);
    expect(kinds(result)).toEqual(['changed', 'extra-page']);
    expect(ofKind(result, 'extra-page')).toEqual([{ kind: 'extra-page', url: `${origin}/promo/`, linkedFrom: [`${origin}/`], status: 200 }]);
    expect(report(result)).toContain(`มีหน้าที่ระบบไม่ได้สร้างอยู่บนเว็บไซต์: ${origin}/promo/ — ลิงก์จาก ${origin}/`);
    expect(exitCodeOf(result)).toBe(1);
  });

  it('asks robots.txt before opening a page the build never wrote, as ProngsaiVerify, and opens none it forbids', async () => {
    const requested: string[] = [];
    const agents = new Set<string>();
    const origin = await deploy(
      async (dir) => {
        const home = path.join(dir, 'index.html');
        await writeFile(home, (await readFile(home, 'utf8')).replace('</main>', '<p><a href="/promo/">โปรโมชั่นพิเศษ</a></p></main>'));
        await writeFile(path.join(dir, 'robots.txt'), 'User-agent: *\nAllow: /\n\nUser-agent: ProngsaiVerify\nDisallow: /promo/\n');
      },
      {},
      (request) => {
        requested.push(request.url ?? '');
        agents.add(String(request.headers['user-agent']));
      },
    );
    const result = await verifyAgainst(origin);
    expect(kinds(result)).toEqual(['changed', 'changed', 'robots-skipped']);
    expect(requested).not.toContain('/promo/');
    expect([...agents]).toEqual(['ProngsaiVerify/test']);
    expect(report(result)).toContain(`ไม่ได้เปิดหน้าที่ระบบไม่ได้สร้าง ${origin}/promo/ (robots.txt ไม่อนุญาต)`);
  });

  it('keeps to the number of requests at a time it was given', async () => {
    let open = 0;
    let most = 0;
    const origin = await deploy(undefined, {}, (_request, response) => {
      open += 1;
      most = Math.max(most, open);
      response.on('close', () => (open -= 1));
    });
    const result = await verifyAgainst(origin);
    expect(exitCodeOf(result)).toBe(0);
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(4);
  });

  it('names the pages a half-finished upload left from the older build (exit 1)', async () => {
    const origin = await deploy(async (dir) => {
      for (const page of ['about/index.html', 'contact/index.html']) await cp(path.join(olderDir, page), path.join(dir, page));
    });
    const result = await verifyAgainst(origin);
    expect(ofKind(result, 'older-page').map((finding) => finding.url)).toEqual([`${origin}/about/`, `${origin}/contact/`]);
    expect(kinds(result).filter((kind) => kind !== 'older-page')).toEqual([]);
    expect(report(result)).toContain(`หน้านี้ยังเป็นฉบับเก่า (ข้อมูลรุ่น 2 มกราคม 2563 เวลา 10:04 น.) ขณะที่หน้าอื่นเป็นฉบับปัจจุบัน — อัปโหลดไม่ครบ: ${origin}/about/`);
    expect(exitCodeOf(result)).toBe(1);
  });

  it('says the site is an older build, of which date, and what it lacks (exit 1)', async () => {
    const server = await serveStatic(olderDir);
    servers.push(server);
    const result = await verifyAgainst(server.origin);
    const [stale] = ofKind(result, 'stale');
    expect(stale?.deployed).toEqual({ asOf, version: '2020-01-02T03:04:05Z' });
    expect(stale?.built).toEqual(built.marker);
    // The new news item's page is not there; pages of the older build are not called tampered.
    expect(ofKind(result, 'missing').map((finding) => finding.url)).toContain(`${server.origin}/news/item/open-day/`);
    expect(ofKind(result, 'injected')).toEqual([]);
    expect(ofKind(result, 'changed').every((finding) => !finding.file.endsWith('.html'))).toBe(true);
    expect(report(result)).toContain('เว็บไซต์ที่ออนไลน์เป็นฉบับเก่า: สร้างจากข้อมูลรุ่น 2 มกราคม 2563 เวลา 10:04 น.');
    expect(exitCodeOf(result)).toBe(1);
  });

  it('calls a site whose pages carry no marker an older build, not an intrusion (exit 1)', async () => {
    const origin = await deploy((dir) => rewritePages(dir, (html) => html.replace(/<meta name="prongsai-build"[^>]*>/, '')));
    const result = await verifyAgainst(origin);
    expect(kinds(result)).toEqual(['no-marker']);
    expect(ofKind(result, 'no-marker')[0]?.olderPages).toBe(built.files.filter((file) => file.file.endsWith('.html')).length);
    expect(report(result)).toContain('เว็บไซต์ที่ออนไลน์ไม่มีเครื่องหมายรุ่น');
    expect(report(result)).not.toContain('อาจถูกเจาะระบบ');
    expect(exitCodeOf(result)).toBe(1);
  });

  it("says this machine's repository is behind when the site was built from a newer commit (exit 1)", async () => {
    const origin = await deploy((dir) => rewritePages(dir, (html) => html.replace(/version=[0-9TZ:-]+/, 'version=2099-01-01T00:00:00Z')));
    const result = await verifyAgainst(origin);
    expect(kinds(result)).toEqual(['source-behind']);
    expect(report(result)).toContain('git pull');
    expect(exitCodeOf(result)).toBe(1);
  });

  it('reports a 500 on one URL, and the ITAS item it breaks (exit 1)', async () => {
    const item = built.itas?.items.find((entry) => entry.url !== '');
    expect(item).toBeDefined();
    const itemPath = `/oit/2567/${item!.code.toLowerCase()}/`;
    let requests = 0;
    const origin = await deploy(undefined, {
      [itemPath]: (_request, response) => {
        requests += 1;
        response.writeHead(500).end('boom');
      },
    });
    const result = await verifyAgainst(origin);
    expect(kinds(result)).toEqual(['server-error', 'itas-broken']);
    expect(ofKind(result, 'itas-broken')[0]).toMatchObject({ code: item!.code, status: 500 });
    // One attempt and one retry; the ITAS check reuses the answer.
    expect(requests).toBe(2);
    expect(report(result)).toContain(`เครื่องเว็บไซต์ตอบผิดพลาด (500): ${origin}${itemPath}`);
    expect(report(result)).toContain(`URL ของข้อ ${item!.code} ในตาราง ITAS เปิดไม่ได้ (ตอบ 500): ${origin}${itemPath}`);
    expect(exitCodeOf(result)).toBe(1);
  });

  it('reports a redirect loop instead of following it forever (exit 1)', async () => {
    const origin = await deploy(undefined, {
      '/about/': (_request, response) => response.writeHead(302, { location: '/about/again/' }).end(),
      '/about/again/': (_request, response) => response.writeHead(301, { location: '/about/' }).end(),
    });
    const result = await verifyAgainst(origin);
    expect(ofKind(result, 'no-answer')).toEqual([
      {
        kind: 'no-answer',
        url: `${origin}/about/`,
        reason: 'redirect-loop',
        detail: expect.any(String),
        redirects: [`${origin}/about/again/`, `${origin}/about/`],
      },
    ]);
    expect(report(result)).toContain(`เปิดไม่ได้ (เปลี่ยนเส้นทาง (redirect) วนกลับมาที่เดิมไม่รู้จบ): ${origin}/about/`);
    expect(exitCodeOf(result)).toBe(1);
  });

  it('notes a slow answer without failing, and times out a body that trickles forever (exit 1)', async () => {
    const origin = await deploy(undefined, {
      '/contact/': (_request, response) =>
        void setTimeout(() => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>late</p>'), 400),
      [`/${attachmentPath}`]: (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/pdf' });
        const drip = setInterval(() => (response.destroyed ? clearInterval(drip) : response.write('%')), 50);
        response.on('close', () => clearInterval(drip));
      },
    });
    const started = Date.now();
    // A body is given the time its size needs at 100 KB/s (here the timeout, 1.5 s), each of two attempts.
    const result = await verifyAgainst(origin, testFetcher(1_500), { slowMs: 300, extraBytes: 64 * 1024 });
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(ofKind(result, 'slow').map((finding) => finding.url)).toEqual([`${origin}/contact/`]);
    expect(ofKind(result, 'no-answer')).toEqual([expect.objectContaining({ url: `${origin}/${attachmentPath}`, reason: 'timeout' })]);
    expect(report(result)).toContain(`ตอบช้า (0.4 วินาที): ${origin}/contact/`);
    expect(exitCodeOf(result)).toBe(1);
  });

  it('gives up on a host that never answers within the timeout and exits 2', async () => {
    const silent = await serveSilence();
    servers.push(silent);
    const started = Date.now();
    const result = await verifyAgainst(silent.origin, testFetcher(300));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.reachable).toBe(false);
    expect(kinds(result)).toEqual(['unreachable']);
    expect(exitCodeOf(result)).toBe(2);
    expect(formatVerifySummary(result, { timeoutSeconds: 0.3 })).toBe(`⚠ ${new URL(silent.origin).host}: เข้าเว็บไซต์ไม่ได้ (ไม่ตอบภายใน 0.3 วินาที)`);
  });

  it('stops reading a 50 MB answer at the cap and reports it (exit 1)', async () => {
    let sent = 0;
    const origin = await deploy(undefined, {
      [`/${attachmentPath}`]: (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(50 * 1024 * 1024) });
        const chunk = Buffer.alloc(64 * 1024, 0x20);
        const write = () => {
          while (sent < 50 * 1024 * 1024 && !response.destroyed) {
            sent += chunk.length;
            if (!response.write(chunk)) return void response.once('drain', write);
          }
          response.end();
        };
        response.on('close', () => undefined);
        write();
      },
    });
    const result = await verifyAgainst(origin);
    expect(kinds(result)).toEqual(['too-large']);
    expect(ofKind(result, 'too-large')[0]?.url).toBe(`${origin}/${attachmentPath}`);
    // The download was cut off near the cap (1 MB beyond the file's size), not read to the end.
    expect(sent).toBeLessThan(10 * 1024 * 1024);
    expect(report(result)).toContain('ไฟล์บนเว็บไซต์ใหญ่กว่าที่ระบบสร้าง');
    expect(exitCodeOf(result)).toBe(1);
  });
});

describe('the command', () => {
  const runVerify = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      // A generous timeout (a test that wants one short passes its own, which wins): a loaded CI machine once answered one of the site's files after 2 s.
      const child = spawn(process.execPath, ['scripts/verify.ts', '--timeout', '15', '--retries', '0', ...args, '--content', site.contentDirFromProject], {
        cwd: projectRoot,
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

  it("builds the current content on the deployed build's day, and exits 0 on a faithful copy, 1 when tampered, 2 when unreachable", async () => {
    const clean = await runVerify([`${await deploy()}/`, '--summary']);
    expect(clean.stderr).toContain(`สถานะ OIT ณ ${asOf}`);
    expect(clean.stdout).toMatch(/^✓ 127\.0\.0\.1:\d+: ตรงกับที่ระบบสร้างทุกไฟล์/);
    expect(clean.code).toBe(0);

    const origin = await deploy((dir) => rm(path.join(dir, attachmentPath)));
    const tampered = await runVerify([`${origin}/`, '--json']);
    expect(tampered.code).toBe(1);
    const json = JSON.parse(tampered.stdout) as { exitCode: number; findings: { kind: string; url: string; th: string }[] };
    expect(json.exitCode).toBe(1);
    expect(json.findings.map((finding) => [finding.kind, finding.url])).toEqual([['missing', `${origin}/${attachmentPath}`]]);

    const silent = await serveSilence();
    servers.push(silent);
    const unreachable = await runVerify([`${silent.origin}/`, '--timeout', '0.3']);
    expect(unreachable.code).toBe(2);
    expect(unreachable.stdout).toContain('เข้าเว็บไซต์');
  }, 180_000);

  it("--since-deploy waits for this commit's build to appear, and calls a site that stays old stale", async () => {
    const olderHome = await readFile(path.join(olderDir, 'index.html'));
    let homeRequests = 0;
    const origin = await deploy(undefined, {
      '/': (_request, response) => {
        homeRequests += 1;
        // The host serves the previous build for the first two requests, as a CDN does for a while after an upload.
        if (homeRequests <= 2) response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(olderHome);
        else response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(path.join(deployedDir, 'index.html')));
      },
    });
    const waited = await runVerify([`${origin}/`, '--since-deploy', '--wait', '5', '--summary']);
    expect(waited.stderr).toContain('เว็บไซต์ยังเป็นฉบับเก่า รอให้การอัปโหลดเผยแพร่');
    expect(homeRequests).toBeGreaterThanOrEqual(3);
    expect(waited.stdout).toMatch(/^✓ /);
    expect(waited.code).toBe(0);

    const old = await serveStatic(olderDir);
    servers.push(old);
    const stale = await runVerify([`${old.origin}/`, '--since-deploy', '--wait', '0', '--summary']);
    expect(stale.stdout).toContain('เป็นฉบับเก่า 1');
    expect(stale.code).toBe(1);
  }, 180_000);
});
