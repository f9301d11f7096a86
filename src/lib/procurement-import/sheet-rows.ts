/**
 * A sheet's data rows as procurement rows, ready for a month file: each cell read by its column (money to satang, Thai
 * dates, methods and categories by name, "name price" cells split), continuation rows of merged cells joined to their
 * row, e-GP's shifted columns put back. Anything unreadable is refused with its sheet row and column, never guessed.
 */
import { formatBaht, parseMoney } from '../procurement/money.ts';
import { normalizeTaxId } from '../procurement/tax-id.ts';
import { normalizeDigits, personIdNumbersIn } from '../guards/thai-national-id.ts';
import { matchVocabulary } from '../procurement/match-vocabulary.ts';
import {
  contractStatuses,
  procurementMethods,
  type ContractStatus,
  type EvidenceKind,
  type ProcurementCategory,
  type ProcurementMethod,
} from '../procurement/vocabulary.ts';
import {
  contractStatusAliases,
  contractStatusLabels,
  evidenceKindAliases,
  evidenceKindLabels,
  procurementMethodAliases,
  procurementMethodLabels,
} from '../../i18n/procurement.ts';
import { egpProvinceColumn, importMessages, type ImportText } from '../../i18n/procurement-import.ts';
import { egpNotImported, fieldOfHeader, findHeaderRow, headerKey, headerNames, requiredGroups, type Field, type HeaderRow } from './columns.ts';
import { parseThaiDateText } from './thai-date-text.ts';
import { formatThaiDateShort } from '../calendar/thai-date.ts';
import { normalizeThaiText } from '../text/thai-text.ts';
import type { Cell, Table } from './read-table.ts';
import { sameName } from '../content/rules/procurement.ts';
import {
  categoryOf,
  egpEvidenceKind,
  formFooterLine,
  kindAndRest,
  monthsNamedIn,
  saysNoProcurement,
  splitBidders,
  splitEvidence,
  splitNameAndPrice,
  withoutBracketNotes,
} from './cell-text.ts';

/** The earliest date a procurement row may carry (1 Jan 2540 BE): an earlier one is Excel reading "66" as 1966, or a slip. */
const oldestDate = '1997-01-01';

/** The cells whose text is published as written. */
const publishedTextFields: readonly Field[] = [
  'item',
  'fundSource',
  'biddersCombined',
  'bidderNames',
  'winnerCombined',
  'winnerName',
  'reason',
  'evidenceNumber',
  'evidenceCombined',
];

/** One procurement read from the sheet, in the model's terms (money in satang, dates CE ISO). */
export interface SheetRow {
  /** Sheet row number (1-based), for messages */
  sheetRow: number;
  /** The worksheet, when the workbook has several */
  sheet?: string;
  item: string;
  budget: number;
  referencePrice?: number;
  method: ProcurementMethod;
  category: ProcurementCategory;
  fundSource?: string;
  bidders: { name: string; price: number }[];
  winner: { name: string; price: number; taxId?: string };
  reason?: string;
  /** kind undefined when the sheet does not say (e-GP's files) */
  evidence: { kind?: EvidenceKind; number: string; date: string };
  egpNumber?: string;
  status?: ContractStatus;
  /** When the month's summary went online, if the sheet says */
  posted?: string;
}

export interface Refusal {
  /** The worksheet, when the workbook has several */
  sheet?: string;
  sheetRow?: number;
  column?: string;
  text: ImportText;
}

export interface SheetRead {
  kind: 'form' | 'egp';
  rows: SheetRow[];
  refusals: Refusal[];
  /** Things worth saying that do not stop the import (columns not imported, shifted columns put back) */
  notes: ImportText[];
  /** Rows the sheet hides, imported like the others (the summary names them) */
  hiddenImported: { sheet?: string; sheetRow: number; item: string }[];
  /** Months the sheet says had no procurement (CE YYYY-MM), each with the row that says so */
  noProcurement: { month: string; sheetRow: number; sheet?: string }[];
}

