import type { APIRoute, GetStaticPaths } from 'astro';
import { getContentModel } from '../../../data/content-model.ts';
import { assessmentOf, catalogueYearPaths, assessedOn } from '../../../data/oit-assessment.ts';
import { itasRows } from '../../../lib/exports/itas-sheet.ts';
import { beIsoDate, formatThaiDate } from '../../../lib/calendar/thai-date.ts';
import type { OitCatalogue } from '../../../schemas/oit-catalogue.ts';

export const getStaticPaths = catalogueYearPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const catalogue = props.catalogue as OitCatalogue;
  const model = await getContentModel();
  const items = itasRows(catalogue.year, await assessmentOf(catalogue), model.site.siteUrl);
  // Dates in BE, as everything else the agency reads.
  const body = { year: catalogue.year, agency: model.site.name.th, siteUrl: model.site.siteUrl, assessedOn: beIsoDate(assessedOn), assessedOnTh: formatThaiDate(assessedOn), verified: catalogue.verified, items };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
