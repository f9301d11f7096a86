import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetsOfSite } from '../../data/datasets.ts';
import { datasetJson, type AnyDataset } from '../../lib/exports/datasets.ts';

export const getStaticPaths = (async () =>
  (await datasetsOfSite()).map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const dataset = props.dataset as AnyDataset;
  return new Response(JSON.stringify(datasetJson(dataset), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
