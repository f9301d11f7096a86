import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getContentModel } from '../../data/content-model.ts';
import { projectRoot, contentDir } from '../../data/build-context.ts';
import { attachmentsOf, siteImagesOf } from '../../lib/attachments/published-attachments.ts';

/** Every attachment is copied to a stable URL that mirrors its place under content/. */
export const getStaticPaths = (async () => {
  const model = await getContentModel();
  const files = [...attachmentsOf(model, contentDir), ...siteImagesOf(model.site, contentDir)];
  const seen = new Set<string>();
  return files
    .filter((file) => !seen.has(file.contentPath) && seen.add(file.contentPath))
    .map((file) => ({ params: { path: file.contentPath }, props: { projectPath: file.projectPath } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const bytes = await readFile(path.join(projectRoot, props.projectPath as string));
  return new Response(bytes);
};
