/**
 * `npm run bench [-- --docs 10000]` (or `--docs 1000,5000,10000`): builds a generated agency site of that many Thai
 * documents with the full Prongsai build (validation, every page, search index) and, for the same Markdown, a bare
 * Astro project followed by the Pagefind CLI (the baseline); prints time, peak memory of the process tree, pages per
 * second, dist/ and index size, one document page's size, and Prongsai / baseline ratios — ratios are what to compare,
 * machines are noisy. Beside the build figures, a citizen's first search (scripts/bench/first-search.ts): requests and
 * bytes, and Enter → first result with Chromium's CPU throttled 4×, on Prongsai's /search/ and on Pagefind's defaults
 * over the baseline's pages; the same first for the example site (content/), against Pagefind's defaults over its own
 * pages. `--scanned 0.1` also attaches a scan to one document in ten, its machine-read text committed beside it (no OCR
 * runs; `--without-scan-text` leaves the texts out, as before `npm run ocr`). Not part of CI; everything is written
 * under .prongsai/bench/.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { folderSize, megabytes, combineRuns, runMeasured, type Run } from './bench/measure.ts';
import { baselineSearchPage, measureSearch, prongsaiSearchPage, queryCosts, writeBaselineSearchPage } from './bench/first-search.ts';
import { baselineCommand, writeBaselineProject } from './bench/baseline.ts';
import { projectRoot } from './lib/fixture-site.ts';
import { writeBenchSite } from './bench/lib/bench-site.ts';
import { formatFigures, formatTable, linearityLine, ratio, searchRows, type BuildFigures, type CountFigures, type SearchFigures } from './bench/lib/report.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    /** Skip the baseline (e.g. when profiling Prongsai alone) */
    'no-baseline': { type: 'boolean', default: false },
    /** Keep the generated sites and outputs afterwards */
    keep: { type: 'boolean', default: false },
    /** Skip the example site's search figures */
    'no-example': { type: 'boolean', default: false },
    /** Builds of each kind per count, alternating Prongsai and baseline; the figures take the median time (machines are noisy) */
    builds: { type: 'string', default: '1' },
    /** Share of documents that also carry a scan with its machine-read text committed beside it (no OCR runs), e.g. 0.1 */
    scanned: { type: 'string', default: '0' },
    /** The scans without their machine-read text (as before `npm run ocr`) */
    'without-scan-text': { type: 'boolean', default: false },
    /** Procurement rows over ten fiscal years (12000: a hundred a month), e.g. to measure what they add to a build */
    'procurement-rows': { type: 'string', default: '0' },
  },
});
const counts = values.docs.split(',').map((value) => Number(value.trim()));
if (counts.some((count) => !Number.isInteger(count) || count < 1))
  throw new Error(`--docs takes positive whole numbers, e.g. 1000 or 1000,5000,10000 (got ${values.docs})`);
const seed = Number(values.seed);
const builds = Number(values.builds);
const scanned = Number(values.scanned);
if (!(scanned >= 0 && scanned <= 1)) throw new Error(`--scanned takes a share between 0 and 1, e.g. 0.1 (got ${values.scanned})`);
if (!Number.isInteger(builds) || builds < 1) throw new Error(`--builds takes a positive whole number (got ${values.builds})`);
const benchDir = path.join(projectRoot, '.prongsai/bench');
const firstQuery = 'ของขวัญ';
const laterQuery = 'ร้องเรียน';
const searchOptions = { query: firstQuery, laterQuery, throttle: 4 };
/** Each the first search of a fresh visit: one word, two words, a short form (falls back to its words), a slip (a suggested spelling) */
const costQueries = [firstQuery, 'ร้องเรียน ทุจริต', 'แผนจัดซื้อ', 'ของขวน'];

/** What each of costQueries fetched, against the one-word query. */
async function describeQueryCosts(distDir: string): Promise<string> {
  const costs = await queryCosts(distDir, costQueries);
  const oneWord = costs[0]!.gzipBytes;
  return `each query as a fresh visit's first search (Prongsai):\n${costs
    .map(
      (cost) =>
        `  ${JSON.stringify(cost.query).padEnd(22)} ${String(cost.requests).padStart(3)} requests, ${(cost.gzipBytes / 1024).toFixed(1).padStart(6)} KB (${(cost.gzipBytes / oneWord).toFixed(2)}× one word) — ${cost.said}`,
    )
    .join('\n')}`;
}
// Reading /proc for a whole process tree every 20 ms would itself cost a core share on a 2-core machine.
const sampleMs = 150;

