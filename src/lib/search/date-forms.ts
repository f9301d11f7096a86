/**
 * The other forms of a month or a year a searcher may type: Thai documents write dates both ways ("1 ต.ค. 66",
 * "เดือนตุลาคม 2566"), and citizens type either, often without the dots ("ตค 66"). A month's full name and its short
 * form stand for each other (from Intl, as the site writes dates); a short form typed without dots counts only when the
 * query names a year too (กพ is also the Civil Service Commission); a Buddhist-era year in four digits and in two stand
 * for each other when the query names a month or says year (ปี, พ.ศ.), since a lone two-digit number is as often a
 * clause or a count. Texts are in the form search compares (search-text.ts): lower case, no dot after the last letter.
 * No Node modules here: the search page imports it.
 */

const monthNames = (style: 'long' | 'short') => {
  const format = new Intl.DateTimeFormat('th-TH', { month: style, timeZone: 'UTC' });
  // Trailing dots dropped, as a query term's are.
  return Array.from({ length: 12 }, (_, month) => format.format(Date.UTC(2000, month, 15)).replace(/\.+$/, ''));
};

const fullMonths = monthNames('long');
const shortMonths = monthNames('short');
const undotted = shortMonths.map((short) => short.replaceAll('.', ''));

/** Words that say the number beside them is a year. */
const yearWords = new Set(['ปี', 'พ.ศ', 'พศ', 'ปีงบ', 'ปีงบประมาณ', 'ปีงบฯ', 'งบประมาณ']);

const twoDigitYear = /^[4-9]\d$/;
const fourDigitYear = /^25[4-9]\d$/;

const isMonth = (text: string) => fullMonths.includes(text) || shortMonths.includes(text);
const isYear = (text: string) => twoDigitYear.test(text) || fourDigitYear.test(text);

/**
 * For each of the query's term texts (in order), the other texts a page may hold it as; an empty list for most. Quoted
 * terms are left out by the caller: they are searched as written.
 */
export function dateFormAlternatives(texts: readonly string[]): string[][] {
  const namesAMonth = texts.some(isMonth);
  const namesAYear = texts.some(isYear);
  const saysYear = namesAMonth || texts.some((text) => yearWords.has(text));
  return texts.map((text) => {
    const full = fullMonths.indexOf(text);
    if (full >= 0) return [shortMonths[full]!];
    const short = shortMonths.indexOf(text);
    if (short >= 0) return [fullMonths[short]!];
    const bare = undotted.indexOf(text);
    if (bare >= 0 && namesAYear) return [fullMonths[bare]!, shortMonths[bare]!];
    if (twoDigitYear.test(text) && (saysYear || texts.some((other) => undotted.includes(other)))) return [`25${text}`];
    if (fourDigitYear.test(text) && saysYear) return [text.slice(2)];
    return [];
  });
}
