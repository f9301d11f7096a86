import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getContentModel } from '../../data/content-model.ts';
import { projectRoot, contentDir } from '../../data/build-context.ts';
import { attachmentsOf, siteImagesOf } from '../../lib/attachments/published-attachments.ts';
import { wholeScanTexts } from '../../data/routes.ts';

/** Every attachment is copied to a stable URL that mirrors its place under content/. */
export const getStaticPaths = (async () => {
  const model = await getContentModel();
  const files = [...attachmentsOf(model, contentDir), ...siteImagesOf(model.site, contentDir)];
  const seen = new Set<string>();
  const copied = files
    .filter((file) => !seen.has(file.contentPath) && seen.add(file.contentPath))
    .map((file) => ({ params: { path: file.contentPath }, props: { projectPath: file.projectPath } as FileProps }));
  // A long scan's whole machine-read text, beside it (an entry cannot attach a .ocr.txt, so no name is taken twice).
  const texts = (await wholeScanTexts()).map((whole) => ({ params: { path: whole.contentPath }, props: { text: whole.text } as FileProps }));
  return [...copied, ...texts];
}) satisfies GetStaticPaths;

type FileProps = { projectPath: string; text?: undefined } | { projectPath?: undefined; text: string };

export const GET: APIRoute = async ({ props }) => {
  const file = props as FileProps;
  if (file.text !== undefined) return new Response(file.text);
  return new Response(await readFile(path.join(projectRoot, file.projectPath)));
};
