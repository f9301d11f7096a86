/** When a spreadsheet cell would start a formula: shared by the CSV writer (which neutralises it) and the guard on CSV attachments. */
// What a spreadsheet may skip before the first character: spaces of every width, line breaks, invisible marks.
const skippedAtStart = '\\s\\u00a0\\u1680\\u180e\\u2000-\\u200f\\u2028-\\u202f\\u205f-\\u2064\\u3000\\ufeff';
// =, +, -, @ and their full-width, small and minus-sign look-alikes (some spreadsheets fold them to ASCII).
const formulaCharacters = '=+\\-@\\uff1d\\uff0b\\uff0d\\uff20\\ufe62\\ufe63\\ufe66\\ufe6b\\u2212';
const formulaStart = new RegExp(`^(?:[\\t\\r]|[${skippedAtStart}]*[${formulaCharacters}])`);

/** Whether a spreadsheet opening this text cell would run it as a formula (OWASP "CSV injection"). */
export function looksLikeFormula(text: string): boolean {
  return formulaStart.test(text);
}
