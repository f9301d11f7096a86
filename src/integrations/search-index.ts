import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import type { ProngsaiConfig } from '../config.ts';
import { buildSearchIndex, type PagefindApi } from '../lib/search/build-search-index.ts';
import { attachmentWarnings, indexSummary } from '../lib/search/index-report.ts';
import { extractPdfText } from '../lib/pdf/pdf-text.ts';
import { machineReadSitePaths } from '../lib/ocr/scan-text-file.ts';
import path from 'node:path';

/**
 * With a plain `astro build`: after the site is built, indexes it for /search/ with Pagefind's Node API. An indexing error fails the build (the
 * staged site is then discarded and the previous dist/ stays); PDFs that cannot be searched are reported as warnings. `npm run build` indexes
 * in its own process while Astro renders, each page as it is written (scripts/build.ts, src/integrations/rendered-pages.ts), so it turns
 * this off.
 */
export function searchIndex(config: ProngsaiConfig, { pagefindApi = pagefind }: { pagefindApi?: PagefindApi } = {}): AstroIntegration {
  return {
    name: 'prongsai-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!config.indexInAstroBuild) return;
        const report = await buildSearchIndex({
          siteDir: fileURLToPath(dir),
          pagefind: pagefindApi,
          readPdf: (bytes) => extractPdfText(bytes, { cacheDir: config.pdfTextCacheDir }),
        });
        const machineRead = await machineReadSitePaths(path.join(config.root, config.contentDir));
        for (const warning of attachmentWarnings(report, machineRead)) logger.warn(warning);
        // The build runs Astro at warn level; this line belongs with the build script's own ✓ lines.
        console.log(indexSummary(report, machineRead));
      },
    },
  };
}
