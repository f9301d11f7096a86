import type { ContentModel } from '../lib/content/validate-content.ts';
import { loadAndValidateContent } from '../lib/content/load-content.ts';
import { formatProblems } from '../lib/content/format-problems.ts';
import { inPageOrder, sharedValidatedModel } from '../lib/content/shared-model.ts';
import { contentDirFromEnv } from '../integrations/content-dir.ts';

/**
 * The content model the pages render: the one `npm run build` validated (the same schemas as `npm run check`, so the
 * same data), or, when Astro runs on its own (`astro dev`), read and validated here.
 */
let cached: Promise<ContentModel> | undefined;

export function getContentModel(): Promise<ContentModel> {
  const shared = sharedValidatedModel();
  // The dev server must see edits; a build reads the content once. (Not DEV alone: a build run with NODE_ENV=test is DEV too.)
  if (!cached || (import.meta.env.DEV && !shared)) cached = shared ? Promise.resolve(inPageOrder(shared)) : loadModel();
  return cached;
}

async function loadModel(): Promise<ContentModel> {
  const { model, problems } = await loadAndValidateContent(process.cwd(), contentDirFromEnv());
  if (!model) throw new Error(`ข้อมูลใน content/ ไม่ถูกต้อง (content is invalid):\n${formatProblems(problems)}`);
  return inPageOrder(model);
}
