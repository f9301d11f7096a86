/**
 * The procurement collection's rules between fields and files (the schema checks each value): months and their files,
 * dates inside the month, prices against budget and reference price, methods against their usual range, duplicates,
 * the winner among the bidders, the form's columns, and the annual report's year. Called from validateContent.
 */
import path from 'node:path';
import type { Entry } from '../model.ts';
import type { RawEntry } from '../read-content.ts';
import type { CheckAttachment, ReportProblem } from '../report.ts';
import type { ProcurementMonth, ProcurementReport } from '../../../schemas/procurement.ts';
import { fiscalYearOfIso, fiscalYearRange, parseThaiInputMonth } from '../../calendar/thai-date.ts';
import { toBeDate } from '../../new-entry/scaffold.ts';
import { abolishedMethods, methodRanges, procurementActInForce } from '../../procurement/vocabulary.ts';
import { formColumns, procurementMethodLabels } from '../../../i18n/procurement.ts';
import { normalizeTaxId } from '../../procurement/tax-id.ts';
import { formatBaht } from '../../procurement/money.ts';
import { yamlFloatPattern, yamlIntPattern } from '../parse-source.ts';

type Parsed<T> = readonly (readonly [RawEntry, Entry<T>])[];

export interface ProcurementRuleContext {
  report: ReportProblem;
  checkAttachment: CheckAttachment;
}

/** The name file and messages use for a month: BE, as staff write it (2566-10). */
const beMonth = (month: string) => toBeDate(`${month}-01`).slice(0, 7);
/** Names compared as the rule compares a winner with the bidders (the importer checks a sheet the same way). */
export const sameName = (a: string, b: string) => a.normalize('NFC').replace(/\s+/g, ' ').trim() === b.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The rules of a year's month files, between rows and across files (duplicate e-GP and contract numbers). */
export function validateProcurementMonths(months: Parsed<ProcurementMonth>, { report, checkAttachment }: ProcurementRuleContext): void {
  const egpSeen = new Map<string, { otherFile: string; otherRow: number }>();
  const contractSeen = new Map<string, { otherFile: string; otherRow: number }>();
  for (const [rawEntry, entry] of months) {
    const { data } = entry;
    const fileName = path.posix.basename(entry.id);
    const folder = path.posix.dirname(entry.id);
    const named = parseThaiInputMonth(fileName);
    if (!named.ok || named.iso !== data.month) report('error', rawEntry, ['month'], 'procurement.file-name-mismatch', { fileName, month: beMonth(data.month) });
    const fiscalYear = fiscalYearOfIso(data.month);
    if (folder !== String(fiscalYear)) report('error', rawEntry, ['month'], 'procurement.month-outside-year', { month: beMonth(data.month), folder, fiscalYear });
    if (data.fiscalYear !== undefined && data.fiscalYear !== fiscalYear) report('error', rawEntry, ['fiscalYear'], 'procurement.fiscal-year-of-month', { month: beMonth(data.month), written: data.fiscalYear, fiscalYear });
    if (data.noProcurement && data.rows.length > 0) report('error', rawEntry, ['noProcurement'], 'procurement.none-with-rows', { count: data.rows.length });
    if (!data.noProcurement && data.rows.length === 0) report('error', rawEntry, [], 'procurement.empty-month');
    data.attachments.forEach((attachment, index) => checkAttachment(rawEntry, ['attachments', index, 'file'], attachment.file));

    const notPlain = numbersNotWrittenPlainly(rawEntry);
    data.rows.forEach((row, index) => {
      const at = (...fieldPath: PropertyKey[]) => ['rows', index, ...fieldPath];
      const rowNumber = index + 1;
      for (const fieldPath of [at('egpNumber'), at('evidence', 'number')]) {
        const written = notPlain(fieldPath);
        if (written !== undefined) report('error', rawEntry, fieldPath, 'procurement.reference-number-form', { row: rowNumber, value: written, field: String(fieldPath.at(-1)) });
      }
      const where = { otherFile: entry.file, otherRow: rowNumber };
      if (row.evidence.date.slice(0, 7) !== data.month) {
        report('error', rawEntry, at('evidence', 'date'), 'procurement.date-outside-month', { row: rowNumber, date: toBeDate(row.evidence.date), month: beMonth(data.month) });
      } else if (row.evidence.date > data.posted) {
        report('warning', rawEntry, ['posted'], 'procurement.posted-before-row', { row: rowNumber, posted: toBeDate(data.posted), date: toBeDate(row.evidence.date) });
      }
      if (row.winner.price > row.budget) report('error', rawEntry, at('winner', 'price'), 'procurement.price-above-budget', { row: rowNumber, price: formatBaht(row.winner.price), budget: formatBaht(row.budget) });
      if (row.referencePrice !== undefined && row.winner.price > row.referencePrice) {
        report('warning', rawEntry, at('winner', 'price'), 'procurement.price-above-reference', { row: rowNumber, price: formatBaht(row.winner.price), reference: formatBaht(row.referencePrice) });
      }
      const replacedBy = abolishedMethods[row.method];
      if (replacedBy && row.evidence.date >= procurementActInForce) {
        report('warning', rawEntry, at('method'), 'procurement.abolished-method', {
          row: rowNumber,
          method: procurementMethodLabels[row.method],
          date: toBeDate(row.evidence.date),
          nearest: procurementMethodLabels[replacedBy],
        });
      }
      const range = methodRanges[row.method];
      if (range && ((range.max !== undefined && row.budget > range.max) || (range.min !== undefined && row.budget < range.min))) {
        report('warning', rawEntry, at('method'), 'procurement.method-range', { row: rowNumber, method: procurementMethodLabels[row.method], budget: formatBaht(row.budget), rule: range.rule });
      }
      if (row.egpNumber !== undefined) {
        const other = egpSeen.get(row.egpNumber);
        if (other) report('error', rawEntry, at('egpNumber'), 'procurement.duplicate-egp', { row: rowNumber, value: row.egpNumber, ...other });
        else egpSeen.set(row.egpNumber, where);
      }
      // Contract and order numbers start again each fiscal year and run separately per kind.
      const contractKey = `${fiscalYear}|${row.evidence.kind}|${row.evidence.number}`;
      const otherContract = contractSeen.get(contractKey);
      if (otherContract) report('error', rawEntry, at('evidence', 'number'), 'procurement.duplicate-contract', { row: rowNumber, value: row.evidence.number, ...otherContract });
      else contractSeen.set(contractKey, where);
      if (row.bidders.length > 0 && !row.bidders.some((bidder) => sameName(bidder.name, row.winner.name))) {
        report('error', rawEntry, at('winner', 'name'), 'procurement.winner-not-bidder', { row: rowNumber, name: row.winner.name });
      }
      if (row.bidders.length === 0) report('warning', rawEntry, at(), 'procurement.missing-column', { row: rowNumber, column: formColumns.bidders });
      if (row.referencePrice === undefined) report('warning', rawEntry, at(), 'procurement.missing-column', { row: rowNumber, column: formColumns.referencePrice });
      if (row.reason === undefined) report('warning', rawEntry, at(), 'procurement.missing-column', { row: rowNumber, column: formColumns.reason });
    });
  }
}

