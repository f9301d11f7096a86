/** The pure parts of `npm run verify`: build marker, robots.txt, reading pages for injected markup, addresses, retries, the report. */
import { describe, expect, it } from 'vitest';
import { buildMarkerOfHtml, compareBuildMarkers, formatBuildMarker, markerVersionOf, parseBuildMarker } from '../../src/lib/verify/build-marker.ts';
import { chooseItasSheet, contentTypeMatches, originsInHtml, urlPathOf } from '../../src/lib/verify/built-site.ts';
import { firstDifferingLines, injectedMarkup, readPageMarkup } from '../../src/lib/verify/html-compare.ts';
import { isRetryable, retryDelay, type FetchOutcome } from '../../src/lib/verify/http-fetch.ts';
import { parseRobots } from '../../src/lib/verify/robots.ts';
import { bareDomainUrl, deployedUrl, exitCodeOf, httpUrlOf, onBase, type VerifyReport } from '../../src/lib/verify/verify-site.ts';
import { formatVerifySummary, thaiDay, thaiTime } from '../../src/lib/verify/format-report.ts';
import { daysUntil } from '../../src/lib/verify/tls-check.ts';

describe('build marker', () => {
  it('round-trips and carries dates only', () => {
    const marker = { asOf: '2024-06-30', version: '2024-06-29T03:04:05Z' };
    expect(formatBuildMarker(marker)).toBe('as-of=2024-06-30; version=2024-06-29T03:04:05Z');
    expect(parseBuildMarker(formatBuildMarker(marker))).toEqual(marker);
    expect(parseBuildMarker('as-of=2024-06-30')).toEqual({ asOf: '2024-06-30' });
    expect(parseBuildMarker('version=2024-06-29T03:04:05Z')).toBeUndefined();
    expect(parseBuildMarker('as-of=2024-06-30; version=abc123')).toEqual({ asOf: '2024-06-30' });
  });

  it('is read from a page whatever the attribute order or quotes', () => {
    expect(buildMarkerOfHtml(`<meta content='as-of=2024-06-30' name=prongsai-build>`)).toEqual({ asOf: '2024-06-30' });
    expect(buildMarkerOfHtml('<meta name="prongsai-build-x" content="as-of=2024-06-30">')).toBeUndefined();
    expect(buildMarkerOfHtml('<p>as-of=2024-06-30</p>')).toBeUndefined();
  });

  it('turns a git date of any offset into UTC, and orders builds by version then day', () => {
    expect(markerVersionOf('2024-06-29T10:04:05+07:00')).toBe('2024-06-29T03:04:05Z');
    expect(markerVersionOf('not a date')).toBeUndefined();
    const older = { asOf: '2024-07-01', version: '2024-06-01T00:00:00Z' };
    const newer = { asOf: '2024-06-30', version: '2024-06-29T00:00:00Z' };
    expect(compareBuildMarkers(older, newer)).toBeLessThan(0);
    expect(compareBuildMarkers(newer, { ...newer, asOf: '2024-07-01' })).toBeLessThan(0);
    expect(compareBuildMarkers(newer, { ...newer })).toBe(0);
  });
});

describe('robots.txt', () => {
  const robots = 'User-agent: *\nDisallow: /private/\nAllow: /private/open$\n\nUser-agent: OtherBot\nDisallow: /\n';
  it('applies the * group, the longest rule winning', () => {
    const rules = parseRobots(robots, 'ProngsaiVerify');
    expect(rules.isAllowed('/promo/')).toBe(true);
    expect(rules.isAllowed('/private/x')).toBe(false);
    expect(rules.isAllowed('/private/open')).toBe(true);
    expect(rules.isAllowed('/private/open/more')).toBe(false);
  });
  it('prefers a group naming our product token', () => {
    const rules = parseRobots(`${robots}\nUser-agent: prongsaiverify\nDisallow: /promo\n`, 'ProngsaiVerify');
    expect(rules.isAllowed('/promo/')).toBe(false);
    expect(rules.isAllowed('/private/x')).toBe(true);
  });
  it('reads wildcards and ignores comments and an empty Disallow', () => {
    const rules = parseRobots('User-agent: * # all\nDisallow: /*.php$\nDisallow:\n', 'ProngsaiVerify');
    expect(rules.isAllowed('/index.php')).toBe(false);
    expect(rules.isAllowed('/index.php?x=1')).toBe(true);
    expect(rules.isAllowed('/')).toBe(true);
  });
});

