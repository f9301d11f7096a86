import { defineCollection } from 'astro:content';
// Our schemas are zod 4 — the same zod that `astro/zod` re-exports (one deduplicated package).
import { markdownCollections, yamlCollections, singletonFiles } from './schemas/collections.ts';
import { markdownLoader, yamlLoader } from './integrations/content-loaders.ts';
import { contentDirFromEnv } from './integrations/content-dir.ts';

const contentDir = contentDirFromEnv();

// Documents, the collection that grows to thousands, are not here: `npm run build` validates them once and the pages
// render them from that model (src/data/content-model.ts), so Astro's content store stays small at any size.

export const collections = {
  site: defineCollection({ loader: yamlLoader(contentDir, { file: singletonFiles.site.file, id: 'site' }), schema: singletonFiles.site.schema }),
  documentTypes: defineCollection({
    loader: yamlLoader(contentDir, { file: singletonFiles.documentTypes.file, id: 'documentTypes' }),
    schema: singletonFiles.documentTypes.schema,
  }),
  oit: defineCollection({ loader: yamlLoader(contentDir, { dir: yamlCollections.oit.dir }), schema: yamlCollections.oit.schema }),
  scores: defineCollection({ loader: yamlLoader(contentDir, { dir: yamlCollections.scores.dir }), schema: yamlCollections.scores.schema }),
  measures: defineCollection({ loader: markdownLoader(contentDir, 'measures'), schema: markdownCollections.measures.schema }),
  declarations: defineCollection({ loader: markdownLoader(contentDir, 'declarations'), schema: markdownCollections.declarations.schema }),
  news: defineCollection({ loader: markdownLoader(contentDir, 'news'), schema: markdownCollections.news.schema }),
  qa: defineCollection({ loader: markdownLoader(contentDir, 'qa'), schema: markdownCollections.qa.schema }),
  pages: defineCollection({ loader: markdownLoader(contentDir, 'pages'), schema: markdownCollections.pages.schema }),
};