/** Where a procurement was first seen, across the worksheets of a file (the same one twice is refused). */
export type SeenRows = Map<string, { sheetRow: number; sheet?: string }>;

const asText = (cell: Cell | undefined): string => {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  // Text pasted from a PDF of a form carries its mark order (ท่ี): kept in the one spelling search and the guards read.
  return normalizeThaiText(String(cell).replace(/\r\n?/g, '\n')).trim();
};
const isBlank = (text: string) => text === '' || /^[-–—]+$/.test(text);
/** A satang column's header: "สต.", "สต", "สตางค์". */
const satangHeader = /^(?:สต\.?|สตางค์)$/;

/** A closed list's value as written, or with its note in brackets left out, or the note itself ("e-bidding (ประกวดราคาอิเล็กทรอนิกส์)"). */
function closedListValue<Id extends string>(text: string, labels: Record<Id, string>, aliases: Record<Id, readonly string[]>): Id | undefined {
  const direct = matchVocabulary(text, labels, aliases);
  if (direct) return direct;
  const { outside, inside } = withoutBracketNotes(text);
  return [outside, ...inside].map((part) => (part === '' ? undefined : matchVocabulary(part, labels, aliases))).find((id) => id !== undefined);
}

/** e-GP declares location columns that carry no values: rows are shorter than the header by that many. */
function repairShiftedHeader(header: HeaderRow, rows: readonly Cell[][]): { header: HeaderRow; shifted: number } {
  const data = rows.slice(header.index + 1).filter((row) => row.some((cell) => asText(cell) !== ''));
  const width = header.written.length;
  const lengths = new Set(
    data.map((row) => {
      let length = row.length;
      while (length > 0 && asText(row[length - 1]) === '') length--;
      return length;
    }),
  );
  const longest = Math.max(0, ...lengths);
  const missing = width - longest;
  if (header.kind !== 'egp' || missing <= 0) return { header, shifted: 0 };
  const province = header.written.findIndex((text) => text.replace(/\s/g, '') === egpProvinceColumn);
  const english = header.written
    .map((text, index) => ({ text, index }))
    .filter(({ text, index }) => index > province && text !== '' && !/[\u0e00-\u0e7f]/.test(text))
    .slice(0, missing);
  if (english.length !== missing) return { header, shifted: 0 };
  const dropped = new Set(english.map(({ index }) => index));
  const written = header.written.filter((_, index) => !dropped.has(index));
  const fields = new Map<number, Field>();
  let column = 0;
  header.written.forEach((_, index) => {
    if (dropped.has(index)) return;
    const field = header.fields.get(index);
    if (field) fields.set(column, field);
    column++;
  });
  return { header: { ...header, written, fields, unknown: header.unknown.filter((text) => !english.some((entry) => entry.text === text)) }, shifted: missing };
}

