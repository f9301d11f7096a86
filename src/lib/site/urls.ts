/** Every public URL the site has, in one place: OIT item pages and ITAS sheets must never drift from the pages. */

const lower = (code: string) => code.toLowerCase();

/** The fragment id of a question on the Q&A page (ids may hold slashes; fragments should not). */
export const qaAnchor = (id: string) => id.replaceAll('/', '-');

export const urls = {
  home: () => '/',
  documents: () => '/documents/',
  document: (id: string) => `/documents/${id}/`,
  /** Filtered document lists: a static page per fiscal year and per type, so filtering works without JavaScript */
  documentsOfYear: (fiscalYear: number) => `/documents/year/${fiscalYear}/`,
  documentsOfType: (type: string) => `/documents/type/${type}/`,
  measures: () => '/measures/',
  measure: (id: string) => `/measures/${id}/`,
  declarations: () => '/declarations/',
  declaration: (id: string) => `/declarations/${id}/`,
  news: () => '/news/',
  newsItem: (id: string) => `/news/item/${id}/`,
  qa: () => '/qa/',
  qaItem: (id: string) => `/qa/#${qaAnchor(id)}`,
  page: (id: string) => `/${id}/`,
  about: () => '/about/',
  structure: () => '/about/structure/',
  executives: () => '/about/executives/',
  duties: () => '/about/duties/',
  contact: () => '/contact/',
  complaints: () => '/complaints/',
  oit: () => '/oit/',
  oitYear: (year: number) => `/oit/${year}/`,
  oitItem: (year: number, code: string) => `/oit/${year}/${lower(code)}/`,
  ita: () => '/ita/',
  itaYear: (year: number) => `/ita/${year}/`,
  search: () => '/search/',
  sitemap: () => '/sitemap/',
  procurement: () => '/procurement/',
  procurementYear: (fiscalYear: number) => `/procurement/${fiscalYear}/`,
  /** A month's summary, named by its Buddhist-era month as staff name the file: /procurement/2567/2566-10/ */
  procurementMonth: (fiscalYear: number, ceMonth: string) => `/procurement/${fiscalYear}/${Number(ceMonth.slice(0, 4)) + 543}${ceMonth.slice(4, 7)}/`,
  /** One row of a month's summary: /procurement/2567/2566-12/66129012345/ (its slug from procurement-views/row-slugs.ts) */
  procurementRow: (fiscalYear: number, ceMonth: string, slug: string) =>
    `/procurement/${fiscalYear}/${Number(ceMonth.slice(0, 4)) + 543}${ceMonth.slice(4, 7)}/${slug}/`,
  /** The fiscal year's OCDS 1.1 release package (only with a registered ocid prefix) */
  procurementOcds: (fiscalYear: number) => `/data/ocds/procurement-${fiscalYear}.json`,
  data: () => '/data/',
  dataset: (id: string, format: 'csv' | 'json') => `/data/${id}.${format}`,
  itasSheet: (year: number, format: 'csv' | 'json') => `/oit/${year}/itas.${format}`,
  rss: () => '/rss.xml',
  robots: () => '/robots.txt',
  integrity: () => '/integrity.json',
  sitemapIndex: () => '/sitemap-index.xml',
  favicon: () => '/favicon.svg',
  /** Attachments keep their path below content/, so a file's URL is as stable as its place in git */
  file: (contentPath: string) => `/files/${contentPath}`,
} as const;

/** Absolute URL on the agency's site, for the ITAS sheet and feeds. */
export function absoluteUrl(siteUrl: string, sitePath: string): string {
  return new URL(sitePath, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}
