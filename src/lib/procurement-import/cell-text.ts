/**
 * What a clerk writes inside one cell of a แบบ สขร.1 sheet, read as the form means it: "name price" and several
 * bidders in one cell, a contract's kind, number and date in one cell, the category from an item's first word, the
 * month a title or heading names, a row saying the month had none, the form's footer lines.
 */
import { parseMoney } from '../procurement/money.ts';
import { normalizeDigits } from '../guards/thai-national-id.ts';
import { matchVocabulary } from '../procurement/match-vocabulary.ts';
import type { EvidenceKind, ProcurementCategory } from '../procurement/vocabulary.ts';
import { evidenceKindAliases, evidenceKindLabels, procurementCategoryAliases, procurementCategoryLabels } from '../../i18n/procurement.ts';
import { parseThaiInputMonth } from '../calendar/thai-date.ts';
import { thaiMonthAbbreviations, thaiMonthNames } from '../../i18n/calendar/words.ts';

/** A line of the form's footer in any cell: "ลงชื่อ … ผู้รายงาน", "ณ วันที่ 3 พฤศจิกายน 2566". */
export const formFooterLine = /^\s*(?:ลงชื่อ|\(?\s*ลงชื่อ|ณ\s*วันที่)/;
/** A row saying the month had none: "ไม่มีการจัดซื้อจัดจ้าง", "- ไม่มี -". */
const noProcurementText = /^[-–—\s(]*ไม่มี(?:การ)?(?:(?:จัด)?ซื้อ(?:หรือ|\/|และ)?(?:จัด)?จ้าง)?[-–—\s).]*$/;
/** "ไม่มีการจัดซื้อจัดจ้าง", also followed by the month it is of ("…ในเดือนพฤศจิกายน 2566"). */
export const saysNoProcurement = (text: string) => noProcurementText.test(text.replace(/\s*(?:ใน|ประจำ|ของ)?\s*(?:รอบ)?\s*เดือน.*$/s, ''));
/** A month named with its year: "ตุลาคม พ.ศ. 2566", "ต.ค. 66" (abbreviations with or without their dots). */
const monthWithYear = new RegExp(
  `(${[...thaiMonthNames, ...thaiMonthAbbreviations.map((name) => [...name.replace(/\./g, '')].join('\\.?\\s?') + '\\.?')]
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s*(?:พ\\.?\\s?ศ\\.?|ปี)?\\s*(\\d{4}|\\d{2})(?!\\d)`,
  'g',
);
const monthNumber = new Map<string, number>([
  ...thaiMonthNames.map((name, index) => [name, index + 1] as const),
  ...thaiMonthAbbreviations.map((name, index) => [name.replace(/\./g, ''), index + 1] as const),
]);

/** Every month a text names with its year, as CE YYYY-MM: a sheet's title, a heading row, a worksheet's name. */
export function monthsNamedIn(text: string): string[] {
  const months = new Set<string>();
  for (const [, name, yearText] of normalizeDigits(text).matchAll(monthWithYear)) {
    const month = monthNumber.get(name!.replace(/[.\s]/g, ''));
    const year = yearText!.length === 2 ? 2500 + Number(yearText) : Number(yearText);
    const parsed = month === undefined ? undefined : parseThaiInputMonth(`${year}-${String(month).padStart(2, '0')}`);
    if (parsed?.ok) months.add(parsed.iso);
  }
  return [...months];
}

/** "ร้านสมใจ 12,000.00" or "ร้านสมใจ ราคา 12,000.00 บาท": the name and the price at the end. */
export function splitNameAndPrice(text: string): { name: string; price: number } | undefined {
  const normalized = normalizeDigits(text);
  const match = /^(.*?)[\s:/,-]*(?:ราคา(?:ที่เสนอ|ที่ตกลง)?)?\s*([\d,]+(?:\.\d+)?)\s*(?:บาท)?\s*(?:\.-|\.)?$/.exec(normalized.trim());
  if (!match) return undefined;
  const name = match[1]!.trim().replace(/[\s:,-]+$/, '');
  const price = parseMoney(match[2]!);
  if (name === '' || !price.ok) return undefined;
  return { name, price: price.satang };
}

/** A line holding only a price: "ราคา 12,000.00 บาท" under the name on the line above. */
const priceOnlyLine = /^(?:ราคา(?:ที่เสนอ|ที่ตกลง)?)?\s*[\d,]+(?:\.\d+)?\s*(?:บาท)?\s*(?:\.-|\.)?$/;
/** Where the next bidder begins on a line: a "1." or "2)" before a name, with or without a space after it. */
const numberedBidder = /(?:^|\s)\d{1,2}[.)](?:\s+|(?=[^\d\s-]))/g;
/** After an amount, a ",", "/" or ";" before the next name. */
const separatorAfterAmount = /(?<=\d(?:\.\d{1,2})?(?:\s*บาท)?(?:\.-|\.)?)\s*[,/;]\s*(?=[^\d\s,./;-])/g;
/** Only a space after an amount that cannot be part of a name (a thousands comma, satang, or "บาท"). */
const spaceAfterAmount = /(?<=(?:\d,\d{3}|\.\d{2}|\d\s*บาท)(?:\.-|\.)?)\s+(?!บาท)(?=[^\d\s,./;-])/g;

