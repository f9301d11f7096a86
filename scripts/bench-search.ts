/**
 * `npm run bench:search [-- --documents 1000]`: figures for the search index, printed, never asserted.
 *
 * - build and index time, peak memory (the process tree: Node and Pagefind's service) and index size, for the example
 *   site (content/) and for generated Thai documents (text from the seed report);
 * - bytes the browser fetches for a first search, in Chromium;
 * - recall and precision per query on the generated documents for three ways of indexing Thai with Pagefind 1.6:
 *   its defaults, Intl.Segmenter words searched as a phrase, and this site's index (search-text.ts, tile-search.ts).
 *
 * Peak memory is read from /proc (Linux). Everything is written under .prongsai/bench/.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { countingServer, firstQueryBytes, folderSize, kilobytes, megabytes, runMeasured } from './bench/measure.ts';
import { launchChromium } from './lib/browser.ts';
import { projectRoot } from './lib/fixture-site.ts';
import { createGeneratedSite } from './lib/thai-corpus.ts';
import {
  indexInfo,
  pagefindInTab,
  pagefindResultIds,
  pagesFoundByAll,
  queryQuality,
  resultUrls,
  searchablePages,
  type QueryQuality,
} from './lib/search-measure.ts';
import { queryTerms } from '../src/lib/search/search-text.ts';
import { findPages } from '../src/lib/search/tile-search.ts';

const { values } = parseArgs({ options: { documents: { type: 'string', default: '1000' } } });
const documentCount = Number(values.documents);
const benchDir = path.join(projectRoot, '.prongsai/bench');

async function measureSite(label: string, contentDir: string, outDir: string): Promise<void> {
  const build = await runMeasured(['scripts/build.ts', '--content', contentDir, '--out', outDir]);
  const distDir = path.join(projectRoot, outDir);
  const summary = build.stdout.split('\n').find((line) => line.includes('ดัชนีค้นหา')) ?? '';
  // Indexing again on its own, to see its time and memory apart from Astro's.
  const reindex = await runMeasured([
    '--input-type=module',
    '-e',
    `import * as pagefind from 'pagefind'; import { buildSearchIndex } from './src/lib/search/build-search-index.ts'; const report = await buildSearchIndex({ siteDir: ${JSON.stringify(distDir)}, pagefind }); console.log(JSON.stringify(report));`,
  ]);
  const report = JSON.parse(reindex.stdout.trim().split('\n').at(-1)!) as { pages: number; milliseconds: number; indexBytes: number };
  const index = await folderSize(path.join(distDir, 'pagefind'));
  const first = await firstQueryBytes(distDir, 'ของขวัญ');
  console.log(`\n## ${label}`);
  console.log(`build (validate + Astro + index): ${build.seconds.toFixed(1)} s, peak memory ${megabytes(build.peakBytes)}`);
  console.log(`  ${summary.trim()}`);
  console.log(
    `index alone: ${report.pages} pages in ${(report.milliseconds / 1000).toFixed(1)} s, peak memory ${megabytes(reindex.peakBytes)} (Node + Pagefind)`,
  );
  console.log(`index size: ${index.files} files, ${megabytes(index.bytes)}`);
  console.log(
    `first search in Chromium ("ของขวัญ", empty cache): ${first.requests} requests, ${kilobytes(first.bytes)} as sent here, ~${kilobytes(first.gzipBytes)} from a gzip-ing host, results after ${first.seconds.toFixed(1)} s`,
  );
}

/** The corpus indexed with Pagefind's defaults (as `npx pagefind` would) and with Intl.Segmenter words, for comparison. */
async function writeComparisonIndexes(distDir: string, pages: Map<string, string>): Promise<void> {
  const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
  const fail = (step: string, errors: string[]) => {
    if (errors.length > 0) throw new Error(`${step}: ${errors.join('; ')}`);
  };
  const defaults = await pagefind.createIndex();
  fail('default index', defaults.errors);
  fail('default addDirectory', (await defaults.index!.addDirectory({ path: distDir })).errors);
  fail('default write', (await defaults.index!.writeFiles({ outputPath: path.join(distDir, 'pagefind-default') })).errors);
  const words = await pagefind.createIndex();
  fail('words index', words.errors);
  for (const [url, text] of pages) {
    const content = [...segmenter.segment(text)]
      .filter((segment) => segment.isWordLike)
      .map((segment) => segment.segment)
      .join('\u200B');
    fail('words record', (await words.index!.addCustomRecord({ url, content, language: 'th', meta: { title: url } })).errors);
  }
  fail('words write', (await words.index!.writeFiles({ outputPath: path.join(distDir, 'pagefind-words') })).errors);
  await pagefind.close();
}