async function htmlPages(distDir: string): Promise<number> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html') && !path.relative(distDir, entry.parentPath).startsWith('pagefind')).length;
}

async function figuresOf(seconds: number, peakBytes: number, distDir: string): Promise<BuildFigures> {
  const [pages, dist, index] = await Promise.all([htmlPages(distDir), folderSize(distDir), folderSize(path.join(distDir, 'pagefind'))]);
  return { seconds, peakBytes, pages, distBytes: dist.bytes, indexBytes: index.bytes };
}

async function benchCount(count: number): Promise<CountFigures> {
  const siteDir = path.join(benchDir, `site-${count}`);
  console.log(`\n## ${count} documents`);
  const site = await writeBenchSite(projectRoot, siteDir, count, {
    seed,
    scanned,
    scanText: !values['without-scan-text'],
    procurementRows: Number(values['procurement-rows']),
  });
  const contentDir = path.relative(projectRoot, site.contentDir);
  const outDir = path.relative(projectRoot, path.join(siteDir, 'dist'));
  const withAttachments = site.documents.filter((document) => document.attachment).length;
  const withScans = site.documents.filter((document) => document.scan).length;
  const scanNote = withScans > 0 ? `, ${withScans} with a scan${values['without-scan-text'] ? ' not yet read' : ' and its machine-read text'}` : '';
  console.log(`generated ${count} documents (${withAttachments} with a PDF${scanNote}) in ${path.relative(projectRoot, siteDir)}/`);

  // Prongsai and the baseline take turns, so a machine slowing down or speeding up weighs on both alike.
  const prongsaiRuns: Run[] = [];
  const baselineRuns: Run[] = [];
  const baselineDir = path.join(benchDir, 'baseline');
  if (!values['no-baseline']) await writeBaselineProject(projectRoot, baselineDir, path.join(site.contentDir, 'documents'));
  const cacheKey = `${contentDir}-${outDir}`.replace(/[^a-z0-9]+/gi, '-');
  for (let round = 1; round <= builds; round += 1) {
    // A cold build each time: no Astro data store left from an earlier run of the same count.
    await rm(path.join(projectRoot, '.prongsai', `cache-${cacheKey}`), { recursive: true, force: true });
    const build = await runMeasured(['scripts/build.ts', '--content', contentDir, '--out', outDir], { sampleMs });
    prongsaiRuns.push(build);
    const indexLine = build.stdout
      .split('\n')
      .find((line) => line.includes('ดัชนีค้นหา'))
      ?.trim();
    let line = `Prongsai: ${build.seconds.toFixed(1)} s, peak ${megabytes(build.peakBytes)}${round === 1 && indexLine ? `\n  ${indexLine}` : ''}`;
    if (!values['no-baseline']) {
      const run = await runMeasured(['-c', baselineCommand], { cwd: baselineDir, sampleMs, env: { ASTRO_TELEMETRY_DISABLED: '1' } }, 'sh');
      baselineRuns.push(run);
      line += `\n  baseline: ${run.seconds.toFixed(1)} s, peak ${megabytes(run.peakBytes)} (ratio ${ratio(build.seconds, run.seconds).toFixed(2)})`;
    }
    console.log(builds > 1 ? `build ${round}/${builds}: ${line}` : line);
  }
  const distDir = path.join(projectRoot, outDir);
  const prongsaiCombined = combineRuns(prongsaiRuns);
  const prongsai = await figuresOf(prongsaiCombined.seconds, prongsaiCombined.peakBytes, distDir);

  let baseline: BuildFigures = { seconds: Number.NaN, peakBytes: Number.NaN, pages: 0, distBytes: 0, indexBytes: 0 };
  const noSearch: SearchFigures = {
    page: { requests: 0, gzipBytes: 0 },
    search: { requests: 0, gzipBytes: 0 },
    afterResults: { requests: 0, gzipBytes: 0 },
    seconds: Number.NaN,
    laterSeconds: Number.NaN,
    typedSeconds: Number.NaN,
  };
  let baselineSearch = noSearch;
  if (!values['no-baseline']) {
    const baselineCombined = combineRuns(baselineRuns);
    baseline = await figuresOf(baselineCombined.seconds, baselineCombined.peakBytes, path.join(baselineDir, 'dist'));
    console.log(
      `${builds > 1 ? `median of ${builds} builds: ` : ''}Prongsai ${prongsai.seconds.toFixed(1)} s, ${prongsai.pages} pages; baseline ${baseline.seconds.toFixed(1)} s, ${baseline.pages} pages`,
    );
    console.log(
      `ratio Prongsai / baseline: time ${ratio(prongsai.seconds, baseline.seconds).toFixed(2)}, memory ${ratio(prongsai.peakBytes, baseline.peakBytes).toFixed(2)}`,
    );
    await writeBaselineSearchPage(path.join(baselineDir, 'dist'));
    baselineSearch = await measureSearch(path.join(baselineDir, 'dist'), baselineSearchPage, searchOptions);
  }

  const prongsaiSearch = await measureSearch(distDir, prongsaiSearchPage, searchOptions);
  console.log(describeSearch(prongsaiSearch, baselineSearch));
  console.log(await describeQueryCosts(distDir));
  const sample = site.documents[0]!;
  const pageHtml = await readFile(path.join(distDir, 'documents', sample.file.replace(/\.md$/, ''), 'index.html'));
  const figures: CountFigures = {
    documents: count,
    prongsai,
    baseline,
    search: { prongsai: prongsaiSearch, baseline: baselineSearch },
    documentPage: { bytes: pageHtml.length, gzipBytes: gzipSync(pageHtml).length },
  };
  if (!values.keep) {
    await rm(siteDir, { recursive: true, force: true });
    await rm(path.join(projectRoot, '.prongsai', `cache-${cacheKey}`), { recursive: true, force: true });
  }
  return figures;
}

