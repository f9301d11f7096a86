/**
 * /search/: reads ?q= and the filters, asks the index through Pagefind's search code (tile-search.ts: per term, its
 * tiles, which must stand at the term's distances) and lists the pages found with their type, Buddhist-era date and
 * an excerpt where the terms are marked. Results come while the searcher types (after a pause) and at once on Enter or a filter change;
 * the address follows the search, so it can be shared and the browser's Back button works. Pagefind is loaded as soon
 * as the searcher reaches the box, so its files are there by the time the query is. The logic lives in
 * src/lib/search/; this file only talks to Pagefind and the page.
 */
import {
  catalogueAttribute,
  datedPagesAttribute,
  hasFilters,
  indexMetaAttribute,
  itaYearAttribute,
  laterIndexAttribute,
  metaFileTag,
  pagefindFilters,
  parseCatalogueIds,
  parseSearchParams,
  searchHref,
  searchRelevance,
  termChunkLimit,
  typedTermChunkLimit,
  vocabularyAttribute,
  vocabularyFileOfTag,
  type SearchRequest,
} from '../lib/search/search-facets.ts';
import { queryTerms, termForms, type QueryTerm } from '../lib/search/search-text.ts';
import { thaiWordSegmenter, wordFallback, type WordSegmenter } from '../lib/search/word-fallback.ts';
import { correctedQuery, parseVocabulary } from '../lib/search/spelling.ts';
import { resultExcerpt } from '../lib/search/excerpt.ts';
import { foundInScanText } from '../lib/search/scan-text-result.ts';
import { forCitizens, inOrder, scoreBands, titleTiers } from '../lib/search/combine-results.ts';
import {
  findPages,
  missingPageSets,
  readIndexInfo,
  relevance,
  searchableTerms,
  withMergedIndex,
  type Found,
  type FoundPage,
  type IndexInfo,
} from '../lib/search/tile-search.ts';

interface PagefindData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PagefindData>;
}
interface PagefindModule {
  init(): Promise<void>;
  options(options: Record<string, unknown>): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string | null, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
}
interface Engine {
  pagefind: PagefindModule;
  /** Replaced by a wider one when the later index is merged */
  info: IndexInfo;
  /** Merges the procurement pages' index (search-facets.ts, laterIndex), once; afterwards, and without one, does nothing */
  widen: () => Promise<void>;
  /** Pagefind was asked to merge it (a search failing afterwards may be its doing) */
  mergeTried: boolean;
  /** The site's words, most frequent first, fetched the first time a search finds nothing; once the later index is merged, its words after them */
  vocabulary: () => Promise<string[]>;
  segment: WordSegmenter;
}
type Ranked = FoundPage<PagefindResult> & { score: number };

interface PageStrings {
  loading: string;
  start: string;
  found: string;
  foundFor: string;
  noResults: string;
  noResultsFiltered: string;
  tooShort: string;
  skipped: string;
  fallback: string;
  fallbackAfterFew: string;
  suggested: string;
  searchTyped: string;
  filters: string;
  filtersSet: string;
  unavailable: string;
  itaYear: string;
  /** The heading and end line of a document's machine-read text, and what a result found in it says */
  scanHeading: string;
  scanEnd: string;
  scanLabel: string;
}

// Written with the site by the search index build; not part of the bundle.
const indexFolder = '/pagefind/';
const pagefindModule = `${indexFolder}pagefind.js`;
const pageSize = 10;
/** Pause in typing after which the query typed so far is searched */
const typingPause = 200;
/** Shorter queries are searched on Enter only: one character finds nearly every page */
const shortestTypedQuery = 2;
/** Fewer pages than this holding a query as typed: its terms' words are searched too (it may be a short form found by chance) */
const fewResults = 3;

/** The terms as the status names them */
const termsText = (terms: readonly QueryTerm[]) => terms.map((term) => term.text).join(' ');
/** Words each in its own quotation marks: “แผน” “จัดซื้อ” */
const quotedWords = (words: readonly string[]) => words.map((word) => `“${word}”`).join(' ');

/** A gzip file of the index folder, as bytes. */
async function gunzipped(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
}

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (className) created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}

