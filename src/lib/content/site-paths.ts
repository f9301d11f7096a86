import { procurementOf, type ContentModel } from './model.ts';
import { urls } from '../site/urls.ts';
import { rowPageUrls } from '../procurement/row-slugs.ts';

/** Pages every site has, whatever its content. */
const fixedPaths = [
  urls.home(), urls.about(), urls.structure(), urls.executives(), urls.duties(), urls.contact(), urls.complaints(),
  urls.documents(), urls.measures(), urls.declarations(), urls.news(), urls.qa(), urls.oit(), urls.ita(), urls.search(),
  urls.sitemap(), urls.data(), urls.rss(), urls.robots(), urls.integrity(), urls.sitemapIndex(),
];

/** Names a policy page (`content/pages/<name>.md` → `/<name>/`) may not take: the site's own top-level pages and folders. */
export const reservedPageSlugs: readonly string[] = [
  ...new Set([...fixedPaths.map((sitePath) => sitePath.split('/')[1] ?? ''), 'procurement', 'files', 'pagefind', '_astro', '404', 'favicon.svg'].filter(Boolean)),
].sort();

/** Folders under content/documents/ whose names the document lists use (/documents/year/…, /documents/type/…). */
export const reservedDocumentFolders: readonly string[] = ['type', 'year'];

/** Every page path the build will write for this content (lists' later pages aside), to check internal links against. */
export function knownSitePaths(model: ContentModel): Set<string> {
  const paths = new Set<string>(fixedPaths);
  for (const entry of model.documents) {
    paths.add(urls.document(entry.id));
    paths.add(urls.documentsOfYear(entry.data.fiscalYear));
    paths.add(urls.documentsOfType(entry.data.type));
  }
  for (const entry of model.measures) paths.add(urls.measure(entry.id));
  for (const entry of model.declarations) paths.add(urls.declaration(entry.id));
  for (const entry of model.news) paths.add(urls.newsItem(entry.id));
  for (const entry of model.pages) paths.add(urls.page(entry.id));
  for (const { data } of model.catalogues) {
    paths.add(urls.oitYear(data.year));
    for (const item of data.items) paths.add(urls.oitItem(data.year, item.code));
  }
  for (const { data } of model.scores) paths.add(urls.itaYear(data.year));
  if (procurementOf(model).months.length + procurementOf(model).reports.length > 0) paths.add(urls.procurement());
  for (const { id, data } of procurementOf(model).months) {
    const fiscalYear = Number(id.split('/')[0]);
    paths.add(urls.procurementYear(fiscalYear));
    paths.add(urls.procurementMonth(fiscalYear, data.month));
    for (const url of rowPageUrls(data, model.site)) if (url) paths.add(url);
  }
  for (const { data } of procurementOf(model).reports) paths.add(urls.procurementYear(data.fiscalYear));
  return paths;
}
