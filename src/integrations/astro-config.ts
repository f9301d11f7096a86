import type { AstroUserConfig } from 'astro';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { ProngsaiConfig } from '../config.ts';
import { siteUrlFromContent } from './site-url.ts';
import { prongsai } from './prongsai.ts';
import { searchIndex } from './search-index.ts';
import { renderedPages, type PageRendered } from './rendered-pages.ts';

/** The whole Astro configuration for a Prongsai configuration: astro.config.mjs and `npm run build` both use it (the build is told of each page rendered). */
export function astroConfigFor(config: ProngsaiConfig, { onPageRendered }: { onPageRendered?: PageRendered } = {}): AstroUserConfig {
  return {
    root: config.root,
    // The agency's address comes from content/site.yaml, so staff never edit code.
    site: siteUrlFromContent(config.root, config.contentDir),
    trailingSlash: 'always',
    build: { format: 'directory' },
    integrations: [prongsai(config), mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), searchIndex(config), ...(onPageRendered ? [renderedPages(onPageRendered)] : [])],
    devToolbar: { enabled: false },
  };
}
