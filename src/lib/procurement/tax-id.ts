/**
 * Tax IDs of winners and bidders. A company's 13-digit ID begins with 0 and is published; any other is a person's
 * national ID (a sole trader's tax ID is the owner's ID) and is never published: it is masked, last four digits as x.
 */

import { writtenDigits } from '../guards/thai-national-id.ts';

const thaiDigit = /[๐-๙]/g;

/**
 * Thirteen ASCII digits from what was typed, read as the national-ID guard reads a number (full-width, Thai or any
 * listed digits, spaces, dashes, dots, soft hyphens and other invisible characters), or undefined when it is not 13 digits.
 */
export function normalizeTaxId(input: string | number): string | undefined {
  const digits = writtenDigits(String(input));
  return /^\d{13}$/.test(digits) ? digits : undefined;
}

/** A juristic person's registration number (บริษัท, ห้างหุ้นส่วน) begins with 0. */
export function isCompanyTaxId(digits: string): boolean {
  return /^0\d{12}$/.test(digits);
}

/** What may be published: a company's ID in full, a person's as "130990115xxxx" (the form e-GP analytics already use). */
export function publicTaxId(digits: string | undefined): string | undefined {
  if (digits === undefined) return undefined;
  return isCompanyTaxId(digits) ? digits : `${digits.slice(0, 9)}xxxx`;
}

/** The people's IDs among these tax IDs: the strings no published file may carry. */
export function personTaxIds(taxIds: Iterable<string | undefined>): Set<string> {
  return new Set([...taxIds].filter((digits): digits is string => digits !== undefined && !isCompanyTaxId(digits)));
}

/** Every run of digits in a text read as a reader would (Thai digits, spaces and dashes inside), to compare with IDs. */
function digitRuns(text: string): string[] {
  const normalized = text.replace(thaiDigit, (digit) => String(digit.charCodeAt(0) - 0x0e50));
  return [...normalized.matchAll(/\d[\d\s\-\u00A0\u200B-\u200D\u2060\uFEFF]*\d/g)].map((match) => match[0].replace(/\D/g, ''));
}

/** The people's IDs that a published text would carry (in any spacing), so the build can refuse it. */
export function personIdsIn(text: string, personIds: ReadonlySet<string>): string[] {
  if (personIds.size === 0) return [];
  const found = new Set<string>();
  for (const run of digitRuns(text)) for (const id of personIds) if (run.includes(id)) found.add(id);
  return [...found];
}
