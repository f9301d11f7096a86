import { hasProcurement, type ContentModel, type Entry } from '../content/model.ts';
import { navigationOf, type NavItem } from '../site/navigation.ts';
import type { DocumentData } from '../../schemas/document.ts';
import type { DocumentType } from '../../schemas/document-types.ts';
import type { NewsData } from '../../schemas/news.ts';
import type { QaData } from '../../schemas/qa.ts';
import type { DeclarationData } from '../../schemas/declaration.ts';
import { groupByFiscalYear, groupByType, sortDocumentsNewestFirst, type YearGroup } from './document-listing.ts';
import { paginate, type Paged } from '../site/pagination.ts';

/** Every page of `/documents/type/<type>/`: each type's documents newest first, in pages. */
export function documentTypePages(model: ContentModel): { type: DocumentType; page: Paged<Entry<DocumentData>> }[] {
  return groupByType(model.documents, model.documentTypes).flatMap((group) =>
    paginate(sortDocumentsNewestFirst(group.entries)).map((page) => ({ type: group.type, page })),
  );
}

/** Every page of `/documents/year/<year>/`: each fiscal year's documents newest first, in pages. */
export function documentYearPages(model: ContentModel): { fiscalYear: number; page: Paged<Entry<DocumentData>> }[] {
  return groupByFiscalYear(model.documents).flatMap((group) =>
    paginate(sortDocumentsNewestFirst(group.entries)).map((page) => ({ fiscalYear: group.fiscalYear, page })),
  );
}

/** Every page of `/news/`: newest first. */
export function newsPages(model: ContentModel): Paged<Entry<NewsData>>[] {
  return paginate([...model.news].sort((a, b) => b.data.date.localeCompare(a.data.date)));
}

/** `/qa/`: the latest question first. */
export function qaRoute(model: ContentModel): Entry<QaData>[] {
  return [...model.qa].sort((a, b) => b.data.asked.localeCompare(a.data.asked));
}

/** `/declarations/`: fiscal years newest first. */
export function declarationListRoute(model: ContentModel): YearGroup<Entry<DeclarationData>>[] {
  return groupByFiscalYear(model.declarations);
}

export interface SitemapRoute {
  /** The site's sections, as the header lists them */
  sections: NavItem[];
  documentYears: number[];
  documentTypes: DocumentType[];
  oitYears: number[];
  itaYears: number[];
  pages: { id: string; title: string }[];
}

/** `/sitemap/`: the lists a person can browse, by what the content has. */
export function sitemapRoute(model: ContentModel): SitemapRoute {
  return {
    sections: navigationOf(hasProcurement(model)),
    documentYears: groupByFiscalYear(model.documents).map((group) => group.fiscalYear),
    documentTypes: groupByType(model.documents, model.documentTypes).map((group) => group.type),
    oitYears: model.catalogues.map(({ data }) => data.year),
    itaYears: model.scores.map(({ data }) => data.year),
    pages: model.pages.map((page) => ({ id: page.id, title: page.data.title })),
  };
}
