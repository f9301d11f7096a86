import type { ContentModel } from '../content/model.ts';
import type { OitCatalogue } from '../../schemas/oit-catalogue.ts';
import { collectEvidence, type Evidence } from '../oit/evidence.ts';
import { fixFor, type GapFix } from '../oit/fix.ts';
import { assessCatalogue, evidenceName, summarizeAssessment, type ItemStatus, type AssessmentSummary } from '../oit/status.ts';
import { fiscalYearRange } from '../calendar/thai-date.ts';
import { itemStatusLabels } from '../../i18n/oit.ts';
import { currentItaYear } from '../oit/current-year.ts';

/** One OIT item as `npm run check` reports it; also the JSON shape documented in the README. */
export interface CheckedItem {
  code: string;
  title: string;
  status: ItemStatus;
  statusTh: string;
  /** Content files that answer the item within its period */
  evidenceFiles: string[];
  /** Evidence pages on the site */
  evidenceUrls: string[];
  /** Files of the item's types but outside its period */
  outOfPeriodFiles: string[];
  /** Criteria that automatic checks found unmet */
  missingCriteria: string[];
  /** Monthly items: CE months (YYYY-MM) without a summary */
  missingMonths: string[];
  /** Monthly items: CE months whose summary went online after the end of the following month */
  lateMonths: string[];
  /** Parts of several-part criteria no evidence supplies (catalogue element ids) */
  missingElements: string[];
  /** Files of the item's types posted after the as-of date (not online yet then), other than the evidence files */
  notYetOnlineFiles: string[];
  /** What was posted after the as-of date, by name (a measure's round, not the measure) and when, CE ISO */
  postedLater: { name: string; file?: string; postedOn: string; afterYear: boolean }[];
  /** What to do about a gap: the command or site.yaml field, in Thai and English */
  fix: GapFix | undefined;
  reasonsTh: string[];
  reasonsEn: string[];
}

export interface CheckReport {
  /** ITA year checked */
  year: number;
  /** The day statuses are judged on (CE ISO), Bangkok */
  asOf: string;
  verified: OitCatalogue['verified'];
  summary: AssessmentSummary;
  items: CheckedItem[];
}

/** The latest catalogue year that has content; without content at all, the latest catalogue. */
export function defaultCheckYear(model: ContentModel): number | undefined {
  return currentItaYear(model);
}

const filesOf = (evidence: readonly Evidence[]) => [...new Set(evidence.map((entry) => entry.file).filter((file): file is string => Boolean(file)))];

export function buildCheckReport(model: ContentModel, catalogue: OitCatalogue, asOf: string, siteFile: string): CheckReport {
  const assessment = assessCatalogue(catalogue, collectEvidence(model, siteFile), model.site, asOf);
  return {
    year: catalogue.year,
    asOf,
    verified: catalogue.verified,
    summary: summarizeAssessment(assessment),
    items: assessment.map((entry) => ({
      code: entry.item.code,
      title: entry.item.title,
      status: entry.status,
      statusTh: itemStatusLabels[entry.status].th,
      evidenceFiles: filesOf(entry.evidence),
      evidenceUrls: [...new Set(entry.evidence.map((evidence) => evidence.url))],
      outOfPeriodFiles: filesOf(entry.otherEvidence),
      missingCriteria: entry.missingCriteria.map((criterion) => criterion.text),
      missingMonths: entry.missingMonths,
      lateMonths: entry.lateMonths,
      missingElements: entry.missingElements,
      // A measure online with one round and a later round is evidence: its later round is named in postedLater instead.
      notYetOnlineFiles: filesOf(entry.notYetOnline).filter((file) => !filesOf(entry.evidence).includes(file)),
      postedLater: entry.notYetOnline.map((evidence) => ({
        name: evidenceName(evidence),
        ...(evidence.file ? { file: evidence.file } : {}),
        postedOn: evidence.postedOn!,
        afterYear: evidence.postedOn! > fiscalYearRange(catalogue.year).end,
      })),
      fix: fixFor(entry, model.documentTypes, siteFile.slice(0, siteFile.lastIndexOf('/'))),
      reasonsTh: entry.reasons.map((reason) => reason.th),
      reasonsEn: entry.reasons.map((reason) => reason.en),
    })),
  };
}

/** Any item short of ok is a gap for `--strict`. */
export function hasGaps(report: CheckReport): boolean {
  return report.items.some((item) => item.status !== 'ok');
}
