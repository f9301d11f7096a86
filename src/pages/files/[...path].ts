import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getContentModel } from '../../data/content-model.ts';
import { projectRoot, contentDir } from '../../data/build-context.ts';
import { attachmentsOf, siteImagesOf } from '../../lib/attachments/published-attachments.ts';
import { fileRoutes, type FileRouteProps } from '../../lib/routes/files.ts';
import { wholeScanTexts } from '../../data/routes.ts';

/** Every attachment is copied to a stable URL that mirrors its place under content/. */
export const getStaticPaths = (async () => {
  const model = await getContentModel();
  // A long scan's whole machine-read text is published beside it (an entry cannot attach a .ocr.txt, so no name is taken twice).
  return fileRoutes([...attachmentsOf(model, contentDir), ...siteImagesOf(model.site, contentDir)], await wholeScanTexts());
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const file = props as FileRouteProps;
  if (file.text !== undefined) return new Response(file.text);
  return new Response(await readFile(path.join(projectRoot, file.projectPath)));
};
