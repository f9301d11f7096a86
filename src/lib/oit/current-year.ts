import type { ContentModel } from '../content/model.ts';

/** Fiscal years that have any disclosure (documents, measures, declarations). */
function yearsWithContent(model: Pick<ContentModel, 'documents' | 'measures' | 'declarations'>): Set<number> {
  return new Set([...model.documents, ...model.measures, ...model.declarations].map((entry) => entry.data.fiscalYear));
}

/**
 * The ITA year the agency is working on: the latest catalogue year that has content; without content at all, the
 * latest catalogue. `npm run check` checks it by default, and search shows only its catalogue pages by default.
 */
export function currentItaYear(model: Pick<ContentModel, 'documents' | 'measures' | 'declarations' | 'catalogues'>): number | undefined {
  const withContent = yearsWithContent(model);
  const years = model.catalogues.map((entry) => entry.data.year).sort((a, b) => b - a);
  return years.find((year) => withContent.has(year)) ?? years[0];
}
