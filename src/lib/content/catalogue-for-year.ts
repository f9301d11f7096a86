import type { OitCatalogue } from '../../schemas/oit-catalogue.ts';

/** The OIT catalogue of an ITA year, if the content has one. */
export function catalogueForYear(catalogues: readonly { data: OitCatalogue }[], year: number | undefined): OitCatalogue | undefined {
  return catalogues.find((entry) => entry.data.year === year)?.data;
}