/** `sheet` names the worksheet in messages (a workbook of several); `seen` is shared by the worksheets of one file. */
export function readSheetRows(table: Table, { sheet, seen = new Map() }: { sheet?: string; seen?: SeenRows } = {}): SheetRead {
  const found = findHeaderRow(table.rows);
  const firstRows = table.rows
    .slice(0, 5)
    .flat()
    .map(asText)
    .filter((text) => text !== '')
    .slice(0, 12);
  if (!found)
    return {
      kind: 'form',
      rows: [],
      refusals: [
        {
          text: importMessages.noHeader([...new Set(requiredGroups.map((group) => headerNames[group[0]!][0]!))], firstRows),
        },
      ],
      notes: [],
      hiddenImported: [],
      noProcurement: [],
    };
  const { header, shifted } = repairShiftedHeader(found, table.rows);
  const present = new Set(header.fields.values());
  const missing = requiredGroups.filter((group) => !group.some((field) => present.has(field))).map((group) => headerNames[group[group.length - 1]!][0]!);
  if (missing.length > 0)
    return {
      kind: header.kind,
      rows: [],
      refusals: [
        {
          sheet,
          sheetRow: header.index + 1,
          text: importMessages.missingColumns(
            [...new Set(missing)],
            header.written.filter((text) => text !== ''),
          ),
        },
      ],
      notes: [],
      hiddenImported: [],
      noProcurement: [],
    };
  const notes: ImportText[] = [];
  if (shifted > 0) notes.push(importMessages.shiftedColumns(shifted));
  const unknown = header.unknown.filter((text) => !(header.kind === 'egp' && egpNotImported.has(headerKey(text))) && !satangHeader.test(headerKey(text)));
  if (unknown.length > 0) notes.push(importMessages.unknownColumns(unknown));

  const columnOf = new Map<Field, number>([...header.fields].map(([column, field]) => [field, column]));
  const rows: SheetRow[] = [];
  const refusals: Refusal[] = [];
  const hiddenImported: SheetRead['hiddenImported'] = [];
  const noProcurement: SheetRead['noProcurement'] = [];
  // A cell merged down over several rows holds its value in the top row only; it counts for every row it covers.
  const mergedFrom = new Map<string, Cell>();
  for (const range of table.merges ?? []) {
    for (let row = range.top + 1; row <= range.bottom; row++) mergedFrom.set(`${row}:${range.left}`, table.rows[range.top - 1]?.[range.left] ?? null);
  }
  // The month the title names ("…ในรอบเดือน ตุลาคม พ.ศ. 2566"), else the worksheet's name; a heading row between rows changes it.
  const titleMonths = monthsNamedIn(table.rows.slice(0, header.index).flat().map(asText).join(' '));
  const sheetMonths = monthsNamedIn(table.sheetName ?? '');
  let monthOfRows = titleMonths.length === 1 ? titleMonths[0] : titleMonths.length === 0 && sheetMonths.length === 1 ? sheetMonths[0] : undefined;
  /** A date as written, or "12 ต.ค." with the year of the month the sheet is of. */
  const dateOf = (value: Cell): string | undefined => {
    const direct = parseThaiDateText(value);
    if (direct || monthOfRows === undefined || typeof value !== 'string') return direct;
    const text = normalizeDigits(asText(value));
    return /^\d{1,2}[\s./-]*[ก-๏][ก-๏.]*$/.test(text) ? parseThaiDateText(`${text} ${Number(monthOfRows.slice(0, 4)) + 543}`) : undefined;
  };
  const winnerColumns = new Map<SheetRow, Field>();
  /** Columns of satang after an amount column ("บาท" | "สต."), and what the sheet leaves to be said about its rows. */
  const satangColumns = new Set(
    header.written.flatMap((written, column) => (header.fields.get(column) === 'satang' || satangHeader.test(headerKey(written)) ? [column] : [])),
  );
  const maskedTaxIds: number[] = [];
  let categoryFromItem = 0;
  /** Rows whose evidence kind the sheet does not state: taken as an order, and named. */
  const kindAssumed: number[] = [];
  // Under the form's footer (signature, name, position) until the next row of data: a year of monthly forms pasted together.
  let inFooter = false;
  table.rows.slice(header.index + 1).forEach((cells, offset) => {
    const sheetRow = header.index + 2 + offset;
    const typed = (field: Field) => (columnOf.has(field) ? (cells[columnOf.get(field)!] ?? null) : null);
    const cell = (field: Field) => {
      const value = typed(field);
      return isBlank(asText(value)) && columnOf.has(field) ? (mergedFrom.get(`${sheetRow}:${columnOf.get(field)}`) ?? value) : value;
    };
    const text = (field: Field) => asText(cell(field));
    const has = (field: Field) => !isBlank(text(field));
    const hasTyped = (field: Field) => !isBlank(asText(typed(field)));
    const filled = cells.map(asText).filter((value) => value !== '');
    if (filled.length === 0) return;
    // The form's footer (the date it was made, the signature, the name, the position), and what follows it up to the next data.
    if (!has('budget') && filled.some((value) => formFooterLine.test(value))) {
      inFooter = true;
      return;
    }
    // The header again (printed on each page, or the next month's form pasted below).
    if (filled.filter((value) => fieldOfHeader(value) !== undefined).length >= 3) {
      inFooter = false;
      return;
    }
    // "ไม่มีการจัดซื้อจัดจ้าง": the month it names, or the month the sheet is of, had none.
    const saysNone =
      filled.some(saysNoProcurement) &&
      cells.every((value, column) => column === columnOf.get('number') || isBlank(asText(value)) || saysNoProcurement(asText(value)));
    if (saysNone && !has('budget')) {
      const named = filled.flatMap(monthsNamedIn);
      const month = named.length === 1 ? named[0] : monthOfRows;
      if (month === undefined) refusals.push({ sheet, sheetRow, text: importMessages.noProcurementMonthUnknown() });
      else noProcurement.push({ month, sheetRow, ...(sheet === undefined ? {} : { sheet }) });
      return;
    }
    // A heading row between the rows ("เดือนพฤศจิกายน 2566"): the rows below it are of that month.
    if (filled.length === 1 && !has('budget')) {
      const named = monthsNamedIn(filled[0]!);
      if (named.length === 1 && filled[0]!.replace(/\s/g, '').length <= 120) {
        monthOfRows = named[0];
        return;
      }
    }
    if (inFooter && !has('budget')) return;
    inFooter = false;
    // A row numbered in advance and left empty.
    if (has('number') && cells.every((value, column) => column === columnOf.get('number') || isBlank(asText(value)))) return;
    // A row under the data that only totals it ("รวม") is not a procurement.
    if (/^รวม/.test(text('item') || text('number')) && !has('evidenceNumber') && !has('evidenceCombined')) return;
    const rowRefusals: Refusal[] = [];
    const refuse = (field: Field | undefined, problem: ImportText) =>
      rowRefusals.push({ sheet, sheetRow, column: field && columnOf.has(field) ? header.written[columnOf.get(field)!] : undefined, text: problem });
    // A continuation row of the procurement above: its item merged down from there, or only bidders typed.
    const previous = rows.at(-1);
    const itemMergedFromAbove = !hasTyped('item') && columnOf.has('item') && mergedFrom.has(`${sheetRow}:${columnOf.get('item')}`);
    const onlyBidders = !hasTyped('item') && !hasTyped('budget') && (hasTyped('biddersCombined') || hasTyped('bidderNames'));
    // A row with its own budget, winner or number is another procurement, whatever its item cell shares.
    const ownProcurement = (['budget', 'winnerCombined', 'winnerName', 'evidenceNumber', 'evidenceCombined'] as const).some(hasTyped);
    if (previous && !ownProcurement && (itemMergedFromAbove || onlyBidders)) {
      const bidderText = (field: Field) => asText(typed(field));
      const more = hasTyped('biddersCombined')
        ? splitBidders(bidderText('biddersCombined'))
        : hasTyped('bidderNames') && hasTyped('bidderPrices')
          ? [{ name: bidderText('bidderNames'), price: parseMoney(bidderText('bidderPrices')) }].map((bidder) =>
              bidder.price.ok ? { name: bidder.name, price: bidder.price.satang } : undefined,
            )
          : hasTyped('bidderNames')
            ? undefined
            : [];
      if (!more || more.some((bidder) => bidder === undefined))
        refuse(
          hasTyped('biddersCombined') ? 'biddersCombined' : 'bidderPrices',
          importMessages.bidders(bidderText(hasTyped('biddersCombined') ? 'biddersCombined' : 'bidderNames')),
        );
      else previous.bidders.push(...(more as { name: string; price: number }[]));
      if (table.hiddenRows.has(sheetRow)) hiddenImported.push({ sheet, sheetRow, item: previous.item });
      refusals.push(...rowRefusals);
      return;
    }
    for (const [column, field] of header.fields) if (table.uncomputed.has(`${sheetRow}:${column}`)) refuse(field, importMessages.uncomputed());
    // Whatever these cells hold is published; a person's ID belongs in the tax-ID column only, where it is masked (the build's own rule).
    for (const field of publishedTextFields) if (has(field) && personIdNumbersIn(text(field)).length > 0) refuse(field, importMessages.personIdInText());
    const dated = (field: Field, value: Cell = cell(field)): string | undefined => {
      const date = dateOf(value);
      if (!date) refuse(field, importMessages.date(asText(value)));
      else if (date < oldestDate) refuse(field, importMessages.tooOld(formatThaiDateShort(date), value instanceof Date));
      return date && date >= oldestDate ? date : undefined;
    };

    const money = (field: Field, required: boolean): number | undefined => {
      if (!has(field)) {
        if (required) refuse(field, importMessages.required());
        return undefined;
      }
      const value = cell(field);
      const parsed = parseMoney(typeof value === 'number' ? value : text(field));
      if (!parsed.ok) refuse(field, importMessages.money(text(field)));
      // The form's baht and satang in two columns ("บาท" | "สต."): the satang cell right after the amount.
      const satangColumn = columnOf.get(field)! + 1;
      const satangText = satangColumns.has(satangColumn) ? asText(cells[satangColumn] ?? null) : '';
      if (!parsed.ok || isBlank(satangText)) return parsed.ok ? parsed.satang : undefined;
      if (!/^\d{1,2}$/.test(normalizeDigits(satangText)) || parsed.satang % 100 !== 0) {
        refuse(field, importMessages.money(`${text(field)} | ${satangText}`));
        return undefined;
      }
      return parsed.satang + Number(normalizeDigits(satangText));
    };
    // A list number typed before the item ("1. จัดซื้อ…") is the sheet's, not the item's.
    const item = text('item')
      .replace(/\s+/g, ' ')
      .replace(/^\d{1,3}[.)]\s*(?=\D)/, '');
    if (item === '') refuse('item', importMessages.required());
    const budget = money('budget', true);
    const referencePrice = money('referencePrice', false);
    const method = closedListValue(text('method'), procurementMethodLabels, procurementMethodAliases);
    if (!method)
      refuse(
        'method',
        has('method')
          ? importMessages.method(
              text('method'),
              procurementMethods.map((id) => procurementMethodLabels[id]),
            )
          : importMessages.required(),
      );
    const category = categoryOf(text('category') || text('projectType'), item);
    if (category && !has('category') && !has('projectType')) categoryFromItem += 1;
    if (!category) refuse(columnOf.has('category') ? 'category' : 'item', importMessages.category(text('category') || item));

    let winner: { name: string; price: number } | undefined;
    if (has('winnerName') && (has('winnerPrice') || has('contractAmount'))) {
      const price = has('winnerPrice') ? money('winnerPrice', true) : money('contractAmount', true);
      if (price !== undefined) winner = { name: text('winnerName').replace(/\s+/g, ' '), price };
    } else if (has('winnerCombined')) {
      winner = splitNameAndPrice(text('winnerCombined').replace(/\n/g, ' '));
      if (!winner) refuse('winnerCombined', importMessages.bidders(text('winnerCombined')));
    } else refuse(columnOf.has('winnerName') ? (has('winnerName') ? 'winnerPrice' : 'winnerName') : 'winnerCombined', importMessages.required());

    let bidders: { name: string; price: number }[] = [];
    if (has('biddersCombined')) {
      const split = splitBidders(text('biddersCombined'));
      if (split) bidders = split;
      else refuse('biddersCombined', importMessages.bidders(text('biddersCombined')));
    } else if (has('bidderNames')) {
      const names = text('bidderNames')
        .split('\n')
        .map((name) => name.trim())
        .filter(Boolean);
      const prices = text('bidderPrices')
        .split('\n')
        .map((price) => parseMoney(price.trim()));
      if (names.length === prices.length && prices.every((price) => price.ok))
        bidders = names.map((name, index) => ({ name, price: (prices[index] as { satang: number }).satang }));
      else refuse('bidderPrices', importMessages.bidders(`${text('bidderNames')} / ${text('bidderPrices')}`));
    }

    let evidence: SheetRow['evidence'] | undefined;
    if (cell('evidenceNumber') instanceof Date) {
      refuse('evidenceNumber', importMessages.numberBecameDate());
    } else if (has('evidenceNumber') && has('evidenceDate')) {
      const date = dated('evidenceDate');
      const typedNumber = normalizeDigits(text('evidenceNumber'));
      // A form's number cell may name its kind ("สัญญาเลขที่ 5/2567"); e-GP's numbers ("PO…") are kept as written.
      const named = found.kind === 'form' && /[\u0e01-\u0e4f]/.test(typedNumber) ? kindAndRest(typedNumber.replace(/\s+/g, ' ').trim()) : { rest: typedNumber };
      const number = named.rest;
      const kindText = text('evidenceKind');
      const kind = (kindText ? closedListValue(kindText, evidenceKindLabels, evidenceKindAliases) : undefined) ?? named.kind;
      if (date) evidence = { kind: kind ?? (found.kind === 'egp' ? egpEvidenceKind(number) : 'order'), number, date };
      if (date && !kind && found.kind === 'form') kindAssumed.push(sheetRow);
      if (evidence && found.kind === 'egp' && !kind && !/^po/i.test(number)) delete evidence.kind;
    } else if (has('evidenceCombined')) {
      const split = splitEvidence(text('evidenceCombined'));
      const date = split ? dated('evidenceCombined', split.dateText) : undefined;
      if (!split) refuse('evidenceCombined', importMessages.evidence(text('evidenceCombined')));
      else if (date) evidence = { kind: split.kind ?? 'order', number: split.number, date };
      if (split && date && !split.kind) kindAssumed.push(sheetRow);
    } else refuse(columnOf.has('evidenceCombined') ? 'evidenceCombined' : has('evidenceNumber') ? 'evidenceDate' : 'evidenceNumber', importMessages.required());

    let taxId: string | undefined;
    // A tax ID masked where it was copied from ("110370207xxxx" in e-GP's files, "010556xxxx059"): nothing of it can be kept.
    const taxIdText = text('taxId').replace(/[\s-]/g, '');
    const taxIdMasked = /[x*•]/i.test(taxIdText) && /^[\dx*•]+$/i.test(taxIdText);
    if (has('taxId') && taxIdMasked && found.kind === 'form') maskedTaxIds.push(sheetRow);
    if (has('taxId') && !taxIdMasked) {
      const written = cell('taxId');
      // A company's ID typed as a number loses its leading 0 (Excel may still show it through a 0000000000000 format).
      taxId = normalizeTaxId(typeof written === 'number' && /^\d{12}$/.test(String(written)) ? `0${written}` : text('taxId'));
      if (!taxId) refuse('taxId', importMessages.taxId(text('taxId')));
    }
    // e-GP's project status says when a project was cancelled before any contract ("ยกเลิกโครงการ"); its other values are not a contract's.
    const projectCancelled = has('projectStatus') && closedListValue(text('projectStatus'), contractStatusLabels, contractStatusAliases) === 'cancelled';
    const status = has('status') ? closedListValue(text('status'), contractStatusLabels, contractStatusAliases) : projectCancelled ? 'cancelled' : undefined;
    if (has('status') && !status)
      refuse(
        'status',
        importMessages.status(
          text('status'),
          contractStatuses.map((id) => contractStatusLabels[id]),
        ),
      );
    let posted: string | undefined;
    if (has('posted')) {
      posted = dated('posted');
    }
    if (winner && budget !== undefined && winner.price > budget)
      refuse(has('winnerPrice') ? 'winnerPrice' : 'winnerCombined', importMessages.aboveBudget(formatBaht(winner.price), formatBaht(budget)));

    // A sheet of one month (its title or a heading says which) lists that month's procurements: another month is a slip.
    if (evidence && monthOfRows !== undefined && evidence.date.slice(0, 7) !== monthOfRows)
      refuse(
        has('evidenceDate') ? 'evidenceDate' : 'evidenceCombined',
        importMessages.outsideSheetMonth(formatThaiDateShort(evidence.date), formatThaiDateShort(monthOfRows)),
      );
    if (rowRefusals.length > 0 || !method || !category || !winner || !evidence || budget === undefined) {
      refusals.push(...rowRefusals);
      return;
    }
    const egpNumber = has('egpNumber') ? normalizeDigits(text('egpNumber')) : undefined;
    // Orders alike but for their number (two fuel orders from one station on one day) are two procurements.
    const key = egpNumber ?? `${item}|${evidence.date}|${winner.name}|${evidence.number}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      refusals.push({ sheet, sheetRow, text: importMessages.duplicateInSheet(importMessages.where(earlier.sheetRow, undefined, earlier.sheet)) });
      return;
    }
    seen.set(key, { sheetRow, ...(sheet === undefined ? {} : { sheet }) });
    // A hidden row is still the agency's record (rows are hidden to print a shorter form): imported, and named in the summary.
    if (table.hiddenRows.has(sheetRow)) hiddenImported.push({ sheet, sheetRow, item });
    rows.push({
      sheetRow,
      ...(sheet === undefined ? {} : { sheet }),
      item,
      budget,
      ...(referencePrice !== undefined ? { referencePrice } : {}),
      method,
      category,
      ...(has('fundSource') ? { fundSource: text('fundSource') } : {}),
      bidders,
      winner: { ...winner, ...(taxId ? { taxId } : {}) },
      ...(has('reason') ? { reason: text('reason').replace(/\s+/g, ' ') } : {}),
      evidence,
      ...(egpNumber ? { egpNumber } : {}),
      ...(status ? { status } : {}),
      ...(posted ? { posted } : {}),
    });
    winnerColumns.set(rows.at(-1)!, has('winnerName') ? 'winnerName' : 'winnerCombined');
  });
  // The winner among the bidders (as the build requires), checked once continuation rows have added theirs.
  const refusedWinners = new Set<SheetRow>();
  for (const row of rows) {
    if (row.bidders.length === 0 || row.bidders.some((bidder) => sameName(bidder.name, row.winner.name))) continue;
    const spacedOtherwise = row.bidders.find((bidder) => bidder.name.replace(/\s/g, '') === row.winner.name.replace(/\s/g, ''));
    const field = winnerColumns.get(row)!;
    refusals.push({
      sheet,
      sheetRow: row.sheetRow,
      column: header.written[columnOf.get(field)!],
      text: importMessages.winnerNotBidder(row.winner.name, spacedOtherwise?.name),
    });
    refusedWinners.add(row);
  }
  if (categoryFromItem > 0) notes.push(importMessages.categoryFromItem(categoryFromItem));
  if (maskedTaxIds.length > 0) notes.push(importMessages.maskedTaxIds(maskedTaxIds.map((row) => importMessages.where(row, undefined, sheet))));
  const assumed = rows.filter((row) => !refusedWinners.has(row) && kindAssumed.includes(row.sheetRow));
  if (assumed.length > 0) notes.push(importMessages.kindAssumed(assumed.map((row) => importMessages.where(row.sheetRow, undefined, sheet))));
  return { kind: found.kind, rows: rows.filter((row) => !refusedWinners.has(row)), refusals, notes, hiddenImported, noProcurement };
}
