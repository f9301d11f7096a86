/**
 * The record layouts of Pagefind 1.6's index files, as named types shared by our writer (write-search-index.ts) and
 * our reader (tile-search.ts), with checks of a decoded value against each. Pagefind does not document these layouts
 * and has changed them between releases; docs/search-index.md describes them as a specification, and
 * tests/integration/search-index-pagefind-shapes.test.ts checks that Pagefind's own indexer writes every kind in these
 * layouts and so does ours — an upgrade of Pagefind fails that test, not a citizen's search. No Node modules here: the
 * search page imports it.
 */

/** The Pagefind release whose index layout this module describes; the build refuses any other (build-search-index.ts). */
export const pagefindFormatVersion = '1.6.0';

/** meta → pages: a page's fragment hash (the result id), its word count, its fragment group ("" for its own file) */
export type PageEntry = [hash: string, wordCount: number, fragmentGroup: string];
/** meta → chunks: the first and last word a word chunk can hold, and its file's hash */
export type ChunkEntry = [from: string, to: string, hash: string];
/** meta → filters: a filter's name and its file's hash */
export type FilterEntry = [name: string, hash: string];
/** meta → sorts: a sort key's name and the page numbers in its order */
export type SortEntry = [name: string, pageNumbers: number[]];
/** pagefind.<hash>.pf_meta */
export type MetaRecord = [version: string, pages: PageEntry[], chunks: ChunkEntry[], filters: FilterEntry[], sorts: SortEntry[], metaFields: string[]];

/**
 * A word's occurrences in one page: the page number minus the previous entry's, the locations (per weight: −(weight
 * byte + 1), then positions, the first as is and the rest as differences) and the same for words of the metadata.
 */
export type WordPage = [pageDelta: number, locations: number[], metaLocations: number[]];
/** Another spelling of a word (Pagefind's diacritic folding) with its own pages; our index writes none */
export type WordVariant = [word: string, pages: WordPage[]];
export type WordEntry = [word: string, pages: WordPage[], variants: WordVariant[]];
/** index/<hash>.pf_index: the entries of the chunk's words, in word order */
export type WordChunkRecord = [entries: WordEntry[]];

/** A filter value and the page numbers that have it */
export type FilterValue = [value: string, pageNumbers: number[]];
/** filter/<hash>.pf_filter */
export type FilterRecord = [name: string, values: FilterValue[]];

export interface FragmentAnchor {
  /** e.g. h2 */
  element: string;
  id: string;
  text: string;
  /** Position of the first word after the anchor */
  location: number;
}
/** fragment/<hash>.pf_fragment (JSON) */
export interface FragmentRecord {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: FragmentAnchor[];
}

/** A decoded value that does not have a record's layout: where, and what was expected. */
export class RecordShapeError extends Error {
  override name = 'RecordShapeError';
}

type Check<T> = (value: unknown, at: string) => T;
const fail = (at: string, expected: string, value: unknown): never => {
  throw new RecordShapeError(`${at}: expected ${expected}, found ${Array.isArray(value) ? `an array of ${value.length}` : typeof value}`);
};
const integer: Check<number> = (value, at) => (Number.isInteger(value) ? (value as number) : fail(at, 'an integer', value));
const text: Check<string> = (value, at) => (typeof value === 'string' ? value : fail(at, 'text', value));
const list =
  <T>(item: Check<T>): Check<T[]> =>
  (value, at) =>
    Array.isArray(value) ? value.map((entry, index) => item(entry, `${at}[${index}]`)) : fail(at, 'an array', value);
const tuple =
  <T extends unknown[]>(...items: { [K in keyof T]: Check<T[K]> }): Check<T> =>
  (value, at) =>
    Array.isArray(value) && value.length === items.length
      ? (items.map((item, index) => item(value[index], `${at}[${index}]`)) as T)
      : fail(at, `an array of ${items.length}`, value);
const object =
  <T>(fields: { [K in keyof T]: Check<T[K]> }): Check<T> =>
  (value, at) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(at, 'an object', value);
    const keys = Object.keys(value).sort();
    const expected = Object.keys(fields).sort();
    if (keys.join() !== expected.join()) throw new RecordShapeError(`${at}: expected the fields ${expected.join(', ')}, found ${keys.join(', ')}`);
    return Object.fromEntries(expected.map((key) => [key, fields[key as keyof T]((value as Record<string, unknown>)[key], `${at}.${key}`)])) as T;
  };
const dictionary =
  <T>(item: Check<T>): Check<Record<string, T>> =>
  (value, at) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(at, 'an object', value);
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, item(entry, `${at}.${key}`)]));
  };

const wordPage = tuple<WordPage>(integer, list(integer), list(integer));

/** The value as a meta record, or a RecordShapeError saying where it differs. */
export const checkMetaRecord = (value: unknown): MetaRecord =>
  tuple<MetaRecord>(
    text,
    list(tuple<PageEntry>(text, integer, text)),
    list(tuple<ChunkEntry>(text, text, text)),
    list(tuple<FilterEntry>(text, text)),
    list(tuple<SortEntry>(text, list(integer))),
    list(text),
  )(value, 'meta');

export const checkWordChunkRecord = (value: unknown): WordChunkRecord =>
  tuple<WordChunkRecord>(list(tuple<WordEntry>(text, list(wordPage), list(tuple<WordVariant>(text, list(wordPage))))))(value, 'word chunk');

export const checkFilterRecord = (value: unknown): FilterRecord => tuple<FilterRecord>(text, list(tuple<FilterValue>(text, list(integer))))(value, 'filter');

export const checkFragmentRecord = (value: unknown): FragmentRecord =>
  object<FragmentRecord>({
    url: text,
    content: text,
    word_count: integer,
    filters: dictionary(list(text)),
    meta: dictionary(text),
    anchors: list(object<FragmentAnchor>({ element: text, id: text, text, location: integer })),
  })(value, 'fragment');
