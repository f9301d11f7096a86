import { getCollection, getEntry, type CollectionKey } from 'astro:content';
import type { ContentModel, Entry } from '../lib/content/validate-content.ts';

/** The content model from Astro's collections: the same schemas as `npm run check`, so the same data. */
async function entriesOf<T>(collection: CollectionKey): Promise<Entry<T>[]> {
  const entries = await getCollection(collection);
  return entries
    .map((entry) => ({ id: entry.id, file: entry.filePath ?? '', data: entry.data as T, body: entry.body ?? '' }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

let cached: Promise<ContentModel> | undefined;

export function getContentModel(): Promise<ContentModel> {
  // The dev server must see edits; a build reads the content once.
  if (!cached || import.meta.env.DEV) cached = loadModel();
  return cached;
}

async function loadModel(): Promise<ContentModel> {
  const site = await getEntry('site', 'site');
  const documentTypes = await getEntry('documentTypes', 'documentTypes');
  if (!site || !documentTypes) throw new Error('content/site.yaml or content/document-types.yaml is missing');
  const byYear = <T extends { year: number }>(entries: Entry<T>[]) => entries.sort((a, b) => a.data.year - b.data.year);
  return {
    site: site.data,
    documentTypes: documentTypes.data.types,
    catalogues: byYear(await entriesOf('oit')),
    scores: byYear(await entriesOf('scores')),
    documents: await entriesOf('documents'),
    measures: await entriesOf('measures'),
    declarations: await entriesOf('declarations'),
    news: await entriesOf('news'),
    qa: await entriesOf('qa'),
    pages: await entriesOf('pages'),
  };
}
