import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetsOfSite } from '../../data/datasets.ts';
import type { AnyDataset } from '../../lib/exports/datasets.ts';
import { toCsv } from '../../lib/exports/csv.ts';

export const getStaticPaths = (async () =>
  (await datasetsOfSite()).map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const dataset = props.dataset as AnyDataset;
  return new Response(toCsv(dataset.rows, dataset.columns), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
