/**
 * The filters, metadata and sort keys pages give the search index, and the /search/ query string that selects them.
 * Filter names and values are stable ids; the search page shows Thai labels for them from the UI dictionary.
 */
import { urls } from '../site/urls.ts';
import type { PlainUIKey } from '../../i18n/ui.ts';
import type { ContentModel } from '../content/model.ts';
import type { Relevance } from './tile-search.ts';

export const searchKinds = ['document', 'measure', 'declaration', 'news', 'oit-item', 'procurement'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** UI dictionary key of each kind's Thai label */
export const searchKindLabelKeys: Record<SearchKind, PlainUIKey> = {
  document: 'search.kind.document',
  measure: 'search.kind.measure',
  declaration: 'search.kind.declaration',
  news: 'search.kind.news',
  'oit-item': 'search.kind.oit-item',
  procurement: 'search.kind.procurement',
};

/** Pagefind filter names */
export const searchFilter = { fiscalYear: 'fiscalYear', kind: 'kind', type: 'type' } as const;
/** Pagefind metadata names shown with a result (besides `title`) */
export const searchMeta = { kind: 'kind', type: 'type', date: 'date', fiscalYear: 'fiscalYear' } as const;
/**
 * A result's id is the index's tag, this many characters long, followed by the page's number in base 36; pages are
 * numbered newest first (see write-search-index.ts).
 */
export const pageIdTagLength = 5;
/** The page's number in the index, from its result id */
export const pageNumber = (id: string) => Number.parseInt(id.slice(pageIdTagLength), 36);
/** The results section says how many pages have a date: those numbered below it, newest first */
export const datedPagesAttribute = 'data-search-dated';
/** The results section names the index's metadata file, which the page reads for the list of word chunks */
export const indexMetaAttribute = 'data-search-index-meta';
/** The tag every result id of an index begins with, from its metadata file's name (pagefind.und_<tag>.pf_meta); '' for another name */
export const metaFileTag = (metaFile: string) => /^pagefind\.und_([0-9a-z]+)\.pf_meta$/.exec(metaFile)?.[1] ?? '';
/** An index's spelling words (gzip, one word per line, most frequent first), named by its tag */
export const vocabularyFileOfTag = (tag: string) => `words_${tag}.pf_words`;
/** The results section names the site's vocabulary file, which the page loads only when a search found nothing */
export const vocabularyAttribute = 'data-search-vocabulary';
/**
 * The procurement pages (every month's rows, the years' figures) have an index of their own, in this folder of the
 * first one, which the page merges into the first after a search's first results are shown (or before it says nothing
 * was found): ten years of rows would otherwise grow the table of contents every citizen's first search loads.
 */
export const laterIndex = { pathPrefix: '/procurement/', folder: 'procurement/' } as const;
/** The results section names the later index's metadata file within the index folder (procurement/pagefind.….pf_meta); empty without one */
export const laterIndexAttribute = 'data-search-later-index';
/** Whether a page (site path) goes to the later index */
export const inLaterIndex = (sitePath: string) => sitePath.startsWith(laterIndex.pathPrefix);

/**
 * The search page's results section lists the result ids of the OIT catalogue's item pages with their ITA year, written
 * by the build once the index exists ("2566:id id 2567:id"): catalogue pages rank below the agency's own content, those
 * of other ITA years than the current one are left out unless the searcher chose them (the kind or year filter), and
 * each shows its year.
 */
export const catalogueAttribute = 'data-search-catalogue';
/** The ITA year whose catalogue pages are in the default results (the latest catalogue with content, as `npm run check` takes) */
export const itaYearAttribute = 'data-search-ita-year';

/** The catalogue attribute's value for result ids by ITA year. */
export function formatCatalogueIds(idsByYear: ReadonlyMap<number, readonly string[]>): string {
  return [...idsByYear]
    .sort(([a], [b]) => a - b)
    .map(([year, ids]) => `${year}:${[...ids].sort().join(' ')}`)
    .join(' ');
}

/** Result id → ITA year, from the catalogue attribute's value. */
export function parseCatalogueIds(value: string): Map<string, number> {
  const years = new Map<string, number>();
  let year: number | undefined;
  for (const word of value.split(/\s+/).filter(Boolean)) {
    const marked = /^(\d{4}):(.*)$/.exec(word);
    if (marked) year = Number(marked[1]);
    const id = marked ? marked[2]! : word;
    if (id && year !== undefined) years.set(id, year);
  }
  return years;
}

/** The metadata that says what a page is (its kind and document type), searched as title words (write-search-index.ts). */
export function pageLabels(meta: Readonly<Record<string, string>>): string[] {
  return [meta[searchMeta.kind], meta[searchMeta.type]].filter((label): label is string => Boolean(label));
}

/** Pagefind sort key: an ISO date (CE), so text order is date order */
export const searchSortKey = 'date';

/**
 * Pagefind weight of lists that only name other pages (evidence, related measures): those pages' own titles should
 * rank them, not every page that links to them.
 */
export const linkListWeight = '0.5';

/** Word chunks (about 16 KB each) one term's tile may load on Enter; a term that needs more is too short to search (tile-search.ts). */
export const termChunkLimit = 8;
/** The same while typing: a query is searched before Enter only when each tile needs at most this many (a word, not a letter). */
export const typedTermChunkLimit = 2;

/**
 * Relevance on the search page (tile-search.ts), chosen on the example site's query set (tests/fixtures/search/):
 * occurrences divided by page length as BM25 usually is (b = 0.75), so a short page about a phrase ranks above a long
 * one that mentions it as often; a term in the title above any number of occurrences elsewhere, and more so at the
 * title's start; several words kept together (in the query's order most) above the same words far apart.
 */
export const searchRelevance: Relevance = { termSaturation: 1.2, pageLength: 0.75, title: 4, titleStart: 2, proximity: 3 };

/** Attribute that marks an attachment link whose file's text belongs to the page in the index */
export const attachmentAttribute = 'data-search-attachment';

/** What /search/?q=…&year=…&kind=…&type=…&sort=newest asks for. */
export interface SearchRequest {
  query: string;
  fiscalYear: string;
  kind: string;
  type: string;
  newestFirst: boolean;
  /** Search the query as typed, without suggesting another spelling (the link under a suggestion) */
  asTyped?: boolean;
}

/** The request in a /search/ address; unknown or malformed values are left out rather than failing the page. */
export function parseSearchParams(params: URLSearchParams): SearchRequest {
  const value = (name: string) => (params.get(name) ?? '').trim();
  const fiscalYear = value('year');
  const kind = value('kind');
  return {
    query: value('q').slice(0, 200),
    fiscalYear: /^\d{4}$/.test(fiscalYear) ? fiscalYear : '',
    kind: (searchKinds as readonly string[]).includes(kind) ? kind : '',
    type: /^[a-z0-9-]{1,80}$/.test(value('type')) ? value('type') : '',
    newestFirst: value('sort') === 'newest',
    asTyped: value('exact') === '1',
  };
}

/** The Pagefind `filters` option for the request's chosen filters. */
export function pagefindFilters(request: SearchRequest): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  if (request.fiscalYear) filters[searchFilter.fiscalYear] = [request.fiscalYear];
  if (request.kind) filters[searchFilter.kind] = [request.kind];
  if (request.type) filters[searchFilter.type] = [request.type];
  return filters;
}