/** The filters' fold is open while a filter is set, and its summary says how many are. */
function showFiltersSet(form: HTMLFormElement, request: SearchRequest, strings: Pick<PageStrings, 'filters' | 'filtersSet'>): void {
  const fold = form.querySelector<HTMLDetailsElement>('details.search-filters');
  const summary = fold?.querySelector('summary');
  if (!fold || !summary) return;
  const count = [request.fiscalYear, request.kind, request.type, request.newestFirst ? 'newest' : ''].filter(Boolean).length;
  summary.textContent = count > 0 ? fill(strings.filtersSet, { count }) : strings.filters;
  if (count > 0) fold.open = true;
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

function requestInForm(form: HTMLFormElement): SearchRequest {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value) params.set(name, value);
  return parseSearchParams(params);
}

interface PageParts {
  form: HTMLFormElement;
  status: HTMLElement;
  list: HTMLElement;
  more: HTMLElement;
  help: HTMLElement;
  helpTips: HTMLElement;
  helpFilters: HTMLElement;
  results: HTMLElement;
  /** Says what was searched instead of the query as typed (its words, or a nearer spelling) */
  note: HTMLElement;
}

export function runSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('form.search-form');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-list');
  const more = document.getElementById('search-more');
  const help = document.getElementById('search-help');
  const helpTips = document.getElementById('search-help-tips');
  const helpFilters = document.getElementById('search-help-filters');
  const stringsElement = document.getElementById('search-strings');
  const note = document.getElementById('search-note');
  const results = list?.closest('section');
  if (!form || !status || !list || !more || !help || !helpTips || !helpFilters || !stringsElement || !results || !note) return;
  const parts: PageParts = { form, status, list, more, help, helpTips, helpFilters, results, note };
  const strings = JSON.parse(stringsElement.textContent ?? '{}') as PageStrings;
  const catalogue = parseCatalogueIds(results.getAttribute(catalogueAttribute) ?? '');
  const currentYear = Number(results.getAttribute(itaYearAttribute)) || undefined;
  const datedPages = Number(results.getAttribute(datedPagesAttribute)) || 0;
  const metaFile = results.getAttribute(indexMetaAttribute) ?? '';
  const vocabularyFile = results.getAttribute(vocabularyAttribute) ?? '';
  const laterMeta = results.getAttribute(laterIndexAttribute) ?? '';
  const datedTag = metaFileTag(metaFile);

  let engine: Promise<Engine> | undefined;
  /** A merge of the later index failed on this visit: it is not tried again, and Pagefind is loaded afresh without it */
  let laterFailed = false;
  let freshLoads = 0;
  /**
   * After a failed merge, Pagefind may keep the index that failed in its list and fail every search: the next search
   * loads another copy of its module (a new address; the browser's cache serves its files) that never had it.
   */
  const dropLater = () => {
    if (laterFailed) return;
    laterFailed = true;
    freshLoads += 1;
    engine = undefined;
  };
  /** Pagefind, and what the page reads from the index's metadata, loaded once (again after a failure) */
  const loadEngine = () => {
    engine ??= (async () => {
      const info = gunzipped(`${indexFolder}${metaFile}`).then(readIndexInfo);
      const module = freshLoads > 0 ? `${pagefindModule}?load=${freshLoads}` : pagefindModule;
      const pagefind = (await import(/* @vite-ignore */ module)) as PagefindModule;
      // Pagefind's worker, WebAssembly and metadata start loading now, not at the first search.
      void pagefind.init();
      const wordsOf = (file: string) => gunzipped(`${indexFolder}${file}`).then((bytes) => parseVocabulary(new TextDecoder().decode(bytes)));
      let words: Promise<string[]> | undefined;
      /** The later index's words (a shop's name), once it is merged; none if they fail to load */
      let laterWords: Promise<string[]> | undefined;
      let laterMerged = false;
      const laterFolder = laterMeta.slice(0, laterMeta.lastIndexOf('/') + 1);
      const vocabulary = async () => {
        words ??= wordsOf(vocabularyFile);
        words.catch(() => (words = undefined));
        const first = await words;
        if (!laterMerged) return first;
        laterWords ??= wordsOf(`${laterFolder}${vocabularyFileOfTag(metaFileTag(laterMeta.slice(laterFolder.length)))}`).catch(() => []);
        return [...first, ...(await laterWords)];
      };
      const loaded: Engine = { pagefind, info: await info, vocabulary, segment: thaiWordSegmenter(), widen: async () => undefined, mergeTried: false };
      if (laterMeta && !laterFailed) {
        let merging: Promise<void> | undefined;
        loaded.widen = () => {
          merging ??= (async () => {
            // Read before Pagefind adds the index: a failed download here leaves Pagefind as it was.
            const other = readIndexInfo(await gunzipped(`${indexFolder}${laterMeta}`));
            loaded.mergeTried = true;
            await pagefind.mergeIndex(`${indexFolder}${laterFolder}`);
            loaded.info = withMergedIndex(loaded.info, other);
            laterMerged = true;
          })().catch(() => {
            if (loaded.mergeTried) dropLater();
            else merging = undefined;
          });
          return merging;
        };
      }
      return loaded;
    })().catch((error: unknown) => {
      engine = undefined;
      throw error;
    });
    return engine;
  };

  /** The search on screen; an older one still running stops writing to the page once a newer one starts. */
  let current = 0;
  let shown: Shown | undefined;
  const run = async (request: SearchRequest, typing = false) => {
    const mine = (current += 1);
    const stillCurrent = () => mine === current;
    shown = undefined;
    clearResults(parts);
    showFiltersSet(form, request, strings);
    const terms = queryTerms(request.query);
    if (terms.length === 0 && !hasFilters(request)) {
      status.textContent = strings.start;
      results.setAttribute('aria-busy', 'false');
      return;
    }
    status.textContent = strings.loading;
    results.setAttribute('aria-busy', 'true');
    const context: SearchContext = { loadEngine, dropLater, catalogue, currentYear, datedPages, datedTag, stillCurrent, typing };
    try {
      const first = await search(request, terms, strings, parts, context);
      // A search overtaken by a newer one leaves the newer one's results alone.
      if (!stillCurrent()) return;
      shown = first;
      // The procurement pages' index is fetched after the first results are on the page, and the search run again with
      // it; the page changes only if the results do. (A search that found nothing has merged it already.)
      if (first) {
        const engine = await loadEngine();
        const before = engine.info;
        await engine.widen();
        if (engine.info === before || !stillCurrent()) return;
        const wider = await search(request, terms, strings, parts, context, first);
        if (stillCurrent() && wider) shown = wider;
      }
    } finally {
      if (stillCurrent()) results.setAttribute('aria-busy', 'false');
    }
  };

  more.addEventListener('click', async () => {
    const items = await shown?.showNext();
    // Keyboard and screen-reader users continue from the first new result.
    items?.[0]?.querySelector('a')?.focus();
  });

  const searchFromForm = (history: 'push' | 'replace') => {
    const request = requestInForm(form);
    const href = searchHref(request);
    if (href !== `${window.location.pathname}${window.location.search}`) {
      if (history === 'push') window.history.pushState(null, '', href);
      else window.history.replaceState(null, '', href);
    }
    return run(request, history === 'replace');
  };

  const query = form.elements.namedItem('q');
  let typing: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    void searchFromForm('push');
  });
  if (query instanceof HTMLInputElement) {
    // The searcher is about to type: fetch Pagefind meanwhile.
    query.addEventListener('focus', () => void loadEngine().catch(() => undefined), { once: true });
    query.addEventListener('input', () => {
      clearTimeout(typing);
      if (query.value.trim().length > 0 && [...query.value.trim()].length < shortestTypedQuery) return;
      typing = setTimeout(async () => {
        const typed = query.value;
        const { info } = await loadEngine().catch(() => ({ info: undefined }));
        // Still the same text, and cheap enough to search before Enter (the search reports an unavailable index itself).
        if (query.value !== typed) return;
        if (info && searchableTerms(info.boundaries, queryTerms(typed), typedTermChunkLimit, info.merged).tooShort.length > 0) return;
        void searchFromForm('replace');
      }, typingPause);
    });
  }
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) void searchFromForm('push');
  });
  window.addEventListener('popstate', () => {
    const request = parseSearchParams(new URLSearchParams(window.location.search));
    showRequestInForm(form, request);
    void run(request);
  });

  const request = parseSearchParams(new URLSearchParams(window.location.search));
  showRequestInForm(form, request);
  void run(request);
}

