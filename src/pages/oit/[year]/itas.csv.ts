import type { APIRoute, GetStaticPaths } from 'astro';
import { getContentModel } from '../../../data/content-model.ts';
import { assessmentOf, catalogueYearPaths } from '../../../data/oit-assessment.ts';
import { itasRows, itasColumns } from '../../../lib/exports/itas-sheet.ts';
import { toCsv } from '../../../lib/exports/csv.ts';
import { showsOitGaps } from '../../../lib/oit/public-gaps.ts';
import type { OitCatalogue } from '../../../schemas/oit-catalogue.ts';

export const getStaticPaths = catalogueYearPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const catalogue = props.catalogue as OitCatalogue;
  const model = await getContentModel();
  const options = { showGaps: showsOitGaps(model.site) };
  const rows = itasRows(catalogue.year, await assessmentOf(catalogue), model.site.siteUrl, options);
  return new Response(toCsv(rows, itasColumns(options)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
