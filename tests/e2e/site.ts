/**
 * The site every e2e file tests, as tests/e2e/global-setup.ts describes it once it is built (the build runs in the
 * background while the unit and integration tests run). `await e2eSite()` waits for it, or fails with the build's error.
 */
import { inject } from 'vitest';
import { readFile } from 'node:fs/promises';

export interface E2eSite {
  /** Absolute path of the built site */
  distDir: string;
  /** Folder holding the built site's content/ (load the model from it) */
  siteRoot: string;
  /** Origin of the site's public address (siteUrl in site.yaml), as the sitemap and feeds write it */
  siteOrigin: string;
  /** Every page the sitemap lists, as a local path ('/', '/about/', …), in sitemap order */
  sitemapPaths: string[];
  /** The pages the per-page sweeps visit: one per route pattern and page variant, or every page under e2e-full */
  sweepPaths: string[];
  /** True under e2e-full (`npm run test:full`) */
  fullSweep: boolean;
  /** Sitemap pages no page file of src/pages matches (must be none) */
  unroutedPaths: string[];
  /** Absolute path of the built generated site of search-recall.test.ts */
  generatedSearchDistDir: string;
  /** The Bangkok day the build assessed the site on (its pages' build marker): a build may end after midnight, so tests use this, not today */
  builtOn: string;
  /** Bangkok days from the setup's start to the build's end (builtOn must lie within them) */
  buildDays: { from: string; to: string };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function e2eSite(): Promise<E2eSite> {
  const file = inject('e2eSiteFile');
  const deadline = Date.now() + 20 * 60_000;
  for (;;) {
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (text !== undefined) {
      const written = JSON.parse(text) as E2eSite | { error: string };
      if ('error' in written) throw new Error(`e2e setup: building the test sites failed\n${written.error}`);
      return written;
    }
    if (Date.now() > deadline) throw new Error(`e2e setup: the test sites were not built after 20 minutes (${file} missing)`);
    await pause(250);
  }
}