/**
 * Several bidders in one cell: one a line (or the name on one line and "ราคา …" on the next), numbered, or after each
 * amount a ",", "/", ";" or a space. A name's own number ("ร้าน 2 พี่น้อง") stays in the name.
 */
export function splitBidders(text: string): { name: string; price: number }[] | undefined {
  const lines = normalizeDigits(text)
    .split(/\n|;/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    if (previous !== undefined && priceOnlyLine.test(line) && !splitNameAndPrice(previous)) joined[joined.length - 1] = `${previous} ${line}`;
    else joined.push(line);
  }
  const parts = joined
    .flatMap((line) => line.replace(numberedBidder, '\n').replace(separatorAfterAmount, '\n').replace(spaceAfterAmount, '\n').split('\n'))
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const bidders = parts.map(splitNameAndPrice);
  // An amount between words ("ร้าน ก 12000 ร้าน ข") is two bidders this cannot tell apart: refused, not guessed.
  const amountInside = (bidder: { name: string }) => /(?:^|\s)\d{3,}\s+\S/.test(bidder.name);
  return bidders.length > 0 && bidders.every((bidder) => bidder !== undefined && !amountInside(bidder))
    ? (bidders as { name: string; price: number }[])
    : undefined;
}

/** "สัญญา", "ใบสั่งซื้อ", … at the start of a text, compared without spaces: the kind and the text after it. */
const evidenceKindPrefixes = (Object.keys(evidenceKindAliases) as EvidenceKind[])
  .flatMap((kind) => [evidenceKindLabels[kind], ...evidenceKindAliases[kind]].map((alias) => ({ kind, alias: alias.replace(/\s/g, '').toLowerCase() })))
  .sort((a, b) => b.alias.length - a.alias.length);
function afterPrefix(text: string, prefix: string): string | undefined {
  let at = 0;
  for (const expected of prefix) {
    while (/\s/.test(text[at] ?? '')) at++;
    if (text[at]?.toLowerCase() !== expected) return undefined;
    at++;
  }
  return text.slice(at);
}

/**
 * "สัญญาเลขที่ กค.1/2567 ลงวันที่ 15 ธ.ค. 66", "ใบสั่งซื้อ 1/2567 12 ต.ค. 66", "1/2567 ลว. 12 ต.ค.": the kind, the
 * number as the agency writes it (its letters too) and the date's text (its year may be only in the title).
 */
