import type { DocumentData } from '../../../schemas/document.ts';
import type { DeclarationData } from '../../../schemas/declaration.ts';
import type { NewsData } from '../../../schemas/news.ts';
import type { OitCatalogue } from '../../../schemas/oit-catalogue.ts';
import { closestMatch } from '../closest-match.ts';
import { fiscalYearOfIso, fiscalYearRange, isInFiscalYear, lastDayOfMonth, shiftIsoDate } from '../../calendar/thai-date.ts';
import { asTyped, type Parsed, type RuleContext } from './context.ts';
import { elementsOfTypes } from './catalogues.ts';
import type { ReferenceCheckers } from './references.ts';

/** Months either side of a document's fiscal years in which its date needs no explanation: plans approved before their year, reports posted after it. */
const toleratedMonths = 6;

/** Documents: known types and elements, a date near their fiscal years, a month inside the year, attachments and measures that exist. */
export function checkDocuments(
  { report }: RuleContext,
  documents: readonly Parsed<DocumentData>[],
  { typeIds, catalogues, references }: { typeIds: ReadonlySet<string>; catalogues: readonly Parsed<OitCatalogue>[]; references: ReferenceCheckers },
): void {
  const typeList = [...typeIds];
  for (const [rawEntry, document] of documents) {
    const { data } = document;
    if (typeIds.size > 0 && !typeIds.has(data.type)) {
      report('error', rawEntry, ['type'], 'document.unknown-type', { value: data.type, suggestion: closestMatch(data.type, typeList) });
    }
    data.otherTypes.forEach((type, index) => {
      if (typeIds.size > 0 && !typeIds.has(type)) report('error', rawEntry, ['otherTypes', index], 'document.unknown-type', { value: type, suggestion: closestMatch(type, typeList) });
    });
    const knownElements = elementsOfTypes(catalogues, [data.type, ...data.otherTypes]);
    data.elements.forEach((element, index) => {
      if (!knownElements.includes(element)) report('error', rawEntry, ['elements', index], 'document.unknown-element', { value: element, known: knownElements });
    });
    if (data.published && !data.fiscalYearReason && !isNearFiscalYears(data.published, data.fiscalYear, data.lastFiscalYear ?? data.fiscalYear)) {
      report('error', rawEntry, ['published'], 'document.fiscal-year-mismatch', {
        fiscalYear: data.fiscalYear,
        date: asTyped(rawEntry, 'published', data.published),
        dateFiscalYear: fiscalYearOfIso(data.published),
      });
    }
    if (data.period?.month && !isInFiscalYear(data.period.month, data.fiscalYear)) {
      report('error', rawEntry, ['period', 'month'], 'document.month-outside-year', { month: data.period.month, fiscalYear: data.fiscalYear });
    }
    data.attachments.forEach((attachment, index) => references.checkAttachment(rawEntry, ['attachments', index, 'file'], attachment.file));
    references.checkMeasureRefs(rawEntry, data.measures);
  }
}

/** Declarations: the signed copy exists and the measures cited do. */
export function checkDeclarations(declarations: readonly Parsed<DeclarationData>[], references: ReferenceCheckers): void {
  for (const [rawEntry, declaration] of declarations) {
    if (declaration.data.signed) references.checkAttachment(rawEntry, ['signed', 'file'], declaration.data.signed.file);
    references.checkMeasureRefs(rawEntry, declaration.data.measures);
  }
}

/** News: attachments exist. */
export function checkNews(news: readonly Parsed<NewsData>[], references: ReferenceCheckers): void {
  for (const [rawEntry, item] of news) {
    item.data.attachments.forEach((attachment, index) => references.checkAttachment(rawEntry, ['attachments', index, 'file'], attachment.file));
  }
}

function isNearFiscalYears(date: string, first: number, last: number): boolean {
  const day = date.length === 7 ? `${date}-01` : date;
  const latest = lastDayOfMonth(shiftIsoDate(fiscalYearRange(last).end, { months: toleratedMonths }).slice(0, 7));
  return day >= shiftIsoDate(fiscalYearRange(first).start, { months: -toleratedMonths }) && day <= latest;
}
