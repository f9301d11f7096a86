/**
 * Which column holds what: the headers of แบบ สขร.1 and its variants (split or merged columns, the e-GP project
 * number, the newer ITA table's names) and of e-GP's open-data CSV, compared without spaces, line breaks and "(บาท)".
 */

import { normalizeThaiText } from '../text/thai-text.ts';
import { egpColumnsNotImported, egpMarkerColumns, sheetHeaderNames } from '../../i18n/procurement-import.ts';

/** Header spellings, by field (src/i18n/procurement-import.ts); the first is how messages name the column. */
export const headerNames = sheetHeaderNames;

export type Field =
  | 'number'
  | 'item'
  | 'budget'
  | 'referencePrice'
  | 'method'
  | 'category'
  | 'fundSource'
  | 'biddersCombined'
  | 'bidderNames'
  | 'bidderPrices'
  | 'winnerCombined'
  | 'winnerName'
  | 'winnerPrice'
  | 'contractAmount'
  | 'taxId'
  | 'reason'
  | 'evidenceCombined'
  | 'evidenceKind'
  | 'evidenceNumber'
  | 'evidenceDate'
  | 'egpNumber'
  | 'status'
  | 'projectStatus'
  | 'satang'
  | 'posted'
  | 'projectType';

/** e-GP's columns that a month file has no place for (the agency, its location, announcement dates): read past quietly. */
export const egpNotImported = new Set(egpColumnsNotImported.map((name) => headerKey(name)));

export function headerKey(text: string): string {
  return (
    // Headers copied from a PDF of the form carry its mark order (ท่ี): compared in one spelling.
    normalizeThaiText(text)
      .replace(/[\s\u00A0\u200B*:]/g, '')
      // A note in brackets names the unit or says the column may be empty: "(บาท)", "( บาท )", "(หน่วย : บาท)", "(ถ้ามี)".
      .replace(/\([^()]*(?:บาท|ถ้ามี)[^()]*\)/g, '')
      .toLowerCase()
  );
}

const fieldByKey = new Map<string, Field>(
  (Object.entries(sheetHeaderNames) as [Field, readonly string[]][]).flatMap(([field, names]) => names.map((name) => [headerKey(name), field] as const)),
);

export function fieldOfHeader(text: string): Field | undefined {
  return fieldByKey.get(headerKey(text));
}

export interface HeaderRow {
  /** 0-based index of the header row in the table */
  index: number;
  kind: 'form' | 'egp';
  /** Column index → field; unknown headers left out */
  fields: Map<number, Field>;
  /** Headers as written, by column */
  written: string[];
  unknown: string[];
}

const cellText = (cell: unknown) => (typeof cell === 'string' ? cell.trim() : cell === null || cell === undefined ? '' : String(cell));

/** An amount's baht half below its heading: the amount's own column (its satang half is "satang"). */
const bahtHalf = (field: Field) => ({ fields: [field], byWord: (key: string) => (/^บาท/.test(key) ? field : undefined) });

/** The halves of a column a heading spans, and which one a sub-heading below it names ("ราคาที่เสนอ", "ชื่อ", "วันที่", "บาท"). */
const halves: Partial<Record<Field, { fields: readonly Field[]; byWord: (key: string) => Field | undefined }>> = {
  biddersCombined: { fields: ['bidderNames', 'bidderPrices'], byWord: (key) => (/^(?:ราคา|จำนวนเงิน|บาท)/.test(key) ? 'bidderPrices' : 'bidderNames') },
  winnerCombined: { fields: ['winnerName', 'winnerPrice'], byWord: (key) => (/^(?:ราคา|จำนวนเงิน|บาท)/.test(key) ? 'winnerPrice' : 'winnerName') },
  budget: bahtHalf('budget'),
  referencePrice: bahtHalf('referencePrice'),
  winnerPrice: bahtHalf('winnerPrice'),
  contractAmount: bahtHalf('contractAmount'),
  evidenceCombined: {
    fields: ['evidenceNumber', 'evidenceDate', 'evidenceKind'],
    byWord: (key) => (/^วัน|วันที่/.test(key) ? 'evidenceDate' : /ประเภท/.test(key) ? 'evidenceKind' : /เลขที่|^ที่/.test(key) ? 'evidenceNumber' : undefined),
  },
};
const subField = (combined: Field, sub: string): Field | undefined => {
  const half = halves[combined]!;
  const known = fieldOfHeader(sub);
  // "สต." below any amount is that amount's satang (sheet-rows adds it to the column on its left).
  if (known === 'satang') return 'satang';
  return known && half.fields.includes(known) ? known : half.byWord(headerKey(sub));
};

/**
 * A header on two rows: a heading merged over two columns ("ผู้ได้รับการคัดเลือกและราคาที่ตกลง…") with the name
 * and the price (or the number and the date) below it. The sub-headings replace the combined column by its two halves.
 */
function withSubHeadings(header: HeaderRow, below: readonly unknown[] | undefined): HeaderRow {
  if (!below) return header;
  const subs = below.map(cellText);
  const fields = new Map(header.fields);
  const written = [...header.written];
  let split = 0;
  let group: { field: Field; heading: string } | undefined;
  for (let column = 0; column < Math.max(subs.length, written.length); column++) {
    const heading = written[column] ?? '';
    const headingField = header.fields.get(column);
    if (heading !== '') group = headingField && halves[headingField] ? { field: headingField, heading } : undefined;
    const sub = subs[column] ?? '';
    if (sub === '') continue;
    // Only under a combined heading (or the empty cells its merge covers) is a second row a sub-heading.
    if (!group) return header;
    const field = subField(group.field, sub);
    if (!field) return header;
    fields.set(column, field);
    written[column] = `${group.heading} / ${sub}`;
    split++;
  }
  if (split < 2) return header;
  return { ...header, index: header.index + 1, fields, written };
}

/** The first row among the first 20 with at least three known headers (a form sheet has its title rows above). */
export function findHeaderRow(rows: readonly (readonly unknown[])[]): HeaderRow | undefined {
  for (let index = 0; index < Math.min(rows.length, 20); index++) {
    const written = (rows[index] ?? []).map(cellText);
    const fields = new Map<number, Field>();
    const unknown: string[] = [];
    written.forEach((header, column) => {
      const field = fieldOfHeader(header);
      // The first column of a field wins: "วันที่" may appear twice (announcement, contract) in some exports.
      if (field && ![...fields.values()].includes(field)) fields.set(column, field);
      else if (header !== '' && !field) unknown.push(header);
    });
    if (fields.size < 3) continue;
    const kind = egpMarkerColumns.filter((marker) => written.some((header) => headerKey(header) === headerKey(marker))).length >= 2 ? 'egp' : 'form';
    return withSubHeadings({ index, kind, fields, written, unknown }, rows[index + 1]);
  }
  return undefined;
}

/** What a sheet needs, as groups of alternatives: at least one field of each group. */
export const requiredGroups: readonly (readonly Field[])[] = [
  ['item'],
  ['budget'],
  ['method'],
  ['winnerCombined', 'winnerName'],
  ['winnerCombined', 'winnerPrice', 'contractAmount'],
  ['evidenceCombined', 'evidenceNumber'],
  ['evidenceCombined', 'evidenceDate'],
];
