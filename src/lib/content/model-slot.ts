/**
 * The process's one shared value: the validated content model. `npm run build` validates every file and puts the model
 * here before Astro renders the pages in the same process; under `astro dev` the first page loads it, and the prongsai
 * integration empties the slot whenever a file under the content folder changes, so the next page sees the edit. All
 * that is derived from a model (relations, evidence, attachment hashes, history) is memoised on the model object, so
 * this one rule invalidates everything.
 */
import type { ContentModel } from './model.ts';
import { processWide } from './process-wide.ts';

// Process-wide: the build script, Astro's integrations and Astro's bundled pages each load their own copy of this module.
const slot = processWide<Promise<ContentModel> | undefined>('content-model');

/** The build hands over the model it validated (or is validating: readers wait; a failed validation is the build's to report). */
export function shareValidatedModel(model: ContentModel | Promise<ContentModel>): void {
  const shared = Promise.resolve(model);
  shared.catch(() => undefined);
  slot.set(shared);
}

/** A content file changed: the next reader validates again. */
export function forgetContentModel(): void {
  slot.set(undefined);
}

/** The model in the slot, or the one `load` gives (kept until the content changes; a failed load is kept too, until then). */
export function contentModel(load: () => Promise<ContentModel>): Promise<ContentModel> {
  return slot.get() ?? (slot.set(load()) as Promise<ContentModel>);
}
