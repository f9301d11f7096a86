/**
 * /search/: reads ?q= and the filters, asks the Pagefind index (per term, a phrase search for the pages that contain it
 * and a plain search to rank them) and lists the pages found with their type, Buddhist-era date and an excerpt where
 * the terms are marked. The logic lives in src/lib/search/; this file only talks to Pagefind and the page.
 */
import { hasFilters, indexPartsAttribute, pagefindFilters, parseSearchParams, searchHref, searchRanking, searchSortKey, type SearchRequest } from '../lib/search/search-facets.ts';
import { decodeSearchText, queryTerms, type QueryTerm } from '../lib/search/search-text.ts';
import { resultExcerpt } from '../lib/search/excerpt.ts';
import { datedFirst, pagesFoundByEveryTerm, type CombinedResult } from '../lib/search/combine-results.ts';

interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(indexPath: string, options: Record<string, unknown>): Promise<void>;
  search(term: string | null, options: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
}

interface PageStrings {
  loading: string;
  start: string;
  found: string;
  foundFor: string;
  noResults: string;
  noResultsFiltered: string;
  unavailable: string;
}

// Built with the site by the search-index integration; not part of the bundle.
const pagefindModule = '/pagefind/pagefind.js';
const pageSize = 10;
/** Index parts already merged into the Pagefind instance (merged once per page). */
const mergedParts = new Set<string>();

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}

function showRequestInForm(form: HTMLFormElement, request: SearchRequest): void {
  const set = (name: string, value: string) => {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
  };
  set('q', request.query);
  set('year', request.fiscalYear);
  set('kind', request.kind);
  set('type', request.type);
  set('sort', request.newestFirst ? 'newest' : '');
}

async function resultItem(found: CombinedResult<PagefindResult>, terms: string[]): Promise<HTMLLIElement> {
  const data = await found.result.data();
  const item = element('li', 'card');
  const heading = element('h3');
  // The title is stored in search tokens (so matches in it weigh more); shown as text again.
  const title = data.meta.title ? decodeSearchText(data.meta.title) : '';
  const link = element('a', undefined, title || data.url);
  link.href = data.url;
  heading.append(link);
  const facts = [data.meta.kind, data.meta.type, data.meta.date].filter((fact): fact is string => Boolean(fact));
  item.append(heading);
  if (facts.length > 0) item.append(element('p', 'meta', facts.join(' · ')));
  const excerpt = element('p', 'search-excerpt');
  for (const part of resultExcerpt(decodeSearchText(data.content), title, terms)) excerpt.append(part.match ? element('mark', undefined, part.text) : document.createTextNode(part.text));
  item.append(excerpt);
  return item;
}

export async function runSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('form.search-form');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-list');
  const more = document.getElementById('search-more');
  const help = document.getElementById('search-help');
  const helpFilters = document.getElementById('search-help-filters');
  const stringsElement = document.getElementById('search-strings');
  if (!form || !status || !list || !more || !help || !helpFilters || !stringsElement) return;
  const strings = JSON.parse(stringsElement.textContent ?? '{}') as PageStrings;

  const request = parseSearchParams(new URLSearchParams(window.location.search));
  showRequestInForm(form, request);
  const terms = queryTerms(request.query);
  if (terms.length === 0 && !hasFilters(request)) {
    status.textContent = strings.start;
    return;
  }
  status.textContent = strings.loading;
  const results = list.closest('section');
  results?.setAttribute('aria-busy', 'true');
  try {
    await search(request, terms, strings, { status, list, more, help, helpFilters });
  } finally {
    results?.setAttribute('aria-busy', 'false');
  }
}

interface PageParts {
  status: HTMLElement;
  list: HTMLElement;
  more: HTMLElement;
  help: HTMLElement;
  helpFilters: HTMLElement;
}

async function search(request: SearchRequest, terms: QueryTerm[], strings: PageStrings, { status, list, more, help, helpFilters }: PageParts): Promise<void> {
  let found: CombinedResult<PagefindResult>[];
  try {
    const pagefind = (await import(/* @vite-ignore */ pagefindModule)) as PagefindModule;
    await pagefind.options({ ranking: searchRanking });
    // A large site's index comes in parts, newest pages first; Pagefind searches them as one.
    for (const part of (document.querySelector(`[${indexPartsAttribute}]`)?.getAttribute(indexPartsAttribute) ?? '').split(' ').filter(Boolean)) {
      if (mergedParts.has(part)) continue;
      mergedParts.add(part);
      await pagefind.mergeIndex(part, { ranking: searchRanking });
    }
    const filters = pagefindFilters(request);
    const search = async (query: string | null, sorted = false) =>
      (await pagefind.search(query, sorted ? { filters, sort: { [searchSortKey]: 'desc' } } : { filters }))?.results ?? [];
    const results = async (query: string | null) => (request.newestFirst ? datedFirst(await search(query, true), await search(query)) : search(query));
    const searches =
      terms.length > 0
        ? terms.map(async (term) => ({ matches: await results(term.pagefindQuery), ranking: await results(term.rankingQuery) }))
        : [results(null).then((all) => ({ matches: all, ranking: all }))];
    found = pagesFoundByEveryTerm(await Promise.all(searches), request.newestFirst);
  } catch {
    status.textContent = strings.unavailable;
    help.hidden = false;
    return;
  }

  const queryShown = terms.map((term) => term.text).join(' ');
  if (found.length === 0) {
    status.textContent = terms.length > 0 ? fill(strings.noResults, { query: queryShown }) : strings.noResultsFiltered;
    if (hasFilters(request)) {
      helpFilters.hidden = false;
      helpFilters.querySelector('a')?.setAttribute('href', searchHref({ query: request.query }));
    }
    help.hidden = false;
    return;
  }
  let shown = 0;
  const showNext = async () => {
    const batch = found.slice(shown, shown + pageSize);
    shown += batch.length;
    const items = await Promise.all(batch.map((result) => resultItem(result, terms.map((term) => term.text))));
    list.append(...items);
    more.hidden = shown >= found.length;
    return items;
  };
  await showNext();
  // Announced once the first results are on the page.
  status.textContent = terms.length > 0 ? fill(strings.foundFor, { count: found.length, query: queryShown }) : fill(strings.found, { count: found.length });
  more.addEventListener('click', async () => {
    const items = await showNext();
    // Keyboard and screen-reader users continue from the first new result.
    items[0]?.querySelector('a')?.focus();
  });
}