/** True when the request narrows by any filter. */
export function hasFilters(request: SearchRequest): boolean {
  return Boolean(request.fiscalYear || request.kind || request.type);
}

/** Address of the search page for a request (e.g. to search again without the filters). */
export function searchHref(request: Partial<SearchRequest>): string {
  const params = new URLSearchParams();
  if (request.query) params.set('q', request.query);
  if (request.fiscalYear) params.set('year', request.fiscalYear);
  if (request.kind) params.set('kind', request.kind);
  if (request.type) params.set('type', request.type);
  if (request.newestFirst) params.set('sort', 'newest');
  if (request.asTyped) params.set('exact', '1');
  const query = params.toString();
  return query ? `${urls.search()}?${query}` : urls.search();
}

/** Choices of the search page's filters: the years and document types the content has, newest year first. */
export function searchFilterChoices(
  model: Pick<ContentModel, 'documents' | 'measures' | 'declarations' | 'catalogues' | 'documentTypes'>,
  /** The fiscal years of the procurement pages (none: the agency keeps no procurement as data, and the kind is not offered) */
  procurementYears: readonly number[] = [],
): {
  kinds: SearchKind[];
  fiscalYears: number[];
  types: { id: string; label: string }[];
} {
  const years = new Set<number>([
    ...model.documents.map((entry) => entry.data.fiscalYear),
    ...model.measures.map((entry) => entry.data.fiscalYear),
    ...model.declarations.map((entry) => entry.data.fiscalYear),
    ...model.catalogues.map((entry) => entry.data.year),
    ...procurementYears,
  ]);
  const usedTypes = new Set(model.documents.map((entry) => entry.data.type));
  return {
    kinds: searchKinds.filter((kind) => kind !== 'procurement' || procurementYears.length > 0),
    fiscalYears: [...years].sort((a, b) => b - a),
    types: model.documentTypes.filter((type) => usedTypes.has(type.id)).map((type) => ({ id: type.id, label: type.th })),
  };
}
