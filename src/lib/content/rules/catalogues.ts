import path from 'node:path';
import type { Entry } from '../model.ts';
import type { OitCatalogue } from '../../../schemas/oit-catalogue.ts';
import type { Parsed, RuleContext } from './context.ts';

/** Each OIT catalogue on its own (weights, codes, types, indicators), then the items it maps to other years; returns the catalogues by year. */
export function checkCatalogues({ report }: RuleContext, catalogues: readonly Parsed<OitCatalogue>[], typeIds: ReadonlySet<string>): Map<number, Entry<OitCatalogue>> {
  const catalogueByYear = new Map<number, Entry<OitCatalogue>>();
  for (const [rawEntry, catalogue] of catalogues) {
    const { data } = catalogue;
    if (String(data.year) !== path.posix.basename(catalogue.id)) {
      report('error', rawEntry, ['year'], 'year.file-name-mismatch', { fileYear: path.posix.basename(catalogue.id), year: data.year });
    }
    catalogueByYear.set(data.year, catalogue);
    const weightSum = data.weights.IIT + data.weights.EIT + data.weights.OIT;
    if (Math.abs(weightSum - 100) > 1e-9) report('error', rawEntry, ['weights'], 'catalogue.weights-sum', { sum: weightSum });
    const indicatorNumbers = new Set(data.indicators.map((indicator) => indicator.number));
    const subIndicatorCodes = new Set(data.indicators.flatMap((indicator) => indicator.subIndicators.map((sub) => sub.code)));
    const codes = new Set<string>();
    data.items.forEach((item, index) => {
      if (codes.has(item.code)) report('error', rawEntry, ['items', index, 'code'], 'catalogue.duplicate-code', { code: item.code });
      codes.add(item.code);
      if (item.documentTypes.length === 0) report('error', rawEntry, ['items', index, 'documentTypes'], 'catalogue.item-without-type', { code: item.code });
      item.documentTypes.forEach((type, typeIndex) => {
        if (typeIds.size > 0 && !typeIds.has(type)) {
          report('error', rawEntry, ['items', index, 'documentTypes', typeIndex], 'catalogue.unknown-type', { code: item.code, value: type });
        }
      });
      item.criteria.forEach((criterion, criterionIndex) => {
        if (criterion.type !== undefined && !item.documentTypes.includes(criterion.type)) {
          report('error', rawEntry, ['items', index, 'criteria', criterionIndex, 'type'], 'catalogue.criterion-type-not-of-item', { code: item.code, value: criterion.type });
        }
        if (criterion.separate && criterion.type === undefined) report('error', rawEntry, ['items', index, 'criteria', criterionIndex, 'separate'], 'catalogue.separate-without-type', { code: item.code });
      });
      if (!indicatorNumbers.has(item.indicator)) report('error', rawEntry, ['items', index, 'indicator'], 'catalogue.unknown-indicator', { code: item.code, value: item.indicator });
      if (subIndicatorCodes.size > 0 && !subIndicatorCodes.has(item.subIndicator)) {
        report('error', rawEntry, ['items', index, 'subIndicator'], 'catalogue.unknown-indicator', { code: item.code, value: item.subIndicator });
      }
    });
  }

  // Cross-year mapping: each item an item continues must exist in that year's catalogue (when the year is there).
  for (const [rawEntry, catalogue] of catalogues) {
    catalogue.data.items.forEach((item, index) => {
      item.sameAs.forEach((other, otherIndex) => {
        const target = catalogueByYear.get(other.year);
        if (target && !target.data.items.some((candidate) => candidate.code === other.code)) {
          report('error', rawEntry, ['items', index, 'sameAs', otherIndex], 'catalogue.unknown-same-as', { code: item.code, year: other.year, other: other.code });
        }
      });
    });
  }
  return catalogueByYear;
}

/** Parts of several-part criteria that documents of these types may supply, from every year's catalogue. */
export function elementsOfTypes(catalogues: readonly Parsed<OitCatalogue>[], types: readonly string[]): string[] {
  return [
    ...new Set(
      catalogues.flatMap(([, catalogue]) =>
        catalogue.data.items.filter((item) => item.documentTypes.some((type) => types.includes(type))).flatMap((item) => item.criteria.flatMap((criterion) => (criterion.element ? [criterion.element] : []))),
      ),
    ),
  ];
}