export function splitEvidence(text: string): { kind?: EvidenceKind; number: string; dateText: string } | undefined {
  const flat = normalizeDigits(text).replace(/\s+/g, ' ').trim();
  const { kind, rest } = kindAndRest(flat);
  const date = /(?:\s*(?:ลงวันที่|ลว\.?|วันที่))?\s*(\d{1,2}[\s./-]*[ก-๏][ก-๏.]*(?:[\s.-]*\d{2,4})?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})$/.exec(rest);
  if (!date) return undefined;
  const number = rest
    .slice(0, date.index)
    .trim()
    .replace(/[\s,:;-]+$/, '');
  // Two orders in one cell ("7/2567 ลว. 4 ต.ค. 66 และ 8/2567") are two rows the clerk must split.
  if (!/\d/.test(number) || (number.match(/\d+\s*\/\s*\d+/g) ?? []).length > 1) return undefined;
  return { ...(kind ? { kind } : {}), number, dateText: date[1]! };
}

/**
 * The kind a number's words name ("สัญญาจ้างเลขที่ 13/2567", "บันทึกตกลงซื้อ ที่ 9/2567", "ใบสั่งซื้อ 1/2567") and the
 * rest from the number on: the words of the kind ("จ้าง", "ซื้อขาย") and "เลขที่" or "ที่" are not part of the number.
 */
export function kindAndRest(flat: string): { kind?: EvidenceKind; rest: string } {
  for (const prefix of evidenceKindPrefixes) {
    const after = afterPrefix(flat, prefix.alias);
    if (after === undefined) continue;
    return { kind: prefix.kind, rest: after.replace(/^[\u0e01-\u0e4f\s]*?(?:เลขที่|ที่)\s*[:.]?\s*|^\s+/, '') };
  }
  return { rest: flat.replace(/^\s*(?:เลขที่|ที่)\s*[:.]?\s*/, '') };
}

/** ซื้อ / จ้าง / จ้างก่อสร้าง from a category or project-type cell, else from how the item begins. */
export function categoryOf(categoryText: string, itemText: string): ProcurementCategory | undefined {
  if (categoryText !== '') {
    const direct = matchVocabulary(categoryText, procurementCategoryLabels, procurementCategoryAliases);
    if (direct) return direct;
    if (/ก่อสร้าง/.test(categoryText)) return 'works';
    if (/^จ้าง|เช่า|บริการ/.test(categoryText)) return 'services';
    if (/^ซื้อ/.test(categoryText)) return 'goods';
  }
  const item = itemText.replace(/^\d{1,3}[.)]\s*/, '').replace(/^(?:โครงการ|งาน)\s*/, '');
  // Buying first ("ซื้อวัสดุก่อสร้าง" is goods), then building anywhere in the item ("จ้างเหมาก่อสร้าง…"), then hiring.
  if (/^(?:จัด)?ซื้อ|^ค่า(?:วัสดุ|ครุภัณฑ์|น้ำมัน)/.test(item)) return 'goods';
  if (/ก่อสร้าง|^(?:จ้าง)?(?:เหมา)?(?:ปรับปรุง|ซ่อมสร้าง|ขยาย)(?:ถนน|อาคาร|สะพาน|ราง|ท่อ|ฝาย|ลาน)/.test(item)) return 'works';
  if (/^(?:ค่า)?(?:จัด)?จ้าง|^(?:ค่า)?เช่า|^(?:ค่า)?ซ่อม|^(?:ค่า)?บริการ/.test(item)) return 'services';
  return undefined;
}

/** A value of a closed list as sheets write it, with a note in brackets: "วิธีเฉพาะเจาะจง (ม.56(2)(ข))", "e-market (ตลาดอิเล็กทรอนิกส์)". */
export function withoutBracketNotes(text: string): { outside: string; inside: string[] } {
  let outside = text;
  const inside: string[] = [];
  for (let bracket = /[(（]([^()（）]*)[)）]/; bracket.test(outside);) {
    outside = outside.replace(bracket, (_whole, note: string) => {
      inside.push(note.trim());
      return ' ';
    });
  }
  // A legal reference after the value without brackets ("เฉพาะเจาะจง ม.56(1)(ข)", "… มาตรา 56") is a note too.
  return {
    outside: outside
      .replace(/\s*(?:ม\.|มาตรา)\s*\d.*$/, '')
      .replace(/\s+/g, ' ')
      .trim(),
    inside,
  };
}

export const egpEvidenceKind = (number: string): EvidenceKind => (/^po/i.test(number) ? 'order' : 'contract');
