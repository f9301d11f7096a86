/**
 * Global setup of the `e2e` and `e2e-full` projects. It makes sure Chromium is there (installing Debian's package when
 * it may, failing in Thai and English when it cannot), starts a plain static server on the output folder, and builds,
 * in the background while the unit and integration tests run, the example site with the search fixtures and the
 * generated site of the search-recall test (the two builds overlap too). When both are built it writes what the e2e
 * files need (tests/e2e/site.ts reads it): the sitemap's pages and the pages the sweeps visit — under `e2e`, one per
 * route pattern and page variant (scripts/lib/route-sample.ts); under `e2e-full` (`npm run test:full`), every page.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../../scripts/lib/browser.ts';
import { buildExampleWithSearchFixtures } from '../helpers/example-with-search-fixtures.ts';
import { buildGeneratedSearchSite, removeGeneratedSearchSite } from '../helpers/generated-search-site.ts';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';
import { describeSample, pageFilesIn, routePatterns, sampleRoutes } from '../../scripts/lib/route-sample.ts';
import { fetchText, sitemapPaths } from '../../scripts/lib/sitemap.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { bangkokIsoDate } from '../../src/lib/calendar/thai-date.ts';
import { buildMarkerOfHtml } from '../../src/lib/verify/build-marker.ts';
import type { E2eSite } from './site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Local server's origin, e.g. http://127.0.0.1:41234 (it answers once the site is built: await e2eSite() first) */
    origin: string;
    /** Where the setup writes the built site's description, or why it could not build it */
    e2eSiteFile: string;
  }
}

/** Readers never see half a file: written beside it, then renamed over it. */
async function writeAtOnce(file: string, text: string): Promise<void> {
  await writeFile(`${file}.partial`, text);
  await rename(`${file}.partial`, file);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  ensureChromium();
  const fullSweep = project.name === 'e2e-full';
  const siteFile = path.join(projectRoot, `.prongsai/${project.name}/site.json`);
  await mkdir(path.dirname(siteFile), { recursive: true });
  await rm(siteFile, { force: true });
  const outDir = `.prongsai/${project.name}/dist`;
  const server = await serveStatic(path.join(projectRoot, outDir));
  project.provide('origin', server.origin);
  project.provide('e2eSiteFile', siteFile);

  let generatedSearchDistDir: string | undefined;
  const preparing = (async () => {
    const started = Date.now();
    const startedOn = bangkokIsoDate(new Date(started));
    const [{ siteRoot, distDir }, generated] = await Promise.all([
      buildExampleWithSearchFixtures(project.name, outDir),
      buildGeneratedSearchSite(`${project.name}-search-recall`),
    ]);
    generatedSearchDistDir = generated;
    const { siteOrigin, paths } = await sitemapPaths(server.origin);
    const pages = [];
    for (const pagePath of paths) pages.push({ path: pagePath, html: await fetchText(`${server.origin}${pagePath}`) });
    const builtOn = buildMarkerOfHtml(pages.find((page) => page.path === '/')?.html ?? '')?.asOf;
    if (!builtOn) throw new Error('the built home page carries no build marker (as-of date)');
    const sample = sampleRoutes(pages, routePatterns(await pageFilesIn(path.join(projectRoot, 'src/pages'))));
    const site: E2eSite = {
      distDir,
      siteRoot,
      siteOrigin,
      sitemapPaths: paths,
      sweepPaths: fullSweep ? paths : sample.pages.map((page) => page.path),
      fullSweep,
      unroutedPaths: sample.unmatched,
      generatedSearchDistDir: generated,
      builtOn,
      buildDays: { from: startedOn, to: bangkokIsoDate(new Date()) },
    };
    console.log(
      `${project.name}: built ${outDir} and the generated search site in ${((Date.now() - started) / 1000).toFixed(1)} s; serving ${paths.length} sitemap pages at ${server.origin}\n` +
        (fullSweep
          ? 'the sweeps visit every sitemap page'
          : `the sweeps visit ${sample.pages.length} pages, one per route pattern and variant (npm run test:full visits all ${paths.length}):\n${describeSample(sample)}\n` +
            `page files without a page in this site: ${sample.withoutPages.join(', ') || 'none'}`),
    );
    await writeAtOnce(siteFile, JSON.stringify(site));
  })().catch((error: unknown) => writeAtOnce(siteFile, JSON.stringify({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) })));

  return async () => {
    await preparing;
    await server.close();
    if (generatedSearchDistDir) await removeGeneratedSearchSite(generatedSearchDistDir);
  };
}