/** Empties the results and what is said about them, for another search. */
function clearResults({ list, more, help, helpTips, helpFilters, note }: PageParts): void {
  list.replaceChildren();
  more.hidden = true;
  help.hidden = true;
  helpTips.hidden = false;
  helpFilters.hidden = true;
  note.hidden = true;
  note.replaceChildren();
}

/** The results on the page: their ids in order, what shows the next ones, and how many are shown */
interface Shown {
  ids: string[];
  showNext: () => Promise<HTMLLIElement[]>;
  count: () => number;
}

interface SearchContext {
  loadEngine: () => Promise<Engine>;
  /** Gives up the later index for this visit (a merge failed); the next loadEngine is a Pagefind without it */
  dropLater: () => void;
  catalogue: ReadonlyMap<string, number>;
  currentYear: number | undefined;
  datedPages: number;
  /** The tag of the index whose pages are dated (search-facets.ts, metaFileTag) */
  datedTag: string;
  stillCurrent: () => boolean;
  /** Searched while typing (before Enter): the fallback's words are held to the typing limit, and no spelling is suggested */
  typing: boolean;
}

/** The pages found, ranked and ordered as citizens see them. */
function ranked(
  found: Found<PagefindResult>,
  terms: readonly QueryTerm[],
  info: IndexInfo,
  request: SearchRequest,
  { catalogue, currentYear, datedPages, datedTag }: SearchContext,
  banded = false,
): Ranked[] {
  const collection = { pageCount: info.pageCount, averageLength: info.averageLength };
  const scored = found.pages.map((page) => ({
    ...page,
    score: relevance(page.occurrences, found.pagesWithTerm, info.lengths.get(page.result.id) ?? info.averageLength, collection, searchRelevance, terms),
  }));
  const order = { catalogue, currentYear, allYears: Boolean(request.kind || request.fiscalYear), keepOrder: request.newestFirst };
  const ordered = inOrder(scored, { newestFirst: request.newestFirst, datedPages, datedTag });
  if (request.newestFirst) return forCitizens(ordered, order);
  const [titled, others] = titleTiers(ordered);
  return [titled!, ...(banded ? scoreBands(others!) : [others!])].flatMap((group) => forCitizens(group, order));
}

