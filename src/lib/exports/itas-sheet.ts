import type { Evidence } from '../oit/evidence.ts';
import type { ItemAssessment } from '../oit/status.ts';
import { itasSheetWords, itemStatusLabels } from '../../i18n/oit.ts';
import { quarterLabels, roundLabel } from '../../i18n/labels.ts';
import { formatFiscalYear, formatThaiDate, formatThaiMonth } from '../calendar/thai-date.ts';
import { urls, absoluteUrl } from '../urls.ts';
import type { CsvColumn } from './csv.ts';

/**
 * One row of the sheet an agency pastes into ITAS: yes/no, ONE URL (the item's page on the site, which lists every piece
 * of evidence), and an explanation that describes the evidence for the assessors. The self-check status is for staff and
 * sits in its own column, never in the explanation.
 */
export interface ItasRow {
  code: string;
  title: string;
  answer: (typeof itasSheetWords.answers)[keyof typeof itasSheetWords.answers];
  /** The item's evidence page on the site; empty when there is no evidence */
  url: string;
  /** Each evidence page, for staff who want to check them one by one */
  evidenceUrls: string[];
  explanation: string;
  status: ItemAssessment['status'];
  /** The self-check status in Thai, for staff (not for ITAS) */
  statusTh: string;
}

/** What an assessor needs to find the evidence: its title and the period or date it covers, in BE. */
export function describeEvidence(evidence: Evidence): string {
  const when = [
    evidence.lastFiscalYear !== undefined && evidence.fiscalYear !== undefined ? itasSheetWords.span(evidence.fiscalYear, evidence.lastFiscalYear) : undefined,
    evidence.lastFiscalYear === undefined && evidence.fiscalYear !== undefined && evidence.source === 'documents' ? formatFiscalYear(evidence.fiscalYear) : undefined,
    evidence.month ? formatThaiMonth(evidence.month) : undefined,
    evidence.quarter ? quarterLabels[evidence.quarter] : undefined,
    evidence.round ? roundLabel(evidence.round) : undefined,
    evidence.date ? itasSheetWords.dated(formatThaiDate(evidence.date)) : undefined,
  ].filter(Boolean);
  return when.length > 0 ? `${evidence.title} (${when.join(', ')})` : evidence.title;
}

/** An item with evidence in its period is answered yes, even when incomplete, so the assessors can look. */
export function itasRows(year: number, assessment: readonly ItemAssessment[], siteUrl: string): ItasRow[] {
  return assessment.map((entry) => {
    const hasEvidence = entry.evidence.length > 0;
    const evidenceUrls = [...new Set(entry.evidence.map((evidence) => absoluteUrl(siteUrl, evidence.url)))];
    const described = [...new Set(entry.evidence.map(describeEvidence))];
    return {
      code: entry.item.code,
      title: entry.item.title,
      answer: hasEvidence ? itasSheetWords.answers.yes : itasSheetWords.answers.no,
      url: hasEvidence ? absoluteUrl(siteUrl, urls.oitItem(year, entry.item.code)) : '',
      evidenceUrls,
      explanation: hasEvidence ? itasSheetWords.explanation(described) : '',
      status: entry.status,
      statusTh: itemStatusLabels[entry.status].th,
    };
  });
}

export const itasColumns: CsvColumn<ItasRow>[] = [
  { header: itasSheetWords.columns.code, value: (row) => row.code },
  { header: itasSheetWords.columns.title, value: (row) => row.title },
  { header: itasSheetWords.columns.answer, value: (row) => row.answer },
  { header: itasSheetWords.columns.url, value: (row) => row.url },
  { header: itasSheetWords.columns.explanation, value: (row) => row.explanation },
  { header: itasSheetWords.columns.evidenceUrls, value: (row) => row.evidenceUrls.join(' ') },
  { header: itasSheetWords.columns.status, value: (row) => row.statusTh },
];
