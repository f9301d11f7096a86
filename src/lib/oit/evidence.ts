import { procurementOf, type ContentModel, type Entry } from '../content/model.ts';
import type { Site } from '../../schemas/site.ts';
import type { DocumentData } from '../../schemas/document.ts';
import type { MeasureData } from '../../schemas/measure.ts';
import type { DeclarationData, DeclarationKind } from '../../schemas/declaration.ts';
import type { NewsData } from '../../schemas/news.ts';
import type { QaData } from '../../schemas/qa.ts';
import { urls } from '../site/urls.ts';
import { fiscalYearOfIso, fiscalYearRange, formatThaiMonth } from '../calendar/thai-date.ts';
import { complaintChannelLabels, contactPartLabels, titleWithParts } from '../../i18n/oit.ts';
import { contactPartsGiven } from './channels.ts';
import { procurementTitles } from '../../i18n/procurement.ts';

export type { ReportRound } from '../../schemas/document.ts';
import type { ReportRound } from '../../schemas/document.ts';
import type { PageData } from '../../schemas/page.ts';

/** One piece of published content that can answer OIT items of the given document type. */
export interface Evidence {
  /** Vocabulary id, e.g. `procurement-plan` */
  documentType: string;
  /** Which part of the content it comes from */
  source: 'documents' | 'site' | 'news' | 'qa' | 'measures' | 'declarations' | 'pages' | 'procurement';
  /** Id within its collection (none for the site profile) */
  entryId?: string;
  /** Content file path, for staff output */
  file?: string;
  title: string;
  /** Site path from urls.ts */
  url: string;
  /** BE fiscal year (the first, for a plan over several years); undefined = standing information (site profile, pages) */
  fiscalYear?: number;
  /** The last fiscal year a multi-year plan covers; undefined = only `fiscalYear` */
  lastFiscalYear?: number;
  /** CE ISO date or month on the document, when known */
  date?: string;
  /** CE ISO date it went online (posted, else the date on it); undefined = not known, taken as online */
  postedOn?: string;
  round?: ReportRound;
  /** 1–4 for a report of one quarter of the fiscal year */
  quarter?: 1 | 2 | 3 | 4;
  /** CE ISO month, for monthly documents */
  month?: string;
  /** Parts of several-part criteria this evidence supplies (ids from the catalogue) */
  elements: readonly string[];
  /** Staff said why the fiscal year differs from the date (a plan approved early, a report posted late) */
  fiscalYearReason?: string;
  hasAttachment: boolean;
}

/** Built-in pages that are evidence without a `type`: the privacy policy by its usual name. */
const pageTypeByName: Record<string, string> = { 'privacy-policy': 'privacy-policy' };

