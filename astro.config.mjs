// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { siteUrlFromContent } from './src/integrations/site-url.ts';
import { contentDirFromEnv } from './src/integrations/content-dir.ts';
import { prongsai } from './src/integrations/prongsai.ts';
import { searchIndex } from './src/integrations/search-index.ts';

// The agency's address comes from content/site.yaml, so staff never edit this file.
export default defineConfig({
  site: siteUrlFromContent(new URL('.', import.meta.url), contentDirFromEnv()),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [prongsai(), mdx(), sitemap({ filter: (page) => !page.endsWith('/404/') }), searchIndex()],
  devToolbar: { enabled: false },
});
