import type { ContentModel, Entry } from '../content/model.ts';
import type { Site } from '../../schemas/site.ts';
import type { DocumentData } from '../../schemas/document.ts';
import type { MeasureData } from '../../schemas/measure.ts';
import type { DeclarationData, DeclarationKind } from '../../schemas/declaration.ts';
import type { NewsData } from '../../schemas/news.ts';
import type { QaData } from '../../schemas/qa.ts';
import { urls } from '../urls.ts';
import { fiscalYearOfIso } from '../thai-date.ts';

export type ReportRound = '6-month' | '12-month';

/** One piece of published content that can answer OIT items of the given document type. */
export interface Evidence {
  /** Vocabulary id, e.g. `procurement-plan` */
  documentType: string;
  /** Which part of the content it comes from */
  source: 'documents' | 'site' | 'news' | 'qa' | 'measures' | 'declarations';
  /** Id within its collection (none for the site profile) */
  entryId?: string;
  /** Content file path, for staff output */
  file?: string;
  title: string;
  /** Site path from urls.ts */
  url: string;
  /** BE fiscal year; undefined = standing information (site profile) */
  fiscalYear?: number;
  /** CE ISO date or month, when known */
  date?: string;
  round?: ReportRound;
  /** CE ISO month, for monthly documents */
  month?: string;
  hasAttachment: boolean;
}

/** Where the site profile lives when the model does not say (it is read from `<contentDir>/site.yaml`). */
export const defaultSiteFile = 'content/site.yaml';

const typeOfDeclaration: Record<DeclarationKind, string> = {
  'no-gift-policy': 'no-gift-announcement',
  'integrity-intent': 'integrity-intent-declaration',
};

/** A later round reports more of the year, so 12-month outranks 6-month whatever the dates say. */
const roundRank: Record<ReportRound, number> = { '6-month': 0, '12-month': 1 };

/** Every piece of evidence the content offers, for document types the vocabulary knows. */
export function collectEvidence(model: ContentModel, siteFile: string = defaultSiteFile): Evidence[] {
  const labelOfType = new Map(model.documentTypes.map((type) => [type.id, type.th]));
  const candidates = [
    ...model.documents.map(documentEvidence),
    ...siteEvidence(model.site, siteFile, (type) => labelOfType.get(type) ?? type),
    ...model.news.map(newsEvidence),
    ...model.qa.map(qaEvidence),
    ...model.measures.flatMap(measureEvidence),
    ...model.declarations.map(declarationEvidence),
  ];
  // Catalogues only name vocabulary types, so evidence of an unknown type could never answer an item.
  return candidates.filter((evidence) => labelOfType.has(evidence.documentType));
}

function documentEvidence(entry: Entry<DocumentData>): Evidence {
  const { data } = entry;
  return {
    documentType: data.type,
    source: 'documents',
    entryId: entry.id,
    file: entry.file,
    title: data.title,
    url: urls.document(entry.id),
    fiscalYear: data.fiscalYear,
    date: data.published,
    round: data.period?.round,
    month: data.period?.month,
    hasAttachment: data.attachments.length > 0,
  };
}

function siteEvidence(site: Site, siteFile: string, labelOf: (type: string) => string): Evidence[] {
  const fromSite = (documentType: string, url: string, hasAttachment = false): Evidence => ({
    documentType,
    source: 'site',
    file: siteFile,
    title: labelOf(documentType),
    url,
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
  evidence.push(fromSite('contact', urls.contact()));
  if (site.social.length > 0) evidence.push(fromSite('social-network', urls.contact()));
  if (hasCorruptionChannel) evidence.push(fromSite('corruption-complaint-channel', urls.complaints()));
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
    hasAttachment: false,
  } as const;
  const evidence: Evidence[] = [{ ...base, documentType: 'integrity-measures' }];
  if (data.stage !== 'implemented') return evidence;
  const latest = latestReportedRound(data.rounds);
  // A round without a result is still due, so only a reported round shows the measure was carried out.
  if (latest) evidence.push({ ...base, documentType: 'integrity-measures-report', round: latest.round, date: latest.date });
  return evidence;
}

type MeasureRound = MeasureData['rounds'][number];

function latestReportedRound(rounds: MeasureRound[]): MeasureRound | undefined {
  const reported = rounds.filter((round) => round.result !== undefined);
  const isLater = (candidate: MeasureRound, current: MeasureRound) =>
    roundRank[candidate.round] - roundRank[current.round] || (candidate.date ?? '').localeCompare(current.date ?? '');
  return reported.reduce<MeasureRound | undefined>((latest, round) => (latest === undefined || isLater(round, latest) > 0 ? round : latest), undefined);
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
    hasAttachment: data.signed !== undefined,
  };
}
