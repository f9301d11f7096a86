/**
 * Global setup of the `e2e` and `e2e-full` projects: makes sure Chromium is there (installing Debian's package when it
 * may, failing in Thai and English when it cannot), builds the example site with the search fixtures once per run (and,
 * at the same time, the generated site of the search-recall test: two builds overlap on two cores), serves it like a plain static host, and hands every e2e file the address, the output folder, the sitemap's pages and
 * the pages the sweeps visit: under `e2e`, one per route pattern and page variant (tests/helpers/route-sample.ts);
 * under `e2e-full` (`npm run test:full`), every page of the sitemap.
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from '../helpers/browser.ts';
import { buildExampleWithSearchFixtures } from '../helpers/example-with-search-fixtures.ts';
import { buildGeneratedSearchSite, removeGeneratedSearchSite } from '../helpers/generated-search-site.ts';
import { projectRoot } from '../helpers/fixture-site.ts';
import { describeSample, pageFilesIn, routePatterns, sampleRoutes } from '../helpers/route-sample.ts';
import { fetchText, sitemapPaths } from '../helpers/sitemap.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Local server's origin, e.g. http://127.0.0.1:41234 */
    origin: string;
    /** Absolute path of the built site */
    distDir: string;
    /** Folder holding the built site's content/ (load the model from it) */
    siteRoot: string;
    /** Origin of the site's public address (siteUrl in content/site.yaml), as the sitemap and feeds write it */
    siteOrigin: string;
    /** Every page the sitemap lists, as a local path ('/', '/about/', …), in sitemap order */
    sitemapPaths: string[];
    /** The pages the per-page sweeps visit: a sample of sitemapPaths, or all of them under e2e-full */
    sweepPaths: string[];
    /** True under e2e-full: the sweeps visit every page */
    fullSweep: boolean;
    /** Sitemap pages no page file of src/pages matches (must be none) */
    unroutedPaths: string[];
    /** Absolute path of the built generated site of search-recall.test.ts */
    generatedSearchDistDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  ensureChromium();
  const fullSweep = project.name === 'e2e-full';
  const [{ siteRoot, distDir }, generatedSearchDistDir] = await Promise.all([
    buildExampleWithSearchFixtures(project.name, `.prongsai/${project.name}/dist`),
    buildGeneratedSearchSite(`${project.name}-search-recall`),
  ]);
  project.provide('generatedSearchDistDir', generatedSearchDistDir);
  const server: StaticServer = await serveStatic(distDir);
  try {
    const { siteOrigin, paths } = await sitemapPaths(server.origin);
    const pages = [];
    for (const pagePath of paths) pages.push({ path: pagePath, html: await fetchText(`${server.origin}${pagePath}`) });
    const sample = sampleRoutes(pages, routePatterns(await pageFilesIn(path.join(projectRoot, 'src/pages'))));
    project.provide('origin', server.origin);
    project.provide('distDir', distDir);
    project.provide('siteRoot', siteRoot);
    project.provide('siteOrigin', siteOrigin);
    project.provide('sitemapPaths', paths);
    project.provide('fullSweep', fullSweep);
    project.provide('sweepPaths', fullSweep ? paths : sample.pages.map((page) => page.path));
    project.provide('unroutedPaths', sample.unmatched);
    console.log(
      `${project.name}: built ${path.relative(projectRoot, distDir)} in ${((Date.now() - started) / 1000).toFixed(1)} s; serving ${paths.length} sitemap pages at ${server.origin}\n` +
        (fullSweep
          ? 'the sweeps visit every sitemap page'
          : `the sweeps visit ${sample.pages.length} pages, one per route pattern and variant (npm run test:full visits all ${paths.length}):\n${describeSample(sample)}\n` +
            `page files without a page in this site: ${sample.withoutPages.join(', ') || 'none'}`),
    );
  } catch (error) {
    await server.close();
    throw error;
  }
  return async () => {
    await server.close();
    await removeGeneratedSearchSite(generatedSearchDistDir);
  };
}
