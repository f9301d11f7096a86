/**
 * What the pages render from: the validated content model (the one `npm run build` validated, or under `astro dev` the
 * one validated since the last change) and what is derived from it, memoised on the model so an edit invalidates all.
 */
import { config } from 'virtual:prongsai/config';
import type { ContentModel } from '../lib/content/model.ts';
import { contentModel } from '../lib/content/model-slot.ts';
import { loadAndValidateContent } from '../lib/content/load-content.ts';
import { formatProblems } from '../lib/content/format-problems.ts';
import { devProblemWords } from '../i18n/terminal.ts';

export { config };

export function getContentModel(): Promise<ContentModel> {
  return contentModel(loadModel);
}

async function loadModel(): Promise<ContentModel> {
  const { model, problems } = await loadAndValidateContent(config.root, config.contentDir, { pdfTextCacheDir: config.pdfTextCacheDir });
  if (model) return model;
  const error = new Error(devProblemWords.error(config.contentDir, formatProblems(problems, { noted: 'summary' })));
  // Staff read the list, not where in our code it was noticed.
  error.stack = error.message;
  throw error;
}

const derived = new WeakMap<ContentModel, Map<string, unknown>>();

/** A value computed once per model and key: dropped with the model when content changes. */
export function derivedFrom<Value>(model: ContentModel, key: string, compute: () => Value): Value {
  let values = derived.get(model);
  if (!values) derived.set(model, (values = new Map()));
  if (!values.has(key)) values.set(key, compute());
  return values.get(key) as Value;
}
