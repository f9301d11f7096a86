/**
 * What the procurement pages render, prepared here so the .astro files only print it: rows in the form's words, money
 * formatted from satang, tax IDs as they may be published (a person's masked), figures as table rows and chart series.
 */
import type { ContentModel, Entry, ProcurementContent } from '../content/model.ts';
import type { ProcurementMonth, ProcurementReport, ProcurementRow } from '../../schemas/procurement.ts';
import { fiscalYearOfIso, formatThaiDate, formatThaiDateShort, formatThaiMonth } from '../calendar/thai-date.ts';
import { formatBaht } from '../procurement/money.ts';
import { personIdsIn, personTaxIds, publicTaxId } from '../procurement/tax-id.ts';
import { maskNationalId } from '../guards/thai-national-id.ts';
import { monthsOfYear, procurementYears, yearFigures, type MonthState, type PlacedRow } from './figures.ts';
import { urls } from '../site/urls.ts';
import { resolveAttachment } from '../attachments/resolve-attachment.ts';
import {
  contractStatusLabels,
  evidenceKindLabels,
  formColumns,
  procurementCategoryLabels,
  procurementMethodLabels,
  procurementTitles,
  procurementBuildMessages,
  procurementWords as words,
  type IdInOutput,
  type IdPlace,
  rowFieldLabels,
} from '../../i18n/procurement.ts';
import { rowPageUrls } from '../procurement/row-slugs.ts';
import { stackedColumnLabels } from '../site/stack-labels.ts';

/** The nine columns of the monthly summary form (สขร.1), in its order (formColumns is written in that order). */
export const formHeaders: readonly string[] = Object.values(formColumns);

/** The form table's column names for the phone's cards, once per page (a month is a hundred rows of nine cells). */
export const formTableStyle = stackedColumnLabels('form-table', formHeaders);

/** The model's procurement, empty when it has none (content/model.ts's procurementOf, kept here so this folder imports no code from lib/content). */
export function procurementOf(model: ContentModel): ProcurementContent {
  return model.procurement ?? { months: [], reports: [] };
}

/** One row as the form prints it: text only, nothing that may not be published. */
export interface PublicRow {
  number: number;
  item: string;
  budget: string;
  referencePrice: string;
  method: string;
  category: string;
  bidders: { name: string; price: string }[];
  winner: { name: string; price: string; taxId?: string };
  reason: string;
  evidence: string;
  /** The e-GP project number, when the row has one (the one extra fact people search by) */
  egpNumber?: string;
  /** The other facts of the newer ITA table, one line each */
  details: string[];
  /** The row's own page, with every field */
  url?: string;
}

export function publicRow(row: ProcurementRow, number: number, url?: string): PublicRow {
  const taxId = publicTaxId(row.winner.taxId);
  return {
    number,
    ...(url ? { url } : {}),
    item: row.item,
    budget: formatBaht(row.budget),
    referencePrice: row.referencePrice === undefined ? words.notGiven : formatBaht(row.referencePrice),
    method: procurementMethodLabels[row.method],
    category: procurementCategoryLabels[row.category],
    bidders: row.bidders.map((bidder) => ({ name: bidder.name, price: formatBaht(bidder.price) })),
    winner: { name: row.winner.name, price: formatBaht(row.winner.price), ...(taxId ? { taxId } : {}) },
    reason: row.reason ?? words.notGiven,
    evidence: words.evidenceText(evidenceKindLabels[row.evidence.kind], row.evidence.number, formatThaiDateShort(row.evidence.date)),
    ...(row.egpNumber ? { egpNumber: row.egpNumber } : {}),
    details: [...(row.fundSource ? [words.fundSource(row.fundSource)] : []), ...(row.status ? [words.status(contractStatusLabels[row.status])] : [])],
  };
}

/**
 * A published value that would carry a person's ID is a bug in our code or a value the guard does not read as an ID
 * (the winner's own tax ID inside a longer number in the name): the build stops instead, naming the content that holds it.
 */
export class PersonalIdInOutputError extends Error {
  constructor(where: string, found: readonly IdInOutput[] = []) {
    super(procurementBuildMessages.personalIdInOutput(where, found));
    // Staff read the sentence, not where in our code it was noticed.
    this.stack = this.message;
  }
}

/** The people's IDs of a model's content, which also knows where that content holds each (to name it in a refusal). */
export class ContentPersonIds extends Set<string> {
  readonly #model: ContentModel;

  constructor(ids: Iterable<string>, model: ContentModel) {
    super(ids);
    this.#model = model;
  }

