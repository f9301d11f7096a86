/** `npm run verify`'s Thai report, its one-line summary for a chat, and its JSON. */
import { actionWords, failureWords, summaryKindWords, verifyWords } from '../../i18n/verify.ts';
import type { BuildMarker } from './build-marker.ts';
import type { FailureKind } from './http-fetch.ts';
import { originOf } from './html-compare.ts';
import { isProblem, type Finding, type FindingKind, type VerifyReport } from './verify-site.ts';

const thaiDateTime = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', {
  timeZone: 'Asia/Bangkok',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const thaiDate = new Intl.DateTimeFormat('th-TH-u-ca-buddhist', { timeZone: 'Asia/Bangkok', day: 'numeric', month: 'long', year: 'numeric' });

/** `2024-06-29T03:04:05Z` → `29 มิถุนายน 2567 10:04 น.` (Bangkok). */
export function thaiTime(iso: string): string {
  return verifyWords.clock(thaiDateTime.format(new Date(iso)));
}
/** A CE day `2024-06-30` → `30 มิถุนายน 2567`. */
export function thaiDay(isoDate: string): string {
  return thaiDate.format(new Date(`${isoDate}T12:00:00+07:00`));
}
const markerWords = (marker: BuildMarker) => ({ ...(marker.version ? { version: thaiTime(marker.version) } : {}), asOf: thaiDay(marker.asOf) });

export interface FormatOptions {
  /** Seconds of the request timeout (a timeout's words name it) */
  timeoutSeconds: number;
  /** Findings of one kind listed before "and N more" */
  perKind?: number;
  /** Extra lines under the stale finding (the commits the deployed build matches) */
  staleCommits?: string;
  dirtyTree?: boolean;
}

const why = (finding: { status?: number; reason?: FailureKind }, seconds: number) =>
  finding.reason ? failureWords[finding.reason](seconds) : verifyWords.status(finding.status ?? 0);

