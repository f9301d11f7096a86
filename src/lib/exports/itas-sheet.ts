import type { Evidence } from '../oit/evidence.ts';
import type { ItemAssessment } from '../oit/status.ts';
import { itasSheetWords, itemStatusLabels } from '../../i18n/oit.ts';
import { quarterLabels, roundLabel } from '../../i18n/labels.ts';
import { formatFiscalYear, formatThaiDate, formatThaiMonth } from '../calendar/thai-date.ts';
import { urls, absoluteUrl } from '../site/urls.ts';
import type { CsvColumn } from './csv.ts';

/**
 * One row of the sheet an agency pastes into ITAS: ONE URL (the item's page on the site, which lists every piece of
 * evidence), the evidence pages, and an explanation that describes the evidence for the assessors. The sheet is a
 * public file: it carries the ITAS form's own answer (มี/ไม่มี, as the agency answers each item in ITAS), and the
 * self-check status only when the agency shows its gaps (`publishing.showOitGaps`); staff always have it in `npm run check`.
 */
export interface ItasRow {
  code: string;
  title: string;
  /** The item's evidence page on the site; empty when there is no evidence */
  url: string;
  /** Each evidence page, for those who check them one by one */
  evidenceUrls: string[];
  explanation: string;
  /** The ITAS form's answer: yes when the item has evidence in its period */
  answer: (typeof itasSheetWords.answers)[keyof typeof itasSheetWords.answers];
  /** Only with showGaps: the self-check status */
  status?: ItemAssessment['status'];
  /** Only with showGaps: the self-check status in Thai (not for ITAS) */
  statusTh?: string;
}

export interface ItasSheetOptions {
  /** `publishing.showOitGaps`: publish the self-check status of each item */
  showGaps: boolean;
}

/** What an assessor needs to find the evidence: its title and the period or date it covers, in BE. */
export function describeEvidence(evidence: Evidence): string {
  const when = [
    evidence.lastFiscalYear !== undefined && evidence.fiscalYear !== undefined ? itasSheetWords.span(evidence.fiscalYear, evidence.lastFiscalYear) : undefined,
    evidence.lastFiscalYear === undefined && evidence.fiscalYear !== undefined && evidence.source === 'documents'
      ? formatFiscalYear(evidence.fiscalYear)
      : undefined,
    evidence.month ? formatThaiMonth(evidence.month) : undefined,
    evidence.quarter ? quarterLabels[evidence.quarter] : undefined,
    evidence.round ? roundLabel(evidence.round) : undefined,
    evidence.date ? itasSheetWords.dated(formatThaiDate(evidence.date)) : undefined,
  ].filter(Boolean);
  return when.length > 0 ? `${evidence.title} (${when.join(', ')})` : evidence.title;
}

/** An item with evidence in its period is answered yes (with gaps shown), even when incomplete, so the assessors can look. */
export function itasRows(year: number, assessment: readonly ItemAssessment[], siteUrl: string, { showGaps }: ItasSheetOptions): ItasRow[] {
  return assessment.map((entry) => {
    const hasEvidence = entry.evidence.length > 0;
    const evidenceUrls = [...new Set(entry.evidence.map((evidence) => absoluteUrl(siteUrl, evidence.url)))];
    const described = [...new Set(entry.evidence.map(describeEvidence))];
    const row: ItasRow = {
      code: entry.item.code,
      title: entry.item.title,
      url: hasEvidence ? absoluteUrl(siteUrl, urls.oitItem(year, entry.item.code)) : '',
      evidenceUrls,
      explanation: hasEvidence ? itasSheetWords.explanation(described) : '',
      // The ITAS form's own answer, pasted as is; the self-check status is for staff and is published only with showGaps.
      answer: hasEvidence ? itasSheetWords.answers.yes : itasSheetWords.answers.no,
    };
    if (!showGaps) return row;
    return { ...row, status: entry.status, statusTh: itemStatusLabels[entry.status].th };
  });
}

/** The sheet's columns in the order ITAS asks (answer, URL, explanation), the staff-only ones only with showGaps. */
export function itasColumns({ showGaps }: ItasSheetOptions): CsvColumn<ItasRow>[] {
  return [
    { header: itasSheetWords.columns.code, value: (row) => row.code },
    { header: itasSheetWords.columns.title, value: (row) => row.title },
    { header: itasSheetWords.columns.answer, value: (row) => row.answer },
    { header: itasSheetWords.columns.url, value: (row) => row.url },
    { header: itasSheetWords.columns.explanation, value: (row) => row.explanation },
    { header: itasSheetWords.columns.evidenceUrls, value: (row) => row.evidenceUrls.join(' ') },
    ...(showGaps ? [{ header: itasSheetWords.columns.status, value: (row: ItasRow) => row.statusTh ?? '' }] : []),
  ];
}