  /** Each ID masked, with the row whose tax ID it is and every other field of the procurement content that carries it. */
  whereIs(ids: readonly string[]): IdInOutput[] {
    const { months, reports } = procurementOf(this.#model);
    return ids.map((id) => {
      const only = new Set([id]);
      let owner: IdPlace | undefined;
      const carriers: IdPlace[] = [];
      for (const entry of months) {
        entry.data.rows.forEach((row, index) => {
          if (row.winner.taxId === id) owner ??= { file: entry.file, row: index + 1, field: `rows[${index}].winner.taxId` };
          for (const { fieldPath, text } of textsIn(row)) {
            if (fieldPath === 'winner.taxId' || personIdsIn(text, only).length === 0) continue;
            carriers.push({ file: entry.file, row: index + 1, field: `rows[${index}].${fieldPath}` });
          }
        });
      }
      for (const entry of reports) {
        for (const { fieldPath, text } of textsIn(entry.data)) if (personIdsIn(text, only).length > 0) carriers.push({ file: entry.file, field: fieldPath });
        if (personIdsIn(entry.body, only).length > 0) carriers.push({ file: entry.file });
      }
      return { masked: maskNationalId(id), ...(owner ? { owner } : {}), carriers };
    });
  }
}

/** Every text and number in parsed data, with its field path as staff read it (bidders[0].name). */
function textsIn(data: unknown, fieldPath = ''): { fieldPath: string; text: string }[] {
  if (typeof data === 'string' || typeof data === 'number') return [{ fieldPath, text: String(data) }];
  if (Array.isArray(data)) return data.flatMap((item, index) => textsIn(item, `${fieldPath}[${index}]`));
  if (data !== null && typeof data === 'object') return Object.entries(data).flatMap(([key, value]) => textsIn(value, fieldPath ? `${fieldPath}.${key}` : key));
  return [];
}

const personIdsByModel = new WeakMap<ContentModel, ContentPersonIds>();

/** The people's IDs the content holds (winners' tax IDs not beginning with 0); found once per model, not once per page. */
export function personIdsOfModel(model: ContentModel): ContentPersonIds {
  let ids = personIdsByModel.get(model);
  if (!ids) {
    const taxIds = personTaxIds(procurementOf(model).months.flatMap((entry) => entry.data.rows.map((row) => row.winner.taxId)));
    personIdsByModel.set(model, (ids = new ContentPersonIds(taxIds, model)));
  }
  return ids;
}

/** Throws when anything about to be published (a page's data, a file's text) holds one of these IDs, naming where the content holds it when it can. */
export function assertPublishable<T>(value: T, personIds: ReadonlySet<string>, where: string): T {
  // Content whose winners are all companies has no ID to look for: no page's data is written out as text to look in.
  if (personIds.size === 0) return value;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const found = personIdsIn(text, personIds);
  if (found.length > 0)
    throw new PersonalIdInOutputError(
      where,
      personIds instanceof ContentPersonIds ? personIds.whereIs(found) : found.map((id) => ({ masked: maskNationalId(id), carriers: [] })),
    );
  return value;
}

export interface MonthLink {
  label: string;
  url: string;
  state: MonthState;
  count: number;
  total: string;
}

export interface YearListing {
  fiscalYear: number;
  title: string;
  url: string;
  summary: string;
  months: MonthLink[];
}

const indexViewByModel = new WeakMap<ContentModel, readonly YearListing[]>();

/** /procurement/: each year (newest first) with its months that have a file, and totals. Made once per model: every year's page shows its months from it. */
export function procurementIndexView(model: ContentModel): readonly YearListing[] {
  let view = indexViewByModel.get(model);
  if (!view) indexViewByModel.set(model, (view = listProcurementYears(model)));
  return view;
}

function listProcurementYears(model: ContentModel): YearListing[] {
  const { months, reports } = procurementOf(model);
  const view = procurementYears(
    months,
    reports.map((entry) => entry.data.fiscalYear),
  ).map((fiscalYear) => {
    const figures = yearFigures(months, fiscalYear);
    return {
      fiscalYear,
      title: words.fiscalYear(fiscalYear),
      url: urls.procurementYear(fiscalYear),
      summary: words.yearSummary(figures.count, formatBaht(figures.total)),
      months: figures.byMonth
        .filter((month) => month.state !== 'no-file')
        .map((month) => ({
          label: formatThaiMonth(month.key),
          url: urls.procurementMonth(fiscalYear, month.key),
          state: month.state,
          count: month.count,
          total: month.state === 'none' ? words.noProcurement : formatBaht(month.total),
        })),
    };
  });
  return assertPublishable(view, personIdsOfModel(model), '/procurement/');
}

export interface MonthPageView {
  fiscalYear: number;
  title: string;
  agencyName: string;
  monthLabel: string;
  posted: string;
  noProcurement: boolean;
  rows: PublicRow[];
  total: string;
  yearUrl: string;
  attachments: { title: string; url: string }[];
}

export function monthPageView(model: ContentModel, entry: Entry<ProcurementMonth>, contentDir: string): MonthPageView {
  const { data } = entry;
  const fiscalYear = fiscalYearOfIso(data.month);
  const monthLabel = formatThaiMonth(data.month);
  const total = data.rows.reduce((sum, row) => sum + row.winner.price, 0);
  const rowUrls = rowPageUrls(data, model.site);
  const view = {
    fiscalYear,
    title: procurementTitles.month(monthLabel),
    agencyName: model.site.name.th,
    monthLabel,
    posted: formatThaiDate(data.posted),
    noProcurement: data.noProcurement,
    rows: data.rows.map((row, index) => publicRow(row, index + 1, rowUrls[index])),
    total: words.monthTotal(data.rows.length, formatBaht(total)),
    yearUrl: urls.procurementYear(fiscalYear),
    attachments: data.attachments.map((attachment) => {
      const resolved = resolveAttachment(entry.file, contentDir, attachment);
      return { title: resolved.title, url: resolved.url };
    }),
  };
  return assertPublishable(view, personIdsOfModel(model), urls.procurementMonth(fiscalYear, data.month));
}

export interface FigureRow {
  label: string;
  count: number;
  total: string;
  share: string;
}

/** One chart's data, drawn by the client script and printed as the table beside it (the same numbers). */
export interface AmountSeries {
  labels: string[];
  /** Baht (for the drawing only; the table shows the exact formatted amounts) */
  values: number[];
  seriesLabel: string;
}

export interface YearPageView {
  fiscalYear: number;
  title: string;
  agencyName: string;
  count: number;
  total: string;
  budget: string;
  specificShare: string;
  byMethod: FigureRow[];
  byCategory: FigureRow[];
  byMonth: (FigureRow & { url?: string; state: MonthState })[];
  largest: (PublicRow & { monthLabel: string; monthUrl: string })[];
  charts: { method: AmountSeries; category: AmountSeries; month: AmountSeries };
  report?: { problems: string; suggestions: string; posted: string; html: string };
  months: MonthLink[];
}

const percent = new Intl.NumberFormat('th-TH', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function yearPageView(model: ContentModel, fiscalYear: number): YearPageView {
  const { months, reports } = procurementOf(model);
  const figures = yearFigures(months, fiscalYear);
  const shareOf = (total: number) => percent.format(figures.total === 0 ? 0 : total / figures.total);
  const byMethod = figures.byMethod.map((tally) => ({
    label: procurementMethodLabels[tally.key],
    count: tally.count,
    total: formatBaht(tally.total),
    share: shareOf(tally.total),
  }));
  const byCategory = figures.byCategory.map((tally) => ({
    label: procurementCategoryLabels[tally.key],
    count: tally.count,
    total: formatBaht(tally.total),
    share: shareOf(tally.total),
  }));
  const byMonth = figures.byMonth.map((tally) => ({
    label: formatThaiMonth(tally.key),
    count: tally.count,
    total: tally.state === 'no-file' ? words.noFile : tally.state === 'none' ? words.noProcurement : formatBaht(tally.total),
    share: shareOf(tally.total),
    state: tally.state,
    ...(tally.state === 'no-file' ? {} : { url: urls.procurementMonth(fiscalYear, tally.key) }),
  }));
  const report = reports.find((entry) => entry.data.fiscalYear === fiscalYear);
  const amountSeries = (labels: string[], totals: number[]): AmountSeries => ({
    labels,
    values: totals.map((total) => total / 100),
    seriesLabel: words.chartValue,
  });
  const view: YearPageView = {
    fiscalYear,
    title: procurementTitles.year(fiscalYear),
    agencyName: model.site.name.th,
    count: figures.count,
    total: formatBaht(figures.total),
    budget: formatBaht(figures.budget),
    specificShare: words.specificShareText(percent.format(figures.specific.countShare), percent.format(figures.specific.totalShare)),
    byMethod,
    byCategory,
    byMonth,
    // Numbered by rank here: the month's own row numbers would repeat (1, 1, 2 …) in a list across months.
    largest: figures.largest.map((placed: PlacedRow, rank) => ({
      ...publicRow(placed.row, rank + 1, rowUrlOf(months, placed, model.site)),
      monthLabel: formatThaiMonth(placed.month),
      monthUrl: urls.procurementMonth(fiscalYear, placed.month),
    })),
    charts: {
      method: amountSeries(
        byMethod.map((row) => row.label),
        figures.byMethod.map((tally) => tally.total),
      ),
      category: amountSeries(
        byCategory.map((row) => row.label),
        figures.byCategory.map((tally) => tally.total),
      ),
      month: amountSeries(
        byMonth.map((row) => formatThaiDateShort(figures.byMonth[byMonth.indexOf(row)]!.key)),
        figures.byMonth.map((tally) => tally.total),
      ),
    },
    ...(report ? { report: reportView(report) } : {}),
    months: procurementIndexView(model).find((year) => year.fiscalYear === fiscalYear)?.months ?? [],
  };
  return assertPublishable(view, personIdsOfModel(model), urls.procurementYear(fiscalYear));
}

/** The page of a row placed in its month, if it has one (the year page's largest contracts link to it). */
function rowUrlOf(months: readonly Entry<ProcurementMonth>[], placed: PlacedRow, site: ContentModel['site']): string | undefined {
  const entry = months.find((candidate) => candidate.id === placed.entryId);
  return entry ? rowPageUrls(entry.data, site)[placed.number - 1] : undefined;
}

export interface RowFact {
  label: string;
  value: string;
  /** Several values, one a line (the bidders) */
  list?: string[];
  note?: string;
}

export interface RowPageView {
  title: string;
  url: string;
  fiscalYear: number;
  monthLabel: string;
  monthUrl: string;
  yearUrl: string;
  posted: string;
  facts: RowFact[];
}

/** One row of a month on its own page: every field in the form's words, the winner's tax ID as it may be published. */
export function rowPageView(entry: Entry<ProcurementMonth>, index: number, slug: string, personIds: ReadonlySet<string>): RowPageView {
  const { data } = entry;
  const row = data.rows[index]!;
  const fiscalYear = fiscalYearOfIso(data.month);
  const monthLabel = formatThaiMonth(data.month);
  const url = urls.procurementRow(fiscalYear, data.month, slug);
  const taxId = publicTaxId(row.winner.taxId);
  const optional = (text: string | undefined) => text ?? words.notGiven;
  const facts: RowFact[] = [
    { label: rowFieldLabels.item, value: row.item },
    { label: rowFieldLabels.category, value: procurementCategoryLabels[row.category] },
    { label: rowFieldLabels.budget, value: words.baht(formatBaht(row.budget)) },
    { label: rowFieldLabels.fundSource, value: optional(row.fundSource) },
    { label: rowFieldLabels.referencePrice, value: row.referencePrice === undefined ? words.notGiven : words.baht(formatBaht(row.referencePrice)) },
    { label: rowFieldLabels.method, value: procurementMethodLabels[row.method] },
    {
      label: rowFieldLabels.bidders,
      value: row.bidders.length === 0 ? words.notGiven : '',
      list: row.bidders.map((bidder) => words.bidderLine(bidder.name, formatBaht(bidder.price))),
    },
    { label: rowFieldLabels.winner, value: row.winner.name },
    { label: rowFieldLabels.agreedPrice, value: words.baht(formatBaht(row.winner.price)) },
    {
      label: rowFieldLabels.taxId,
      value: optional(taxId),
      ...(taxId !== undefined && taxId !== row.winner.taxId ? { note: words.maskedTaxId } : {}),
    },
    { label: rowFieldLabels.reason, value: optional(row.reason) },
    { label: rowFieldLabels.evidenceKind, value: evidenceKindLabels[row.evidence.kind] },
    { label: rowFieldLabels.evidenceNumber, value: row.evidence.number },
    { label: rowFieldLabels.evidenceDate, value: formatThaiDate(row.evidence.date) },
    { label: rowFieldLabels.egpNumber, value: optional(row.egpNumber) },
    { label: rowFieldLabels.status, value: row.status === undefined ? words.notGiven : contractStatusLabels[row.status] },
  ];
  const view: RowPageView = {
    title: row.item,
    url,
    fiscalYear,
    monthLabel,
    monthUrl: urls.procurementMonth(fiscalYear, data.month),
    yearUrl: urls.procurementYear(fiscalYear),
    posted: formatThaiDate(data.posted),
    facts,
  };
  return assertPublishable(view, personIds, url);
}

function reportView(entry: Entry<ProcurementReport>) {
  return { problems: entry.data.problems, suggestions: entry.data.suggestions, posted: formatThaiDate(entry.data.posted), html: entry.html };
}

/** Fiscal years that get a year page. */
export function procurementYearsOfModel(model: ContentModel): number[] {
  const { months, reports } = procurementOf(model);
  return procurementYears(
    months,
    reports.map((entry) => entry.data.fiscalYear),
  );
}

export { monthsOfYear };