/** What a search shows: the pages, the terms they were found for, and what was searched instead of the query typed. */
interface Answer {
  found: Ranked[];
  searched: QueryTerm[];
  tooShort: QueryTerm[];
  /** The terms' words were searched instead of the terms (no page holds a term as typed), or also (few pages do) */
  fallback?: { term: string; words: string[] }[];
  /** With a fallback: how many pages hold the terms as typed (they are among the results, the words' pages after) */
  exactCount?: number;
  /** The words marked in the excerpts, when more than those searched (the terms and their words) */
  marked?: QueryTerm[];
  /** A nearer spelling the site holds was searched instead of the query */
  suggestion?: string;
}

/**
 * The query as typed; when no page has it, its terms' words (word-fallback.ts); when still none, the nearest
 * spelling the site holds (spelling.ts), unless the searcher asked for the query as typed.
 */
async function answer(request: SearchRequest, terms: QueryTerm[], engine: Engine, context: SearchContext): Promise<Answer> {
  // Filters alone list every page they allow, the procurement pages too.
  if (terms.length === 0) await engine.widen();
  const { pagefind, info, segment } = engine;
  const filters = pagefindFilters(request);
  const attempt = async (tried: readonly QueryTerm[], banded = false) => {
    // A fallback's words are short; while typing, each may cost no more than a typed word.
    let { searched, tooShort } = searchableTerms(info.boundaries, tried, banded && context.typing ? typedTermChunkLimit : termChunkLimit, info.merged);
    // No terms at all (filters only): every page the filters allow; only too-short terms: none.
    const search = () =>
      searched.length > 0 || tried.length === 0 ? findPages(pagefind, searched, info.boundaries, filters, info.merged) : { pages: [], pagesWithTerm: [] };
    let found = await search();
    const missing = await missingPageSets(pagefind, searched, found.pagesWithTerm);
    if (missing.length > 0) {
      searched = searched.filter((term) => !missing.includes(term));
      tooShort = [...tooShort, ...missing];
      found = await search();
    }
    return { searched, tooShort, found, pages: ranked(found, searched, info, request, context, banded) };
  };
  const typed = await attempt(terms);
  const plain: Answer = { found: typed.pages, searched: typed.searched, tooShort: typed.tooShort };
  if (typed.pages.length >= fewResults || typed.searched.length === 0) return plain;
  // Few pages or none hold the query: the procurement pages (a shop's name, an item bought) are searched before its words or another spelling are.
  await engine.widen();
  if (engine.info !== info) return answer(request, terms, engine, context);

  // No page, or a few (a short form found by chance in some text): a term found in that few pages is replaced by its words.
  const fallback = wordFallback(typed.searched, typed.found.pagesWithTerm, segment, typed.pages.length > 0 ? fewResults - 1 : 0);
  if (fallback) {
    const words = await attempt(fallback.terms, true);
    const exactIds = new Set(typed.pages.map((page) => page.result.id));
    const added = words.pages.filter((page) => !exactIds.has(page.result.id));
    if (added.length > 0) {
      // The note names the words searched; one too short to search is named after the count instead.
      const searchedWords = new Set(words.searched.map((term) => term.text));
      const replaced = fallback.replaced.map(({ term, words: its }) => ({ term, words: its.filter((word) => searchedWords.has(word)) }));
      const tooShort = [...typed.tooShort, ...words.tooShort];
      if (typed.pages.length === 0) return { found: added, searched: words.searched, tooShort, fallback: replaced };
      // The exact pages and the words' pages together, titles holding every term first (combine-results.ts).
      const [exactTitled, exactOthers] = titleTiers(typed.pages);
      const [wordsTitled, wordsOthers] = titleTiers(added);
      const found = [...exactTitled!, ...wordsTitled!, ...exactOthers!, ...wordsOthers!];
      return { found, searched: typed.searched, marked: [...typed.searched, ...words.searched], tooShort, fallback: replaced, exactCount: typed.pages.length };
    }
  }
  if (typed.pages.length > 0) return plain;
  // The vocabulary is fetched for a query the searcher sent (Enter), not for every pause in typing.
  // Nor with a filter set: the term may be on pages the filter leaves out, and the page offers to search without it.
  if (request.asTyped || context.typing || hasFilters(request) || !context.stillCurrent()) return plain;
  const vocabulary = await engine.vocabulary().catch(() => []);
  const suggestion = correctedQuery(typed.searched, typed.found.pagesWithTerm, vocabulary, segment);
  if (!suggestion) return plain;
  const suggestedTerms = queryTerms(suggestion);
  const suggested = await attempt(suggestedTerms);
  if (suggested.pages.length > 0) return { found: suggested.pages, searched: suggested.searched, tooShort: suggested.tooShort, suggestion };
  // The suggested spelling's words, as for a typed query.
  const suggestedWords = wordFallback(suggested.searched, suggested.found.pagesWithTerm, segment);
  if (!suggestedWords) return plain;
  const words = await attempt(suggestedWords.terms, true);
  return words.pages.length > 0 ? { found: words.pages, searched: words.searched, tooShort: words.tooShort, suggestion } : plain;
}

