import type { APIRoute, GetStaticPaths } from 'astro';
import { getContentModel } from '../../data/content-model.ts';
import { allDatasets } from '../../lib/exports/datasets.ts';
import { toCsv } from '../../lib/exports/csv.ts';

export const getStaticPaths = (async () => {
  const model = await getContentModel();
  return allDatasets(model).map((dataset) => ({ params: { dataset: dataset.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const dataset = allDatasets(await getContentModel()).find((candidate) => candidate.id === params.dataset)!;
  return new Response(toCsv(dataset.rows, dataset.columns), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