async function compareQuality(distDir: string): Promise<void> {
  const { queries } = JSON.parse(await readFile(path.join(projectRoot, 'tests/fixtures/search/recall-queries.json'), 'utf8')) as { queries: string[] };
  const pages = await searchablePages(distDir);
  await writeComparisonIndexes(distDir, pages);
  const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
  const words = (query: string) => [...segmenter.segment(query)].filter((segment) => segment.isWordLike).map((segment) => segment.segment);
  const server = await countingServer(distDir);
  const browser = await launchChromium();
  const variants: { name: string; folder: string; searches: string[][]; options: object }[] = [
    { name: 'Pagefind defaults', folder: 'pagefind-default', searches: queries.map((query) => [query]), options: {} },
    {
      name: 'Intl.Segmenter words, phrase',
      folder: 'pagefind-words',
      searches: queries.map((query) => [`"${words(query).join(' ')}"`]),
      options: { exactDiacritics: true },
    },
  ];
  const results: QueryQuality[][] = [];
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/search/`);
    for (const variant of variants) {
      const urls = await resultUrls(path.join(distDir, variant.folder));
      const found = await pagefindResultIds(page, `/${variant.folder}/pagefind.js`, variant.searches, variant.options);
      results.push(
        queries.map((query, index) => queryQuality(query, new Set([...pagesFoundByAll(found[index]!, urls)].filter((url) => pages.has(url))), pages)),
      );
    }
    // This site's index, searched as /search/ searches it.
    const tab = await browser.newPage();
    await tab.goto(`${server.origin}/search/`);
    const pagefind = await pagefindInTab(tab, '/pagefind/pagefind.js');
    const urls = await resultUrls(path.join(distDir, 'pagefind'));
    const { boundaries } = await indexInfo(path.join(distDir, 'pagefind'));
    const own: QueryQuality[] = [];
    for (const query of queries) {
      const found = await findPages(pagefind, queryTerms(query), boundaries);
      own.push(queryQuality(query, new Set(found.pages.map((entry) => urls.get(entry.result.id) ?? entry.result.id)), pages));
    }
    results.push(own);
    variants.push({ name: 'unit tiles (this site)', folder: 'pagefind', searches: [], options: {} });
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\n## Recall / precision per query on the ${pages.size} indexed pages (truth: the page's text contains the query)`);
  console.log(`${'query'.padEnd(26)} ${'contain'.padStart(7)}  ${variants.map((variant) => variant.name.padEnd(32)).join('')}`);
  queries.forEach((query, index) => {
    const cells = results.map((variant) =>
      `R ${variant[index]!.recall.toFixed(2)} P ${variant[index]!.precision.toFixed(2)} (${variant[index]!.returned})`.padEnd(32),
    );
    console.log(`${query.padEnd(26)} ${String(results[0]![index]!.contain).padStart(7)}  ${cells.join('')}`);
  });
  for (const [index, variant] of results.entries()) {
    const size = await folderSize(path.join(distDir, variants[index]!.folder));
    const worstRecall = Math.min(...variant.map((quality) => quality.recall));
    const worstPrecision = Math.min(...variant.map((quality) => quality.precision));
    const passing = variant.filter((quality) => quality.recall >= 0.95 && quality.precision >= 0.9).length;
    console.log(
      `${variants[index]!.name}: ${passing}/${variant.length} queries at recall ≥ 0.95 and precision ≥ 0.90; worst recall ${worstRecall.toFixed(3)}, worst precision ${worstPrecision.toFixed(3)}; index ${megabytes(size.bytes)} in ${size.files} files`,
    );
  }
}

await rm(benchDir, { recursive: true, force: true });
console.log(`# Search benchmark (Node ${process.version}, ${(await import('node:os')).availableParallelism()} cores)`);
await measureSite('Example site (content/)', 'content', '.prongsai/bench/example/dist');
const site = await createGeneratedSite('bench-generated', documentCount);
try {
  await measureSite(`${documentCount} generated Thai documents`, site.contentDirFromProject, '.prongsai/bench/generated/dist');
  await compareQuality(path.join(projectRoot, '.prongsai/bench/generated/dist'));
} finally {
  await site.remove();
}