/** The day a date or month stands for when only the month is known: the last, so nothing counts as online too early. */
const dayOf = (dateOrMonth: string | undefined): string | undefined => {
  if (dateOrMonth === undefined || dateOrMonth.length === 10) return dateOrMonth;
  const [year, month] = dateOrMonth.split('-').map(Number) as [number, number];
  return `${dateOrMonth}-${String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** Where the site profile lives when the model does not say (it is read from `<contentDir>/site.yaml`). */
export const defaultSiteFile = 'content/site.yaml';

const typeOfDeclaration: Record<DeclarationKind, string> = {
  'no-gift-policy': 'no-gift-announcement',
  'integrity-intent': 'integrity-intent-declaration',
};

/** Every piece of evidence the content offers, for document types the vocabulary knows. */
export function collectEvidence(model: ContentModel, siteFile: string = defaultSiteFile): Evidence[] {
  const labelOfType = new Map(model.documentTypes.map((type) => [type.id, type.th]));
  const candidates = [
    ...model.documents.flatMap(documentEvidence),
    ...siteEvidence(model.site, siteFile, (type) => labelOfType.get(type) ?? type),
    ...model.news.map(newsEvidence),
    ...model.qa.map(qaEvidence),
    ...model.measures.flatMap(measureEvidence),
    ...model.declarations.map(declarationEvidence),
    ...model.pages.flatMap(pageEvidence),
    ...procurementEvidence(model),
  ];
  // Catalogues only name vocabulary types, so evidence of an unknown type could never answer an item.
  return candidates.filter((evidence) => labelOfType.has(evidence.documentType));
}

/** One piece of evidence per type the document is (its type and its other types). */
function documentEvidence(entry: Entry<DocumentData>): Evidence[] {
  const { data } = entry;
  return [data.type, ...data.otherTypes].map((documentType) => ({
    documentType,
    source: 'documents',
    entryId: entry.id,
    file: entry.file,
    title: data.title,
    url: urls.document(entry.id),
    fiscalYear: data.fiscalYear,
    lastFiscalYear: data.lastFiscalYear,
    date: data.published,
    postedOn: data.posted ?? dayOf(data.published),
    round: data.period?.round,
    quarter: data.period?.quarter,
    month: data.period?.month,
    elements: data.elements,
    fiscalYearReason: data.fiscalYearReason,
    hasAttachment: data.attachments.length > 0,
  }));
}

/** A policy page is standing evidence of its type (or of the privacy policy, by its name). */
function pageEvidence(entry: Entry<PageData>): Evidence[] {
  const documentType = entry.data.type ?? pageTypeByName[entry.id];
  if (!documentType) return [];
  return [
    {
      documentType,
      source: 'pages',
      entryId: entry.id,
      file: entry.file,
      title: entry.data.title,
      url: urls.page(entry.id),
      date: entry.data.updated,
      elements: [],
      hasAttachment: false,
    },
  ];
}

function siteEvidence(site: Site, siteFile: string, labelOf: (type: string) => string): Evidence[] {
  const fromSite = (documentType: string, url: string, hasAttachment = false, parts: readonly string[] = []): Evidence => ({
    documentType,
    source: 'site',
    file: siteFile,
    title: titleWithParts(labelOf(documentType), parts),
    url,
    elements: [],
    hasAttachment,
  });
  const { complaints } = site;
  const hasCorruptionChannel = Boolean(complaints.corruptionFormUrl ?? complaints.hotline ?? complaints.email ?? complaints.address);
  const evidence: Evidence[] = [];
  // The org chart is an image published with the page, so it counts as the structure's attachment.
  if (site.units.length > 0 || site.orgChart) evidence.push(fromSite('org-structure', urls.structure(), site.orgChart !== undefined));
  if (site.executives.length > 0) evidence.push(fromSite('executives', urls.executives()));
  if (site.dutiesAndPowers.length > 0) evidence.push(fromSite('duties-and-powers', urls.duties()));
  // The schema requires an address, so the contact page always has something to show.
  evidence.push(
    fromSite(
      'contact',
      urls.contact(),
      false,
      contactPartsGiven(site).map((part) => contactPartLabels[part].short),
    ),
  );
  if (site.social.length > 0)
    evidence.push(
      fromSite(
        'social-network',
        urls.contact(),
        false,
        site.social.map((channel) => channel.name),
      ),
    );
  const channels = [
    complaints.corruptionFormUrl && complaintChannelLabels.form,
    complaints.hotline && complaintChannelLabels.hotline,
    complaints.email && complaintChannelLabels.email,
    complaints.address && complaintChannelLabels.address,
  ].filter((channel) => typeof channel === 'string');
  if (hasCorruptionChannel) evidence.push(fromSite('corruption-complaint-channel', urls.complaints(), false, channels));
  return evidence;
}

function newsEvidence(entry: Entry<NewsData>): Evidence {
  return {
    documentType: 'news',
    source: 'news',
    entryId: entry.id,
    file: entry.file,
    title: entry.data.title,
    url: urls.newsItem(entry.id),
    fiscalYear: fiscalYearOfIso(entry.data.date),
    date: entry.data.date,
    postedOn: entry.data.date,
    elements: [],
    hasAttachment: entry.data.attachments.length > 0,
  };
}

function qaEvidence(entry: Entry<QaData>): Evidence {
  return {
    documentType: 'qa',
    source: 'qa',
    entryId: entry.id,
    file: entry.file,
    title: entry.data.question,
    url: urls.qaItem(entry.id),
    fiscalYear: fiscalYearOfIso(entry.data.asked),
    date: entry.data.asked,
    postedOn: entry.data.answered ?? entry.data.asked,
    elements: [],
    hasAttachment: false,
  };
}

function measureEvidence(entry: Entry<MeasureData>): Evidence[] {
  const { data } = entry;
  const base = {
    source: 'measures',
    entryId: entry.id,
    file: entry.file,
    title: data.title,
    url: urls.measure(entry.id),
    fiscalYear: data.fiscalYear,
    elements: [],
    hasAttachment: false,
  } as const;
  const evidence: Evidence[] = [{ ...base, documentType: 'integrity-measures' }];
  if (data.stage !== 'implemented') return evidence;
  // Each reported round is a report that went online on its date; a round without a result is still due.
  for (const round of data.rounds.filter((candidate) => candidate.result !== undefined)) {
    evidence.push({ ...base, documentType: 'integrity-measures-report', round: round.round, date: round.date, postedOn: round.date });
  }
  return evidence;
}

function declarationEvidence(entry: Entry<DeclarationData>): Evidence {
  const { data } = entry;
  return {
    documentType: typeOfDeclaration[data.kind],
    source: 'declarations',
    entryId: entry.id,
    file: entry.file,
    title: data.title,
    url: urls.declaration(entry.id),
    fiscalYear: data.fiscalYear,
    date: data.date,
    postedOn: data.date,
    elements: [],
    hasAttachment: data.signed !== undefined,
  };
}

/**
 * Procurement as data: each month file is that month's summary (posted when its `posted` says), and a year's page with
 * its figures and the staff's text (annual-report.md) is the year's annual report once the year has ended.
 */
function procurementEvidence(model: ContentModel): Evidence[] {
  const { months, reports } = procurementOf(model);
  const fromMonths = months.map((entry): Evidence => {
    const fiscalYear = fiscalYearOfIso(entry.data.month);
    return {
      documentType: 'procurement-monthly-summary',
      source: 'procurement',
      entryId: entry.id,
      file: entry.file,
      title: procurementTitles.month(formatThaiMonth(entry.data.month)),
      url: urls.procurementMonth(fiscalYear, entry.data.month),
      fiscalYear,
      month: entry.data.month,
      postedOn: entry.data.posted,
      elements: [],
      hasAttachment: entry.data.attachments.length > 0,
    };
  });
  const fromReports = reports
    .filter((entry) => entry.data.posted > fiscalYearRange(entry.data.fiscalYear).end)
    .map((entry): Evidence => ({
      documentType: 'procurement-annual-report',
      source: 'procurement',
      entryId: entry.id,
      file: entry.file,
      title: procurementTitles.year(entry.data.fiscalYear),
      url: urls.procurementYear(entry.data.fiscalYear),
      fiscalYear: entry.data.fiscalYear,
      date: entry.data.posted,
      postedOn: entry.data.posted,
      elements: [],
      hasAttachment: false,
    }));
  return [...fromMonths, ...fromReports];
}
