import type { CheckReport, CheckedItem } from './check-report.ts';
import { formatThaiDate, formatThaiMonth } from '../thai-date.ts';

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
  for (const file of item.evidenceFiles) lines.push(`หลักฐาน: ${file}`);
  for (const file of item.outOfPeriodFiles) lines.push(`นอกรอบเวลา: ${file}`);
  for (const criterion of item.missingCriteria) lines.push(`ขาด: ${criterion}`);
  if (item.missingMonths.length > 0) lines.push(`เดือนที่ยังไม่มีสรุป: ${item.missingMonths.map(formatThaiMonth).join(', ')}`);
  if (item.status !== 'ok') lines.push(...item.reasonsTh.slice(0, 1));
  return lines;
}

/** The table staff read in the terminal: one block per item, then the summary. */
export function formatCheckReport(report: CheckReport): string {
  const codeWidth = Math.max(4, ...report.items.map((item) => displayWidth(item.code)));
  const statusWidth = Math.max(...report.items.map((item) => displayWidth(item.statusTh)), 6) + 2;
  const out = [
    `ตรวจความพร้อมแบบ OIT ปี ${report.year} ณ วันที่ ${formatThaiDate(report.asOf)}${report.verified === 'partial' ? ' (รายการข้อของปีนี้ยังไม่ยืนยันครบถ้วน)' : ''}`,
    '',
    `${padEnd('ข้อ', codeWidth)}  ${padEnd('สถานะ', statusWidth)}  รายการ`,
    `${'─'.repeat(codeWidth)}  ${'─'.repeat(statusWidth)}  ${'─'.repeat(40)}`,
  ];
  for (const item of report.items) {
    out.push(`${padEnd(item.code, codeWidth)}  ${padEnd(`${statusMarks[item.status]} ${item.statusTh}`, statusWidth)}  ${item.title}`);
    for (const line of detailLines(item)) out.push(`${' '.repeat(codeWidth + statusWidth + 4)}· ${line}`);
  }
  const { summary } = report;
  out.push(
    '',
    `สรุป: ครบ ${summary.ok} จาก ${summary.total} ข้อ · ไม่ครบถ้วน ${summary.incomplete} · ไม่อยู่ในรอบเวลา ${summary.outOfPeriod} · ยังไม่เผยแพร่ ${summary.missing}`,
    `Summary: ${summary.ok} of ${summary.total} items ok · ${summary.incomplete} incomplete · ${summary.outOfPeriod} out of period · ${summary.missing} missing`,
  );
  return out.join('\n');
}

/** One line for the build output. */
export function formatCheckSummaryLine(report: CheckReport): string {
  const { summary } = report;
  return `OIT ${report.year}: ครบ ${summary.ok}/${summary.total} ข้อ, ยังขาด ${summary.total - summary.ok} ข้อ — ดูรายละเอียด: npm run check -- --year ${report.year}`;
}