/** The annual report's file name, folder and date (it is posted once its year has ended). */
export function validateProcurementReports(reports: Parsed<ProcurementReport>, { report }: Pick<ProcurementRuleContext, 'report'>): void {
  for (const [rawEntry, entry] of reports) {
    const { data } = entry;
    const fileName = path.posix.basename(entry.id);
    if (fileName !== 'annual-report') report('error', rawEntry, [], 'procurement.report-file-name', { fileName: `${fileName}.md` });
    const folder = path.posix.dirname(entry.id);
    if (folder !== String(data.fiscalYear)) report('error', rawEntry, ['fiscalYear'], 'procurement.report-year-mismatch', { folder, fiscalYear: data.fiscalYear });
    if (data.posted <= fiscalYearRange(data.fiscalYear).end) report('error', rawEntry, ['posted'], 'procurement.report-before-year-end', { posted: toBeDate(data.posted), fiscalYear: data.fiscalYear });
  }
}

/** Plain scalars after `egpNumber:` or `number:` (an evidence number) in a file's text, as written, with their line. */
const referenceScalar = /(?:^|[\s{,])(egpNumber|number)[ \t]*:[ \t]+([^\s,}\]#"'][^\s,}\]#]*)/gm;

/**
 * For a month file, which e-GP or contract numbers are written as a YAML number other than plain digits (6.7e10, 0x1F,
 * 0o17, 067…): the site would publish String() of what YAML read — other digits than the document's, and a person's ID
 * spelled so the guard of the source never saw it. Answers, for a field path, what was written there, or undefined.
 * The file's text is searched only when a row holds such a number; lines are looked up (parsing again) only then.
 */
function numbersNotWrittenPlainly(rawEntry: RawEntry): (fieldPath: readonly PropertyKey[]) => string | undefined {
  let suspects: Map<number, string> | undefined;
  const suspectsOf = () => {
    if (!suspects) {
      suspects = new Map();
      for (const match of rawEntry.source.matchAll(referenceScalar)) {
        const written = match[2]!;
        if ((yamlIntPattern.test(written) || yamlFloatPattern.test(written)) && !/^(?:0|[1-9][0-9]*)$/.test(written)) {
          suspects.set(rawEntry.source.slice(0, match.index + match[0].length).split('\n').length, written);
        }
      }
    }
    return suspects;
  };
  return (fieldPath) => {
    let value: unknown = rawEntry.data;
    for (const key of fieldPath) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof value !== 'number' || suspectsOf().size === 0) return undefined;
    const line = rawEntry.lineOf(fieldPath);
    return line === undefined ? undefined : suspectsOf().get(line);
  };
}

/**
 * Lines where a month file holds a winner's tax ID, with its digits: the national-ID guard lets a person's ID stand
 * there (it is kept for the agency and masked wherever it is published) and nowhere else in the file.
 */
export function taxIdLines(rawEntry: RawEntry): Map<number, string> {
  const lines = new Map<number, string>();
  const rows = (rawEntry.data as { rows?: unknown } | undefined)?.rows;
  if (!Array.isArray(rows)) return lines;
  rows.forEach((row, index) => {
    const written = (row as { winner?: { taxId?: unknown } } | null)?.winner?.taxId;
    if (typeof written !== 'string' && typeof written !== 'number') return;
    const digits = normalizeTaxId(written);
    const line = rawEntry.lineOf(['rows', index, 'winner', 'taxId']);
    if (digits && line !== undefined) lines.set(line, digits);
  });
  return lines;
}
