import type { APIRoute, GetStaticPaths } from 'astro';
import { getContentModel } from '../../../data/content-model.ts';
import { ocdsReleasePackage, ocdsYears } from '../../../lib/procurement-views/exports.ts';

export const getStaticPaths = (async () => {
  const model = await getContentModel();
  return ocdsYears(model).map((fiscalYear) => ({ params: { file: `procurement-${fiscalYear}` }, props: { fiscalYear } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const model = await getContentModel();
  const releasePackage = ocdsReleasePackage(model, props.fiscalYear as number);
  return new Response(JSON.stringify(releasePackage, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
