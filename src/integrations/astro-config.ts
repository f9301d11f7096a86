import type { AstroUserConfig } from 'astro';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { ProngsaiConfig } from '../config.ts';
import { siteUrlFromContent } from './site-url.ts';
import { folderPagePaths } from './folder-pages.ts';
import { prongsai } from './prongsai.ts';
import { searchIndex } from './search-index.ts';
import { renderedPages, type PageRendered } from './rendered-pages.ts';

/** The whole Astro configuration for a Prongsai configuration: astro.config.mjs and `npm run build` both use it (the build is told of each page rendered). */
export function astroConfigFor(config: ProngsaiConfig, { onPageRendered }: { onPageRendered?: PageRendered } = {}): AstroUserConfig {
  const folderPages = folderPagePaths(config.root, config.contentDir);
  const inSitemap = (page: string) => !page.endsWith('/404/') && !folderPages.has(decodeURI(new URL(page).pathname));
  return {
    root: config.root,
    // The agency's address comes from content/site.yaml, so staff never edit code.
    site: siteUrlFromContent(config.root, config.contentDir),
    trailingSlash: 'always',
    // Four pages at a time: each page waits on its file and on the search index's channel, and one at a time left the
    // site step idle a third of its run (10,000 documents: 42 → 38 s, the same files).
    build: { format: 'directory', concurrency: 4 },
    integrations: [prongsai(config), mdx(), sitemap({ filter: inSitemap }), searchIndex(config), ...(onPageRendered ? [renderedPages(onPageRendered)] : [])],
    devToolbar: { enabled: false },
    // Scripts stay files however small (Astro would inline a small one): the pages' policy allows no inline script.
    vite: { build: { assetsInlineLimit: (file: string) => (/\.m?js$/.test(file) ? false : undefined) } },
  };
}