function describeSearch(prongsai: SearchFigures, baseline: SearchFigures): string {
  const line = (name: string, figures: SearchFigures) =>
    `${name}: ${figures.search.requests} requests, ${(figures.search.gzipBytes / 1024).toFixed(1)} KB${figures.afterResults.requests > 0 ? ` (then ${figures.afterResults.requests} requests, ${(figures.afterResults.gzipBytes / 1024).toFixed(1)} KB after the first results)` : ''}, results ${figures.seconds.toFixed(2)} s after Enter (later query ${figures.laterSeconds.toFixed(2)} s; typed without Enter: ${Number.isNaN(figures.typedSeconds) ? 'no results' : `${figures.typedSeconds.toFixed(2)} s after the last key`})`;
  return `first search "${firstQuery}" (CPU 4×):\n  ${line('Prongsai', prongsai)}\n  ${line('baseline', baseline)}`;
}

/** The example site (content/) built as a site is, and Pagefind's defaults (its CLI) over the same built pages. */
async function benchExample(): Promise<{ prongsai: SearchFigures; baseline: SearchFigures }> {
  console.log('\n## Example site (content/)');
  const outDir = '.prongsai/bench/example/dist';
  await runMeasured(['scripts/build.ts', '--content', 'content', '--out', outDir], { sampleMs });
  const distDir = path.join(projectRoot, outDir);
  await runMeasured(['-c', `node_modules/.bin/pagefind --site ${JSON.stringify(outDir)} --output-subdir bench-pagefind --quiet`], { sampleMs }, 'sh');
  await writeBaselineSearchPage(distDir, '/bench-pagefind/');
  const figures = {
    prongsai: await measureSearch(distDir, prongsaiSearchPage, searchOptions),
    baseline: await measureSearch(distDir, baselineSearchPage, searchOptions),
  };
  console.log(describeSearch(figures.prongsai, figures.baseline));
  console.log(await describeQueryCosts(distDir));
  if (!values.keep) await rm(path.dirname(distDir), { recursive: true, force: true });
  return figures;
}

console.log(`# Prongsai build benchmark (Node ${process.version}, ${availableParallelism()} cores, ${megabytes(totalmem())} RAM; seed ${seed})`);
const example = values['no-example'] ? undefined : await benchExample();
const runs: CountFigures[] = [];
for (const count of counts) runs.push(await benchCount(count));
if (example) {
  console.log(`\n## Example site: first search "${firstQuery}" (then "${laterQuery}") in Chromium, empty cache, CPU throttled 4×, no network delay\n`);
  console.log(
    formatTable(
      [example],
      searchRows((figures: typeof example) => figures),
    ),
  );
}
console.log(`\n## Figures (first search: "${firstQuery}", then "${laterQuery}", in Chromium, empty cache, CPU throttled 4×, no network delay)\n`);
console.log(formatFigures(runs));
const linearity = linearityLine(runs);
if (linearity) console.log(`\n${linearity}`);
if (!values.keep) await rm(path.join(benchDir, 'baseline'), { recursive: true, force: true });
