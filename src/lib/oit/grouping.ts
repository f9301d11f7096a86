import type { OitCatalogue } from '../../schemas/oit-catalogue.ts';
import type { ItemAssessment } from './status.ts';

export interface SubIndicatorGroup {
  code: string;
  title: string;
  items: ItemAssessment[];
}

export interface IndicatorGroup {
  number: number;
  title: string;
  subIndicators: SubIndicatorGroup[];
}

/** Items under their indicator and sub-indicator, in catalogue order; sub-indicators the catalogue does not name are titled by code. */
export function groupAssessmentByIndicator(catalogue: OitCatalogue, assessment: readonly ItemAssessment[]): IndicatorGroup[] {
  return catalogue.indicators
    .map((indicator) => {
      const items = assessment.filter((entry) => entry.item.indicator === indicator.number);
      const codes = [...new Set(items.map((entry) => entry.item.subIndicator))];
      return {
        number: indicator.number,
        title: indicator.title,
        subIndicators: codes.map((code) => ({
          code,
          title: indicator.subIndicators.find((sub) => sub.code === code)?.title ?? '',
          items: items.filter((entry) => entry.item.subIndicator === code),
        })),
      };
    })
    .filter((group) => group.subIndicators.length > 0);
}
