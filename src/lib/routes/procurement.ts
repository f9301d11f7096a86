/** Route data of the procurement pages that are one per row: `/procurement/<FY>/<BE month>/<row>/`. */
import type { ContentModel } from '../content/model.ts';
import { hasRowPages, rowPageUrls } from '../procurement/row-slugs.ts';
import { personIdsOfModel, procurementOf, rowPageView, type RowPageView } from '../procurement-views/view.ts';

export interface ProcurementRowPage {
  params: { year: string; month: string; row: string };
  props: { view: RowPageView };
}

/** Every row of every month file that has a page of its own (row-slugs.ts), with its page's data; the people's IDs gathered once, not once per row. */
export function procurementRowPages(model: ContentModel): ProcurementRowPage[] {
  if (!hasRowPages(model.site)) return [];
  const personIds = personIdsOfModel(model);
  return procurementOf(model).months.flatMap((entry) =>
    rowPageUrls(entry.data, model.site).flatMap((url, index) => {
      if (!url) return [];
      const [year, month, row] = url.split('/').slice(2, 5) as [string, string, string];
      return [{ params: { year, month, row }, props: { view: rowPageView(entry, index, row, personIds) } }];
    }),
  );
}
