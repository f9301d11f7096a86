import type { ContentModel } from '../content/model.ts';
import type { OitCatalogue } from '../../schemas/oit-catalogue.ts';
import type { ItemAssessment } from '../oit/status.ts';
import { evidenceName } from '../oit/status.ts';
import type { Evidence } from '../oit/evidence.ts';
import { showsOitGaps } from '../oit/public-gaps.ts';
import { documentTypeLabel, periodRequirementLabels } from '../../i18n/labels.ts';
import { formatFiscalYear, formatThaiMonth } from '../calendar/thai-date.ts';
import type { ItemLink } from './links.ts';

export interface EvidenceRow {
  href: string;
  name: string;
  typeLabel: string;
  /** Fiscal year and month it covers, as people read them ('' when it covers neither) */
  period: string;
  /** CE ISO date on it, shown in BE */
  date?: string;
}

/** How an automatic criterion stands for the public (only shown when the agency shows gaps). */
export type CriterionState = 'failed' | 'passed' | 'no-evidence' | 'manual';

export interface OitItemRoute {
  title: string;
  indicatorTitle: string;
  subIndicatorTitle: string;
  periodLabel: string;
  documentTypesLabel: string;
  /** Statuses, reasons and automatic checks tell staff what is missing; the public sees them only if the agency chose so */
  showGaps: boolean;
  evidence: EvidenceRow[];
  otherEvidence: EvidenceRow[];
  reasons: string[];
  missingMonths: string[];
  criteria: { text: string; state: CriterionState }[];
  sameItems: ItemLink[];
}

function periodOf(evidence: Evidence): string {
  return [evidence.fiscalYear ? formatFiscalYear(evidence.fiscalYear) : undefined, evidence.month ? formatThaiMonth(evidence.month) : undefined]
    .filter(Boolean)
    .join(' · ');
}

/** `/oit/<year>/<code>/`: one OIT item of one ITA year, its evidence and, when the agency shows gaps, what is missing. */
export function oitItemRoute(model: ContentModel, catalogue: OitCatalogue, assessment: ItemAssessment, sameItems: ItemLink[]): OitItemRoute {
  const { item } = assessment;
  const indicator = catalogue.indicators.find((candidate) => candidate.number === item.indicator);
  const failed = new Set(assessment.missingCriteria.map((criterion) => criterion.text));
  const row = (evidence: Evidence): EvidenceRow => ({
    href: evidence.url,
    name: evidenceName(evidence),
    typeLabel: documentTypeLabel(model.documentTypes, evidence.documentType),
    period: periodOf(evidence),
    date: evidence.date,
  });
  const stateOf = (criterion: OitCatalogue['items'][number]['criteria'][number]): CriterionState => {
    if (!(criterion.check || criterion.element || criterion.type)) return 'manual';
    if (failed.has(criterion.text)) return 'failed';
    return assessment.evidence.length > 0 ? 'passed' : 'no-evidence';
  };
  return {
    title: `${item.code} ${item.title}`,
    indicatorTitle: indicator?.title ?? '',
    subIndicatorTitle: indicator?.subIndicators.find((sub) => sub.code === item.subIndicator)?.title ?? '',
    periodLabel: periodRequirementLabels[item.period],
    documentTypesLabel: item.documentTypes.map((type) => documentTypeLabel(model.documentTypes, type)).join(', '),
    showGaps: showsOitGaps(model.site),
    evidence: assessment.evidence.map(row),
    otherEvidence: assessment.otherEvidence.map(row),
    reasons: assessment.reasons.map((reason) => reason.th),
    missingMonths: assessment.missingMonths.map(formatThaiMonth),
    criteria: item.criteria.map((criterion) => ({ text: criterion.text, state: stateOf(criterion) })),
    sameItems,
  };
}
