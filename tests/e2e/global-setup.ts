/**
 * Global setup of the `e2e` project: builds the example site (content/) once per run, serves it like a plain
 * static host, and hands the address, the output folder and the sitemap's pages to every e2e test file.
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { projectRoot } from '../helpers/fixture-site.ts';
import { runBuild } from '../helpers/run-build.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Local server's origin, e.g. http://127.0.0.1:41234 */
    origin: string;
    /** Absolute path of the built site */
    distDir: string;
    /** Origin of the site's public address (siteUrl in content/site.yaml), as the sitemap and feeds write it */
    siteOrigin: string;
    /** Every page the sitemap lists, as a local path ('/', '/about/', …), in sitemap order */
    sitemapPaths: string[];
  }
}

const outDir = '.prongsai/e2e/dist';

const locs = (xml: string) => [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => match[1]!.replaceAll('&amp;', '&'));

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`e2e setup: GET ${url} answered ${response.status}`);
  return response.text();
}

/** Follows sitemap-index.xml to its sitemaps, as a crawler would, and returns the pages as local paths. */
async function sitemapPaths(origin: string): Promise<{ siteOrigin: string; paths: string[] }> {
  const sitemaps = locs(await fetchText(`${origin}/sitemap-index.xml`));
  if (sitemaps.length === 0) throw new Error('e2e setup: sitemap-index.xml lists no sitemap');
  const pages: URL[] = [];
  for (const sitemap of sitemaps) {
    const url = new URL(sitemap);
    pages.push(...locs(await fetchText(`${origin}${url.pathname}`)).map((loc) => new URL(loc)));
  }
  if (pages.length === 0) throw new Error('e2e setup: the sitemap lists no page');
  const siteOrigin = pages[0]!.origin;
  const foreign = pages.filter((page) => page.origin !== siteOrigin);
  if (foreign.length > 0) throw new Error(`e2e setup: sitemap lists pages on another origin: ${foreign.map((page) => page.href).join(', ')}`);
  return { siteOrigin, paths: [...new Set(pages.map((page) => page.pathname))] };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const run = await runBuild('content', outDir);
  if (run.code !== 0) {
    throw new Error(`e2e setup: building the example site failed (exit code ${run.code})\n--- stdout ---\n${run.stdout}\n--- stderr ---\n${run.stderr}`);
  }
  const distDir = path.join(projectRoot, outDir);
  const server: StaticServer = await serveStatic(distDir);
  try {
    const { siteOrigin, paths } = await sitemapPaths(server.origin);
    project.provide('origin', server.origin);
    project.provide('distDir', distDir);
    project.provide('siteOrigin', siteOrigin);
    project.provide('sitemapPaths', paths);
    console.log(`e2e: built ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s; serving ${paths.length} sitemap pages at ${server.origin}`);
  } catch (error) {
    await server.close();
    throw error;
  }
  return () => server.close();
}
