import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { buildSearchIndex, type PagefindApi } from '../lib/search/build-search-index.ts';
import { attachmentWarnings, indexSummary } from '../lib/search/index-report.ts';

/**
 * After the site is built, indexes it for /search/ with Pagefind's Node API. An indexing error fails the build (the
 * staged site is then discarded and the previous dist/ stays); PDFs that cannot be searched are reported as warnings.
 */
export function searchIndex({ pagefindApi = pagefind }: { pagefindApi?: PagefindApi } = {}): AstroIntegration {
  return {
    name: 'prongsai-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = await buildSearchIndex({ siteDir: fileURLToPath(dir), pagefind: pagefindApi });
        for (const warning of attachmentWarnings(report)) logger.warn(warning);
        // The build runs Astro at warn level; this line belongs with the build script's own ✓ lines.
        console.log(indexSummary(report));
      },
    },
  };
}
