/**
 * The OIT items each document answers (it is evidence within the item's period) and those it only relates to (of the
 * item's types but outside the period, or not online yet), for every document at once: a document page looks its
 * own up instead of scanning every item's evidence, which made the site's build grow with documents × evidence.
 */
import type { ItemLink } from '../routes/links.ts';
import type { ItemAssessment } from './status.ts';

export interface DocumentItems {
  answers: ItemLink[];
  related: ItemLink[];
}

export interface YearAssessment {
  year: number;
  assessments: readonly ItemAssessment[];
}

type EvidenceOf = Pick<ItemAssessment['evidence'][number], 'source' | 'entryId'>;

const documentIds = (evidence: readonly EvidenceOf[]) =>
  new Set(evidence.flatMap((entry) => (entry.source === 'documents' && entry.entryId !== undefined ? [entry.entryId] : [])));

/** Document id → its items, each list in the years' order, then the items' order; a document without items is absent. */
export function itemsByDocument(years: readonly YearAssessment[]): Map<string, DocumentItems> {
  const byDocument = new Map<string, DocumentItems>();
  const itemsOf = (id: string) => {
    let items = byDocument.get(id);
    if (!items) byDocument.set(id, (items = { answers: [], related: [] }));
    return items;
  };
  for (const { year, assessments } of years) {
    for (const assessment of assessments) {
      const link = { year, code: assessment.item.code, title: assessment.item.title };
      const answering = documentIds(assessment.evidence);
      for (const id of answering) itemsOf(id).answers.push(link);
      for (const id of documentIds([...assessment.otherEvidence, ...assessment.notYetOnline])) if (!answering.has(id)) itemsOf(id).related.push(link);
    }
  }
  return byDocument;
}