describe('reading a deployed page', () => {
  const built = '<html><body><main><a href="/about/">เกี่ยวกับ</a></main><footer><a href="https://www.facebook.com/tako">Facebook</a></footer></body></html>';

  it('names what was added, hidden or not, in every way a page can hide it', () => {
    for (const hiding of [
      'style="display:none"',
      'style="DISPLAY: none"',
      'hidden',
      'style="position:absolute;left:-9999px"',
      'style="font-size:0"',
      'style="opacity:0"',
      'aria-hidden="true"',
    ]) {
      const deployed = built.replace('</footer>', `<div ${hiding}><span><a href="https://slot.example/">สล็อต</a></span></div></footer>`);
      const injected = injectedMarkup(readPageMarkup(built, 'https://www.x.go.th/'), readPageMarkup(deployed, 'https://www.x.go.th/'));
      expect(injected.references, hiding).toEqual([{ element: 'a', attribute: 'href', url: 'https://slot.example/', hidden: true }]);
    }
    const visible = built.replace('</footer>', '<p style="font-size:0.9rem"><a href="//slot.example/x">x</a></p></footer>');
    expect(injectedMarkup(readPageMarkup(built, 'https://www.x.go.th/'), readPageMarkup(visible, 'https://www.x.go.th/')).references).toEqual([
      { element: 'a', attribute: 'href', url: 'https://slot.example/x', hidden: false },
    ]);
  });

  it('finds scripts, frames, refreshes and entity-encoded addresses', () => {
    const deployed = built.replace(
      '</main>',
      '<script>eval(atob("x"))</script><iframe src="https://a.example/"></iframe><meta http-equiv="refresh" content="0;url=https://b.example/"><a href="&#x68;ttps://c.example/">c</a></main>',
    );
    const injected = injectedMarkup(readPageMarkup(built, 'https://www.x.go.th/'), readPageMarkup(deployed, 'https://www.x.go.th/'));
    expect(injected.references.map((reference) => `${reference.element} ${reference.url}`)).toEqual([
      'iframe https://a.example/',
      'meta https://b.example/',
      'a https://c.example/',
    ]);
    expect(injected.inlineScripts).toEqual([{ text: 'eval(atob("x"))', hidden: false }]);
  });

  it('counts copies: a second copy of a link the build wrote is injected', () => {
    const deployed = built.replace('</footer>', '<a href="https://www.facebook.com/tako">Facebook</a></footer>');
    expect(injectedMarkup(readPageMarkup(built, 'https://www.x.go.th/'), readPageMarkup(deployed, 'https://www.x.go.th/')).references).toHaveLength(1);
    expect(injectedMarkup(readPageMarkup(built, 'https://www.x.go.th/'), readPageMarkup(built, 'https://www.x.go.th/'))).toEqual({
      references: [],
      inlineScripts: [],
    });
  });

  it('shows the first differing lines, one tag a line', () => {
    const deployed = built.replace('<footer>', '<div hidden><a href="https://slot.example/">x</a></div><footer>');
    expect(firstDifferingLines(built, deployed, 2)).toEqual({
      line: 7,
      built: ['<footer>', '<a href="https://www.facebook.com/tako">'],
      deployed: ['<div hidden>', '<a href="https://slot.example/">'],
    });
    expect(firstDifferingLines(built, built)).toBeUndefined();
  });

  it('lists the origins a built page names', () => {
    expect(originsInHtml('<a href="https://www.facebook.com/x">f</a><img src="//cdn.example/i.png"><a href="/about/">a</a>', 'https://www.x.go.th/')).toEqual([
      'https://www.facebook.com',
      'https://cdn.example',
    ]);
  });
});