/** The lines of one finding, the first being what is wrong and where. */
function findingLines(finding: Finding, siteOrigins: { base: string }, options: FormatOptions): string[] {
  const seconds = options.timeoutSeconds;
  switch (finding.kind) {
    case 'unreachable':
      return [verifyWords.unreachable({ url: finding.url, reason: failureWords[finding.reason](seconds) })];
    case 'stale':
      return [
        verifyWords.stale({
          deployed: markerWords(finding.deployed).version ?? thaiDay(finding.deployed.asOf),
          built: markerWords(finding.built).version ?? thaiDay(finding.built.asOf),
          olderPages: finding.olderPages,
        }),
        ...(options.staleCommits ? [verifyWords.staleCommits(options.staleCommits)] : []),
      ];
    case 'no-marker':
      return [verifyWords.noMarker(finding)];
    case 'source-behind':
      return [
        verifyWords.sourceBehind({
          deployed: markerWords(finding.deployed).version ?? thaiDay(finding.deployed.asOf),
          built: markerWords(finding.built).version ?? thaiDay(finding.built.asOf),
        }),
      ];
    case 'changed': {
      const isPage = finding.file.endsWith('.html');
      const lines = [isPage ? verifyWords.changedPage(finding) : verifyWords.changedFile(finding)];
      for (const reference of finding.injectedReferences) {
        const origin = originOf(reference.url);
        lines.push(
          `  ${verifyWords.injectedLink({ url: reference.url, element: reference.element, hidden: reference.hidden, external: origin !== undefined && origin !== siteOrigins.base })}`,
        );
      }
      for (const script of finding.injectedScripts) lines.push(`  ${verifyWords.injectedScript(script)}`);
      if (finding.difference) {
        lines.push(`  ${verifyWords.firstDifference(finding.difference.line)}`);
        for (const line of finding.difference.built) lines.push(`    ${verifyWords.builtLine} ${line}`);
        for (const line of finding.difference.deployed) lines.push(`    ${verifyWords.deployedLine} ${line}`);
      }
      return lines;
    }
    case 'older-page':
      return [verifyWords.olderPage({ url: finding.url, version: markerWords(finding.deployed).version ?? thaiDay(finding.deployed.asOf) })];
    case 'injected':
      return [
        verifyWords.injectedInOlder(finding),
        ...finding.references.map(
          (reference) => `  ${verifyWords.injectedLink({ url: reference.url, element: reference.element, hidden: reference.hidden, external: true })}`,
        ),
        ...finding.scripts.map((script) => `  ${verifyWords.injectedScript(script)}`),
      ];
    case 'missing':
      return [verifyWords.missing(finding)];
    case 'server-error':
      return [verifyWords.serverError(finding)];
    case 'unexpected-status':
      return [verifyWords.unexpectedStatus(finding)];
    case 'no-answer':
      return [
        verifyWords.noAnswer({ url: finding.url, reason: failureWords[finding.reason](seconds) }),
        ...(finding.redirects.length > 0 ? [`  → ${finding.redirects.slice(0, 4).join(' → ')}`] : []),
      ];
    case 'too-large':
      return [verifyWords.tooLarge({ url: finding.url, limit: finding.limitBytes, expected: finding.expectedBytes })];
    case 'wrong-type':
      return [verifyWords.wrongType(finding)];
    case 'extra-page':
      return [verifyWords.extraPage({ url: finding.url, status: finding.status, from: finding.linkedFrom.join(', ') })];
    case 'robots-skipped':
      return [verifyWords.robotsSkipped({ url: finding.url, from: finding.linkedFrom.join(', ') })];
    case 'itas-broken':
      return [verifyWords.itasBroken({ code: finding.code, url: finding.url, why: why(finding, seconds) })];
    case 'itas-no-evidence':
      return [verifyWords.itasNoEvidence({ code: finding.code, url: finding.url, missing: finding.missing.join(', ') })];
    case 'certificate-expiring':
      return [verifyWords.certificateExpiring({ host: finding.host, date: thaiDay(finding.validTo.slice(0, 10)), days: finding.daysLeft })];
    case 'certificate-untrusted':
      return [verifyWords.certificateUntrusted(finding)];
    case 'https-unreachable':
      return [verifyWords.httpsUnreachable(finding)];
    case 'http-not-redirected':
      return [verifyWords.httpNotRedirected({ url: finding.url, why: why(finding, seconds) })];
    case 'bare-domain':
      return [
        verifyWords.bareDomain({
          url: finding.url,
          why: finding.reason
            ? failureWords[finding.reason](seconds)
            : `${verifyWords.status(finding.status ?? 0)}${finding.finalUrl ? ` → ${finding.finalUrl}` : ''}`,
        }),
      ];
    case 'slow':
      return [verifyWords.slow({ url: finding.url, seconds: (finding.ms / 1000).toFixed(1) })];
  }
}

/** What staff do about a finding. */
export function actionFor(finding: Finding): string | undefined {
  switch (finding.kind) {
    case 'unreachable':
      return finding.reason === 'tls' ? actionWords.certificate : finding.reason === 'dns' ? actionWords.domain : actionWords.checkNetwork;
    case 'stale':
    case 'no-marker':
    case 'older-page':
    case 'missing':
      return actionWords.redeploy;
    case 'source-behind':
      return actionWords.pull;
    case 'changed':
      return finding.injectedReferences.length > 0 || finding.injectedScripts.length > 0 ? actionWords.intrusion : actionWords.restore;
    case 'injected':
      return actionWords.intrusion;
    case 'too-large':
      return actionWords.restore;
    case 'extra-page':
      return actionWords.removeExtra;
    case 'server-error':
    case 'unexpected-status':
    case 'no-answer':
    case 'wrong-type':
      return actionWords.callHost;
    case 'itas-broken':
    case 'itas-no-evidence':
      return actionWords.itas;
    case 'certificate-expiring':
    case 'certificate-untrusted':
    case 'https-unreachable':
      return actionWords.certificate;
    case 'http-not-redirected':
      return verifyWords.httpActions;
    case 'bare-domain':
      return verifyWords.bareDomainAction;
    default:
      return undefined;
  }
}

