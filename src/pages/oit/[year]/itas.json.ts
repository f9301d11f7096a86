import type { APIRoute, GetStaticPaths } from 'astro';
import { getContentModel } from '../../../data/content-model.ts';
import { assessmentOf, catalogueYearPaths, assessedOn } from '../../../data/oit-assessment.ts';
import { itasRows } from '../../../lib/exports/itas-sheet.ts';
import { formatThaiDate } from '../../../lib/calendar/thai-date.ts';
import { showsOitGaps } from '../../../lib/oit/public-gaps.ts';
import type { OitCatalogue } from '../../../schemas/oit-catalogue.ts';

export const getStaticPaths = catalogueYearPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const catalogue = props.catalogue as OitCatalogue;
  const model = await getContentModel();
  const items = itasRows(catalogue.year, await assessmentOf(catalogue), model.site.siteUrl, { showGaps: showsOitGaps(model.site) });
  // `asOf` is a machine date (ISO 8601, Gregorian, as in `npm run check --json`); `asOfTh` is the same day for people, in BE.
  const body = { year: catalogue.year, agency: model.site.name.th, siteUrl: model.site.siteUrl, asOf: assessedOn, asOfTh: formatThaiDate(assessedOn), items };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