describe('addresses and files', () => {
  it('maps built files to the addresses a browser asks for', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('about/index.html')).toBe('/about/');
    expect(urlPathOf('404.html')).toBe('/404.html');
    expect(urlPathOf('files/เอกสาร ก.pdf')).toBe('/files/%E0%B9%80%E0%B8%AD%E0%B8%81%E0%B8%AA%E0%B8%B2%E0%B8%A3%20%E0%B8%81.pdf');
  });
  it("moves the site's own addresses onto the address checked, leaving others", () => {
    expect(onBase('https://www.x.go.th/oit/2567/o1/', 'https://www.x.go.th/', 'http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080/oit/2567/o1/');
    expect(onBase('https://other.example/a', 'https://www.x.go.th/', 'http://127.0.0.1:8080/')).toBe('https://other.example/a');
    expect(deployedUrl('https://www.x.go.th', '/about/')).toBe('https://www.x.go.th/about/');
  });
  it('knows the other names citizens type', () => {
    expect(bareDomainUrl('https://www.tako.go.th/')).toBe('https://tako.go.th/');
    expect(bareDomainUrl('https://tako.go.th/')).toBeUndefined();
    expect(bareDomainUrl('https://www.th/')).toBeUndefined();
    expect(httpUrlOf('https://www.tako.go.th:8443/')).toBe('http://www.tako.go.th/');
    expect(httpUrlOf('http://www.tako.go.th/')).toBeUndefined();
  });
  it('accepts the names hosts use for a type, and no other', () => {
    expect(contentTypeMatches('text/html', 'text/html; charset=utf-8')).toBe(true);
    expect(contentTypeMatches('text/javascript', 'application/javascript')).toBe(true);
    expect(contentTypeMatches('application/pdf', 'text/html')).toBe(false);
  });
  it('checks the ITAS sheet of the year asked, else the latest one with an answered item', () => {
    const sheet = (year: number, url: string) => ({ year, items: [{ code: 'O1', title: 't', url, evidenceUrls: [] }] });
    expect(chooseItasSheet([sheet(2567, 'u'), sheet(2568, '')])?.year).toBe(2567);
    expect(chooseItasSheet([sheet(2567, 'u'), sheet(2568, '')], 2568)?.year).toBe(2568);
  });
});

describe('politeness', () => {
  const response = (status: number) => ({ ok: true, status }) as FetchOutcome;
  it('retries network failures, 429 and 5xx only', () => {
    expect(isRetryable(response(503))).toBe(true);
    expect(isRetryable(response(429))).toBe(true);
    expect(isRetryable(response(404))).toBe(false);
    expect(isRetryable({ ok: false, kind: 'timeout' } as FetchOutcome)).toBe(true);
    expect(isRetryable({ ok: false, kind: 'redirect-loop' } as FetchOutcome)).toBe(false);
    expect(isRetryable({ ok: false, kind: 'dns' } as FetchOutcome)).toBe(false);
  });
  it('doubles the wait, or takes a Retry-After under a minute', () => {
    expect([0, 1, 2].map((retry) => retryDelay(retry, 1000))).toEqual([1000, 2000, 4000]);
    expect(retryDelay(0, 1000, '5')).toBe(5000);
    expect(retryDelay(0, 1000, '3600')).toBe(1000);
  });
  it("counts whole days to a certificate's expiry", () => {
    expect(daysUntil('2024-07-31T00:00:00Z', new Date('2024-07-01T00:00:00Z'))).toBe(30);
    expect(daysUntil('2024-06-30T00:00:00Z', new Date('2024-07-01T00:00:00Z'))).toBe(-1);
  });
});

describe('report', () => {
  const base: VerifyReport = {
    baseUrl: 'https://www.tako.go.th/',
    checkedAt: '2024-07-01T00:00:00Z',
    reachable: true,
    built: { files: 3 },
    deployed: {},
    counts: { files: 3, identical: 3, itasUrls: 2, itasOk: 2 },
    itasYear: 2567,
    findings: [],
  };
  it('gives one line for a chat, good or bad', () => {
    expect(formatVerifySummary(base, { timeoutSeconds: 20 })).toBe('✓ www.tako.go.th: ตรงกับที่ระบบสร้างทุกไฟล์ (3 ไฟล์, ITAS 2/2 URL ใช้ได้)');
    const bad = {
      ...base,
      findings: [
        { kind: 'missing', url: 'https://www.tako.go.th/a.pdf', status: 404 },
        { kind: 'missing', url: 'https://www.tako.go.th/b.pdf', status: 404 },
        { kind: 'slow', url: 'https://www.tako.go.th/', ms: 9000 },
      ],
    } as VerifyReport;
    expect(formatVerifySummary(bad, { timeoutSeconds: 20 })).toBe('✗ www.tako.go.th: ไฟล์หาย 2 — ดูรายละเอียด: npm run verify');
    expect(exitCodeOf(bad)).toBe(1);
    expect(exitCodeOf({ ...base, findings: [{ kind: 'slow', url: 'x', ms: 9000 }] })).toBe(0);
    expect(exitCodeOf({ ...base, reachable: false })).toBe(2);
  });
  it('writes dates in the Buddhist era, Bangkok time', () => {
    expect(thaiTime('2024-06-29T20:04:05Z')).toBe('30 มิถุนายน 2567 เวลา 03:04 น.');
    expect(thaiDay('2024-06-30')).toBe('30 มิถุนายน 2567');
  });
});