/** The report for people: heading, counts, then each kind of finding with its addresses and what to do. */
export function formatVerifyReport(report: VerifyReport, options: FormatOptions): string {
  const perKind = options.perKind ?? 20;
  const lines = [verifyWords.heading({ url: report.baseUrl, when: thaiTime(report.checkedAt) })];
  if (report.built.marker) lines.push(verifyWords.builtFrom(markerWords(report.built.marker)));
  if (report.deployed.marker) lines.push(verifyWords.deployedBuild(markerWords(report.deployed.marker)));
  if (options.dirtyTree) lines.push(verifyWords.dirtyTree);
  if (report.reachable) lines.push(verifyWords.counts({ ...report.counts, ...(report.itasYear ? { itasYear: report.itasYear } : {}) }));
  const problems = report.findings.filter(isProblem);
  const notes = report.findings.filter((finding) => !isProblem(finding));
  const base = new URL(report.baseUrl).origin;
  const writeGroup = (findings: Finding[], mark: string) => {
    // One group per kind and action (a changed page with injected links is an intrusion; a replaced file is restored).
    const groupOf = (finding: Finding) => `${finding.kind} ${actionFor(finding) ?? ''}`;
    const groups = [...new Set(findings.map(groupOf))];
    for (const group of groups) {
      const ofKind = findings.filter((finding) => groupOf(finding) === group);
      for (const finding of ofKind.slice(0, perKind)) {
        const [first = '', ...rest] = findingLines(finding, { base }, options);
        lines.push(`${mark} ${first}`, ...rest.map((line) => `  ${line}`));
      }
      if (ofKind.length > perKind) lines.push(`  ${verifyWords.more(ofKind.length - perKind)}`);
      const action = actionFor(ofKind[0]!);
      if (action) lines.push(`  → ${verifyWords.todo}: ${action}`);
    }
  };
  lines.push('');
  if (problems.length === 0) lines.push(`✓ ${verifyWords.allGood}`);
  else {
    lines.push(`✗ ${verifyWords.problems(problems.length)}`, '');
    writeGroup(problems, '✗');
  }
  if (notes.length > 0) {
    lines.push('', `ℹ ${verifyWords.notes(notes.length)}`);
    writeGroup(notes, 'ℹ');
  }
  return lines.join('\n');
}

/** One line for a chat notification. */
export function formatVerifySummary(report: VerifyReport, options: FormatOptions): string {
  const host = new URL(report.baseUrl).host;
  const unreachable = report.findings.find((finding) => finding.kind === 'unreachable');
  if (unreachable && unreachable.kind === 'unreachable')
    return verifyWords.summaryUnreachable({ host, reason: failureWords[unreachable.reason](options.timeoutSeconds) });
  const problems = report.findings.filter(isProblem);
  const itas = report.itasYear ? verifyWords.summaryItas(report.counts.itasOk, report.counts.itasUrls) : '';
  if (problems.length === 0) return verifyWords.summaryGood({ host, files: report.counts.files, itas });
  const counts = new Map<FindingKind, number>();
  for (const finding of problems) counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, count]) => `${summaryKindWords[kind] ?? kind} ${count.toLocaleString('th-TH')}`).join(', ');
  return verifyWords.summaryBad({ host, parts });
}

/** The report for machines: every finding, with the Thai line and the action beside each. */
export function verifyReportJson(report: VerifyReport, exitCode: number, options: FormatOptions): string {
  const base = new URL(report.baseUrl).origin;
  return JSON.stringify(
    {
      ...report,
      exitCode,
      summaryTh: formatVerifySummary(report, options),
      findings: report.findings.map((finding) => ({
        ...finding,
        problem: isProblem(finding),
        th: findingLines(finding, { base }, options).join('\n'),
        actionTh: actionFor(finding),
      })),
    },
    null,
    2,
  );
}
