import type { CheckReport, CheckedItem } from './check-report.ts';
import { formatThaiDate, formatThaiMonth } from '../calendar/thai-date.ts';
import { checkReportWords as words } from '../../i18n/terminal.ts';

// Thai vowels and tone marks above or below a consonant take no column of their own.
const zeroWidthMarks = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u200B-\u200D]/g;

/** Columns a string takes in a terminal. */
export function displayWidth(text: string): number {
  return [...text.replace(zeroWidthMarks, '')].length;
}

function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

const statusMarks: Record<CheckedItem['status'], string> = { ok: '✓', incomplete: '!', 'out-of-period': '~', missing: '✗' };

function detailLines(item: CheckedItem): string[] {
  const lines: string[] = [];
  for (const file of item.evidenceFiles) lines.push(`${words.evidence}: ${file}`);
  for (const file of item.outOfPeriodFiles) lines.push(`${words.outOfPeriod}: ${file}`);
  for (const criterion of item.missingCriteria) lines.push(`${words.missingCriterion}: ${criterion}`);
  if (item.missingMonths.length > 0) lines.push(`${words.missingMonths}: ${item.missingMonths.map(formatThaiMonth).join(', ')}`);
  if (item.lateMonths.length > 0) lines.push(`${words.lateMonths}: ${item.lateMonths.map(formatThaiMonth).join(', ')}`);
  for (const later of item.postedLater) {
    lines.push(
      `${later.afterYear ? words.postedAfterYear : words.notYetOnline}: “${later.name}” (${words.postedOn} ${formatThaiDate(later.postedOn)})${later.file ? ` ${later.file}` : ''}`,
    );
  }
  if (item.status !== 'ok') lines.push(...item.reasonsTh.slice(0, 1));
  if (item.fix) lines.push(`${words.fix}: ${item.fix.th}`);
  return lines;
}

/** The table staff read in the terminal: one block per item, then the summary. */
export function formatCheckReport(report: CheckReport): string {
  const codeWidth = Math.max(4, ...report.items.map((item) => displayWidth(item.code)));
  const statusWidth = Math.max(...report.items.map((item) => displayWidth(item.statusTh)), 6) + 2;
  const out = [
    words.heading({ year: report.year, date: formatThaiDate(report.asOf), partial: report.verified === 'partial' }),
    '',
    `${padEnd(words.columns.code, codeWidth)}  ${padEnd(words.columns.status, statusWidth)}  ${words.columns.title}`,
    `${'─'.repeat(codeWidth)}  ${'─'.repeat(statusWidth)}  ${'─'.repeat(40)}`,
  ];
  for (const item of report.items) {
    out.push(`${padEnd(item.code, codeWidth)}  ${padEnd(`${statusMarks[item.status]} ${item.statusTh}`, statusWidth)}  ${item.title}`);
    for (const line of detailLines(item)) out.push(`${' '.repeat(codeWidth + statusWidth + 4)}· ${line}`);
  }
  const { summary } = report;
  out.push('', words.summaryTh(summary), words.summaryEn(summary));
  return out.join('\n');
}

/** One line for the build output. */
export function formatCheckSummaryLine(report: CheckReport): string {
  const { summary } = report;
  return words.buildLine({ year: report.year, ok: summary.ok, total: summary.total });
}