/** Says above the results what was searched instead of the query typed. */
function showNote(note: HTMLElement, request: SearchRequest, result: Answer, strings: PageStrings): void {
  if (result.suggestion) {
    const typedLink = element('a', undefined, fill(strings.searchTyped, { query: request.query }));
    typedLink.href = searchHref({ ...request, asTyped: true });
    note.append(element('span', 'search-note-main', fill(strings.suggested, { query: result.suggestion })), ' ', typedLink);
    note.hidden = false;
  } else if (result.fallback) {
    const terms = quotedWords(result.fallback.map((replaced) => replaced.term));
    const words = quotedWords([...new Set(result.fallback.flatMap((replaced) => replaced.words))]);
    note.append(result.exactCount ? fill(strings.fallbackAfterFew, { terms, words, count: result.exactCount }) : fill(strings.fallback, { terms, words }));
    note.hidden = false;
  }
}

/**
 * Runs the search and shows its first results; returns them (undefined when it was overtaken or found nothing). Run
 * again over a wider index (`previous` on the page), it leaves the page as it is when it finds the same pages.
 */
async function search(
  request: SearchRequest,
  terms: QueryTerm[],
  strings: PageStrings,
  parts: PageParts,
  context: SearchContext,
  previous?: Shown,
): Promise<Shown | undefined> {
  const { status, list, more, help, helpTips, helpFilters, note } = parts;
  const { loadEngine, catalogue, stillCurrent } = context;
  let result: Answer | undefined;
  for (let attempt = 0; !result; attempt += 1) {
    let engine: Engine | undefined;
    try {
      engine = await loadEngine();
      const { searched, tooShort } = searchableTerms(engine.info.boundaries, terms, termChunkLimit, engine.info.merged);
      if (searched.length === 0 && tooShort.length > 0) {
        if (!stillCurrent() || previous) return previous;
        clearResults(parts);
        status.textContent = fill(strings.tooShort, { query: termsText(tooShort) });
        // "Use fewer or shorter words" would contradict it; the lists stay.
        helpTips.hidden = true;
        help.hidden = false;
        return undefined;
      }
      result = await answer(request, terms, engine, context);
    } catch {
      // Pagefind may fail every search once a merge of the later index has failed: once more, on a Pagefind without it.
      if (attempt === 0 && engine?.mergeTried) {
        context.dropLater();
        continue;
      }
      if (!stillCurrent() || previous) return previous;
      status.textContent = strings.unavailable;
      help.hidden = false;
      return undefined;
    }
  }
  if (!stillCurrent()) return undefined;
  const { found, searched, tooShort } = result;
  const ids = found.map((page) => page.result.id);
  // The same pages, or none, leave the page as it is.
  if (previous && (ids.length === 0 || (ids.length === previous.ids.length && ids.every((id) => previous.ids.includes(id))))) return previous;
  if (!previous) clearResults(parts);

  const queryShown = termsText(searched);
  // Words left out as too short are named after the count, so the searcher knows what the results are for.
  const skipped = tooShort.length > 0 ? ` ${fill(strings.skipped, { query: termsText(tooShort) })}` : '';
  if (found.length === 0) {
    status.textContent = (searched.length > 0 ? fill(strings.noResults, { query: queryShown }) : strings.noResultsFiltered) + skipped;
    if (hasFilters(request)) {
      helpFilters.hidden = false;
      helpFilters.querySelector('a')?.setAttribute('href', searchHref({ query: request.query }));
    }
    help.hidden = false;
    return undefined;
  }
  const marked = (result.marked ?? searched).flatMap(termForms);
  const item = (page: Ranked) => resultItem(page, marked, catalogue.get(page.result.id), strings);
  let shown = 0;
  const showNext = async () => {
    const batch = found.slice(shown, shown + pageSize);
    shown += batch.length;
    const items = await Promise.all(batch.map(item));
    if (!stillCurrent()) return [];
    list.append(...items);
    more.hidden = shown >= found.length;
    return items;
  };
  if (previous) {
    // Redrawn over a wider index: made off the page first, down to the last result the searcher had opened, so nothing shown is lost,
    // the list never stands empty, and a result that fails to load leaves the page as it was; the focused result keeps the focus.
    const wasShown = new Set(previous.ids.slice(0, previous.count()));
    const lastShown = found.reduce((last, page, index) => (wasShown.has(page.result.id) ? index + 1 : last), 0);
    const items = await Promise.all(found.slice(0, Math.max(pageSize, previous.count(), lastShown)).map(item)).catch(() => undefined);
    if (!stillCurrent()) return undefined;
    if (!items) return previous;
    const active = document.activeElement;
    const focused = active instanceof HTMLAnchorElement && list.contains(active) ? active.href : undefined;
    clearResults(parts);
    list.append(...items);
    shown = items.length;
    more.hidden = shown >= found.length;
    if (focused)
      items
        .flatMap((listItem) => [...listItem.querySelectorAll('a')])
        .find((link) => link.href === focused)
        ?.focus({ preventScroll: true });
  }
  showNote(note, request, result, strings);
  if (!previous) await showNext();
  if (!stillCurrent()) return undefined;
  // Announced once the first results are on the page.
  status.textContent =
    (searched.length > 0 ? fill(strings.foundFor, { count: found.length, query: queryShown }) : fill(strings.found, { count: found.length })) + skipped;
  return { ids, showNext, count: () => shown };
}

async function resultItem(found: Ranked, terms: string[], itaYear: number | undefined, strings: PageStrings): Promise<HTMLLIElement> {
  const data = await found.result.data();
  const item = element('li', 'card');
  const heading = element('h3');
  const title = data.meta.title ?? '';
  const link = element('a', undefined, title || data.url);
  link.href = data.url;
  heading.append(link);
  // A catalogue page always says which ITA year's catalogue it belongs to: the same item recurs every year.
  const facts = [data.meta.kind, itaYear === undefined ? undefined : fill(strings.itaYear, { year: itaYear }), data.meta.type, data.meta.date].filter(
    (fact): fact is string => Boolean(fact),
  );
  item.append(heading);
  if (facts.length > 0) item.append(element('p', 'meta', facts.join(' · ')));
  const excerpt = element('p', 'search-excerpt');
  for (const part of resultExcerpt(data.content, title, terms))
    excerpt.append(part.match ? element('mark', undefined, part.text) : document.createTextNode(part.text));
  item.append(excerpt);
  if (foundInScanText(data.content, terms, strings.scanHeading, strings.scanEnd)) item.append(element('p', 'meta', strings.scanLabel));
  return item;
}
