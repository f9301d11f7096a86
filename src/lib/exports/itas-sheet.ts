import type { ItemAssessment } from '../oit/status.ts';
import { statusLabels } from '../oit/status.ts';
import { urls, absoluteUrl } from '../urls.ts';
import type { CsvColumn } from './csv.ts';

/** One row of the sheet an agency pastes into ITAS: มี/ไม่มี, the URLs, and the free-text explanation. */
export interface ItasRow {
  code: string;
  title: string;
  answer: 'มี' | 'ไม่มี';
  status: ItemAssessment['status'];
  /** The item's page on the site first (it lists all evidence), then each evidence page */
  urls: string[];
  explanation: string;
}

/** An item with evidence in its period is answered มี, even when incomplete, so the assessors can look; the explanation says what is missing. */
export function itasRows(year: number, assessment: readonly ItemAssessment[], siteUrl: string): ItasRow[] {
  return assessment.map((entry) => {
    const answer = entry.evidence.length > 0 ? 'มี' : 'ไม่มี';
    const evidenceUrls = [...new Set(entry.evidence.map((evidence) => absoluteUrl(siteUrl, evidence.url)))];
    const itemUrl = absoluteUrl(siteUrl, urls.oitItem(year, entry.item.code));
    const explanation =
      answer === 'มี'
        ? [`เผยแพร่ที่หน้า ${itemUrl} ซึ่งรวมหลักฐาน ${entry.evidence.length} รายการ: ${entry.evidence.map((evidence) => evidence.title).join('; ')}`, entry.status === 'ok' ? '' : `สถานะ: ${statusLabels[entry.status].th} — ${entry.reasons[0]?.th ?? ''}`]
            .filter(Boolean)
            .join(' ')
        : entry.reasons[0]?.th ?? 'ยังไม่มีหลักฐาน';
    return { code: entry.item.code, title: entry.item.title, answer, status: entry.status, urls: answer === 'มี' ? [itemUrl, ...evidenceUrls] : [], explanation };
  });
}

export const itasColumns: CsvColumn<ItasRow>[] = [
  { header: 'ข้อ', value: (row) => row.code },
  { header: 'รายการ', value: (row) => row.title },
  { header: 'มี/ไม่มี', value: (row) => row.answer },
  { header: 'URL', value: (row) => row.urls.join('\n') },
  { header: 'คำอธิบายเพิ่มเติม', value: (row) => row.explanation },
  { header: 'สถานะในระบบ (status)', value: (row) => row.status },
];
