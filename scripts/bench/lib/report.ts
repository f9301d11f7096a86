/** Formatting `npm run bench`'s figures: one column per document count, and the ratios the issue's targets are about. */

export interface BuildFigures {
  seconds: number;
  peakBytes: number;
  /** HTML pages written */
  pages: number;
  distBytes: number;
  indexBytes: number;
}

/** What a first search costs on a site's search page (scripts/bench/first-search.ts). */
export interface SearchFigures {
  /** Requests and bytes (as a gzip-ing host sends them) of opening the search page, before any query */
  page: { requests: number; gzipBytes: number };
  /** Requests and bytes from the open page to the first results: what the search itself fetched */
  search: { requests: number; gzipBytes: number };
  /** What the page fetched after its first results were shown, until the network was idle (the procurement pages' index) */
  afterResults: { requests: number; gzipBytes: number };
  /** Enter → first result, in seconds by the page's clock, CPU throttled */
  seconds: number;
  /** The same for a second, different query on the same page */
  laterSeconds: number;
  /** On a fresh page, the first query typed without Enter: last key → first result (NaN: none until Enter) */
  typedSeconds: number;
}

export interface CountFigures {
  documents: number;
  prongsai: BuildFigures;
  baseline: BuildFigures;
  /** The first search on Prongsai's /search/ and on Pagefind's defaults over the baseline's pages */
  search: { prongsai: SearchFigures; baseline: SearchFigures };
  /** One generated document's page (the same document at every count) */
  documentPage: { bytes: number; gzipBytes: number };
}

const mb = (bytes: number) => (bytes / 1048576).toFixed(1);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Prongsai / baseline, the figure to compare between machines. */
export const ratio = (prongsai: number, baseline: number) => (baseline > 0 ? prongsai / baseline : Number.NaN);

const pair = (prongsai: string, baseline: string) => `${prongsai} / ${baseline}`;
/** Seconds, or "none" where the page shows no results until Enter */
const seconds = (value: number) => (Number.isNaN(value) ? 'none' : value.toFixed(2));

/** Rows comparing the first search on Prongsai's search page and the baseline's, for any run that has both. */
export function searchRows<Run>(pick: (run: Run) => { prongsai: SearchFigures; baseline: SearchFigures }): [string, (run: Run) => string][] {
  return [
    ['first search: requests, Prongsai / baseline', (run) => pair(String(pick(run).prongsai.search.requests), String(pick(run).baseline.search.requests))],
    ['first search: KB (gzip host), Prongsai / baseline', (run) => pair(kb(pick(run).prongsai.search.gzipBytes), kb(pick(run).baseline.search.gzipBytes))],
    [
      'then, after the first results: KB, Prongsai / baseline',
      (run) => pair(kb(pick(run).prongsai.afterResults.gzipBytes), kb(pick(run).baseline.afterResults.gzipBytes)),
    ],
    ['first results after Enter, CPU 4× (s), P / b', (run) => pair(pick(run).prongsai.seconds.toFixed(2), pick(run).baseline.seconds.toFixed(2))],
    ['later search, CPU 4× (s), P / b', (run) => pair(pick(run).prongsai.laterSeconds.toFixed(2), pick(run).baseline.laterSeconds.toFixed(2))],
    ['typed, no Enter: last key → results (s), P / b', (run) => pair(seconds(pick(run).prongsai.typedSeconds), seconds(pick(run).baseline.typedSeconds))],
    ['search page itself: requests, KB, Prongsai', (run) => `${pick(run).prongsai.page.requests}, ${kb(pick(run).prongsai.page.gzipBytes)}`],
  ];
}

/** Rows of label + one cell per column, aligned. */
export function formatTable<Run>(runs: readonly Run[], rows: readonly [string, (run: Run) => string][]): string {
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  const cells = rows.map(([label, cell]) => [label, ...runs.map(cell)] as const);
  const widths = runs.map((_, index) => Math.max(...cells.map((row) => row[index + 1]!.length)));
  return cells
    .map(([label, ...values]) => `${label.padEnd(labelWidth)}  ${values.map((value, index) => value.padStart(widths[index]!)).join('  ')}`)
    .join('\n');
}

/** Rows of label + one cell per count, aligned. */
export function formatFigures(runs: readonly CountFigures[]): string {
  const rows: [string, (run: CountFigures) => string][] = [
    ['documents', (run) => String(run.documents)],
    ['Prongsai build time (s)', (run) => run.prongsai.seconds.toFixed(1)],
    ['baseline time (s) (Astro + Pagefind CLI)', (run) => run.baseline.seconds.toFixed(1)],
    ['time ratio Prongsai / baseline', (run) => ratio(run.prongsai.seconds, run.baseline.seconds).toFixed(2)],
    ['Prongsai peak RSS (MB, process tree)', (run) => mb(run.prongsai.peakBytes)],
    ['baseline peak RSS (MB, process tree)', (run) => mb(run.baseline.peakBytes)],
    ['memory ratio Prongsai / baseline', (run) => ratio(run.prongsai.peakBytes, run.baseline.peakBytes).toFixed(2)],
    ['Prongsai pages (HTML)', (run) => String(run.prongsai.pages)],
    ['Prongsai pages / s', (run) => (run.prongsai.pages / run.prongsai.seconds).toFixed(0)],
    ['baseline pages / s', (run) => (run.baseline.pages / run.baseline.seconds).toFixed(0)],
    ['Prongsai s per 1k documents', (run) => ((run.prongsai.seconds * 1000) / run.documents).toFixed(1)],
    ['baseline s per 1k documents', (run) => ((run.baseline.seconds * 1000) / run.documents).toFixed(1)],
    ['Prongsai dist/ size (MB)', (run) => mb(run.prongsai.distBytes)],
    ['Prongsai search index (MB)', (run) => mb(run.prongsai.indexBytes)],
    ['baseline search index (MB)', (run) => mb(run.baseline.indexBytes)],
    ...searchRows((run: CountFigures) => run.search),
    ['document page: KB (gzip)', (run) => `${kb(run.documentPage.bytes)} (${kb(run.documentPage.gzipBytes)})`],
  ];
  return formatTable(runs, rows);
}

/** Whether the cost per document stays flat: the spread of seconds per 1k documents across counts. */
export function linearityLine(runs: readonly CountFigures[]): string {
  if (runs.length < 2) return '';
  const per = (build: BuildFigures, documents: number) => (build.seconds * 1000) / documents;
  const describe = (name: string, pick: (run: CountFigures) => BuildFigures) => {
    const values = runs.map((run) => per(pick(run), run.documents));
    return `${name} ${values.map((value) => value.toFixed(1)).join(' / ')} s per 1k (max/min ${(Math.max(...values) / Math.min(...values)).toFixed(2)})`;
  };
  const pages = runs.map((run) => run.documentPage.bytes);
  return `linearity: ${describe('Prongsai', (run) => run.prongsai)}; ${describe('baseline', (run) => run.baseline)}; document page ${pages.map((bytes) => `${bytes} B`).join(' / ')}`;
}
