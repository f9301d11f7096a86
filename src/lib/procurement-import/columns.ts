/**
 * Which column holds what: the headers of แบบ สขร.1 and its variants (split or merged columns, the e-GP project
 * number, the newer ITA table's names) and of e-GP's open-data CSV, compared without spaces, line breaks and "(บาท)".
 */

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
  | 'posted'
  | 'projectType';

/** e-GP's columns that a month file has no place for (the agency, its location, announcement dates): read past quietly. */
export const egpNotImported = new Set(egpColumnsNotImported.map((name) => headerKey(name)));

export function headerKey(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/\u0e4d\u0e32/g, '\u0e33')
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

/** The first row among the first 20 with at least three known headers (a form sheet has its title rows above). */
export function findHeaderRow(rows: readonly (readonly unknown[])[]): HeaderRow | undefined {
  for (let index = 0; index < Math.min(rows.length, 20); index++) {
    const written = (rows[index] ?? []).map((cell) => (typeof cell === 'string' ? cell.trim() : cell === null || cell === undefined ? '' : String(cell)));
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
    return { index, kind, fields, written, unknown };
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
