import type { APIRoute, GetStaticPaths } from 'astro';
import { getContentModel } from '../../data/content-model.ts';
import { allDatasets, datasetJson } from '../../lib/exports/datasets.ts';

export const getStaticPaths = (async () => {
  const model = await getContentModel();
  return allDatasets(model).map((dataset) => ({ params: { dataset: dataset.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const dataset = allDatasets(await getContentModel()).find((candidate) => candidate.id === params.dataset)!;
  return new Response(JSON.stringify(datasetJson(dataset), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
