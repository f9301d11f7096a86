import type { Entry } from '../content/model.ts';
import type { DocumentData } from '../../schemas/document.ts';
import type { DocumentType } from '../../schemas/document-types.ts';

const thaiCollator = new Intl.Collator('th');

/** The date a list sorts a document by: its last update, else its publication. */
export function documentSortDate(document: DocumentData): string | undefined {
  return document.updated ?? document.published;
}

/** Newest first; undated documents last, in Thai alphabetical order of title. */
export function sortDocumentsNewestFirst<T extends Entry<DocumentData>>(documents: readonly T[]): T[] {
  return [...documents].sort((a, b) => {
    const dateA = documentSortDate(a.data);
    const dateB = documentSortDate(b.data);
    if (dateA && dateB && dateA !== dateB) return dateB.localeCompare(dateA);
    if (dateA && !dateB) return -1;
    if (!dateA && dateB) return 1;
    return b.data.fiscalYear - a.data.fiscalYear || thaiCollator.compare(a.data.title, b.data.title);
  });
}

export interface YearGroup<T> {
  fiscalYear: number;
  entries: T[];
}

/** Groups by fiscal year, latest year first; entries keep their order. */
export function groupByFiscalYear<T extends { data: { fiscalYear: number } }>(entries: readonly T[]): YearGroup<T>[] {
  const groups = new Map<number, T[]>();
  for (const entry of entries) groups.set(entry.data.fiscalYear, [...(groups.get(entry.data.fiscalYear) ?? []), entry]);
  return [...groups].sort(([a], [b]) => b - a).map(([fiscalYear, grouped]) => ({ fiscalYear, entries: grouped }));
}

export interface TypeGroup<T> {
  type: DocumentType;
  entries: T[];
}

/** Groups documents by type in the vocabulary's order; types with no document are left out. */
export function groupByType<T extends Entry<DocumentData>>(documents: readonly T[], types: readonly DocumentType[]): TypeGroup<T>[] {
  return types.map((type) => ({ type, entries: documents.filter((document) => document.data.type === type.id) })).filter((group) => group.entries.length > 0);
}
