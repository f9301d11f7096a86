import type { ItemAssessment } from '../oit/status.ts';
import { itasSheetWords } from '../../i18n/oit.ts';
import { urls, absoluteUrl } from '../urls.ts';
import type { CsvColumn } from './csv.ts';

/** One row of the sheet an agency pastes into ITAS: yes/no, the URLs, and the free-text explanation. */
export interface ItasRow {
  code: string;
  title: string;
  answer: (typeof itasSheetWords.answers)[keyof typeof itasSheetWords.answers];
  status: ItemAssessment['status'];
  /** The item's page on the site first (it lists all evidence), then each evidence page */
  urls: string[];
  explanation: string;
}

/** An item with evidence in its period is answered yes, even when incomplete, so the assessors can look; the explanation says what is missing. */
export function itasRows(year: number, assessment: readonly ItemAssessment[], siteUrl: string): ItasRow[] {
  return assessment.map((entry) => {
    const hasEvidence = entry.evidence.length > 0;
    const answer = hasEvidence ? itasSheetWords.answers.yes : itasSheetWords.answers.no;
    const evidenceUrls = [...new Set(entry.evidence.map((evidence) => absoluteUrl(siteUrl, evidence.url)))];
    const itemUrl = absoluteUrl(siteUrl, urls.oitItem(year, entry.item.code));
    const explanation = hasEvidence
      ? [
          itasSheetWords.publishedAt({ itemUrl, titles: entry.evidence.map((evidence) => evidence.title) }),
          entry.status === 'ok' ? '' : itasSheetWords.statusNote({ status: entry.status, reason: entry.reasons[0]?.th ?? '' }),
        ]
          .filter(Boolean)
          .join(' ')
      : (entry.reasons[0]?.th ?? itasSheetWords.noEvidence);
    return { code: entry.item.code, title: entry.item.title, answer, status: entry.status, urls: hasEvidence ? [itemUrl, ...evidenceUrls] : [], explanation };
  });
}

export const itasColumns: CsvColumn<ItasRow>[] = [
  { header: itasSheetWords.columns.code, value: (row) => row.code },
  { header: itasSheetWords.columns.title, value: (row) => row.title },
  { header: itasSheetWords.columns.answer, value: (row) => row.answer },
  { header: itasSheetWords.columns.url, value: (row) => row.urls.join('\n') },
  { header: itasSheetWords.columns.explanation, value: (row) => row.explanation },
  { header: itasSheetWords.columns.status, value: (row) => row.status },
];
