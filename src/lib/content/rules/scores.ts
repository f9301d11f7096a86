import path from 'node:path';
import type { Entry } from '../model.ts';
import type { ItaResult } from '../../../schemas/ita-result.ts';
import type { OitCatalogue } from '../../../schemas/oit-catalogue.ts';
import { describeProblem } from '../../../i18n/problems.ts';
import { analyzeItaResult } from '../../ita/scores.ts';
import type { Parsed, RuleContext } from './context.ts';

/** ITA results: published as reported; disagreements with the year's rules are warnings. */
export function checkScores({ raw, report, reportText }: RuleContext, scores: readonly Parsed<ItaResult>[], catalogueByYear: ReadonlyMap<number, Entry<OitCatalogue>>): void {
  const documentIds = raw.idsFound.documents;
  for (const [rawEntry, result] of scores) {
    const { data } = result;
    if (String(data.year) !== path.posix.basename(result.id)) {
      report('error', rawEntry, ['year'], 'year.file-name-mismatch', { fileYear: path.posix.basename(result.id), year: data.year });
    }
    if (data.reportDocument && !documentIds.has(data.reportDocument)) report('error', rawEntry, ['reportDocument'], 'reference.unknown-document', { value: data.reportDocument });
    const seenIndicators = new Set<number>();
    data.indicators.forEach((indicator, index) => {
      if (seenIndicators.has(indicator.number)) report('error', rawEntry, ['indicators', index, 'number'], 'scores.duplicate-indicator', { value: indicator.number });
      seenIndicators.add(indicator.number);
    });
    const catalogue = catalogueByYear.get(data.year);
    if (!catalogue) {
      report('warning', rawEntry, ['year'], 'scores.no-catalogue', { year: data.year });
      continue;
    }
    const known = new Set(catalogue.data.indicators.map((indicator) => indicator.number));
    data.indicators.forEach((indicator, index) => {
      if (!known.has(indicator.number)) report('error', rawEntry, ['indicators', index, 'number'], 'scores.unknown-indicator', { value: indicator.number, year: data.year });
    });
    for (const finding of analyzeItaResult(data, catalogue.data).findings) {
      // The report is kept as published: staff cannot fix it, and the ITA page shows each disagreement with a note.
      reportText('warning', rawEntry, finding.field.split(/[.[\]]+/).filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part)), describeProblem(finding), { noted: true });
    }
  }
}
