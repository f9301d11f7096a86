/**
 * The address of each row of a month below the month's page: the e-GP project number when the row has one (e-GP keeps
 * it, and re-importing does not change it), else the kind and number of its contract or order (unique within a fiscal
 * year, as the rules require), so a row keeps its address when rows are added or reordered. Only where neither gives
 * a usable, unique name does the row's position stand in ("row-3").
 */
import type { ProcurementRow } from '../../schemas/procurement.ts';
import { methodRanges } from './vocabulary.ts';
import { urls } from '../site/urls.ts';
import { fiscalYearOfIso } from '../calendar/thai-date.ts';
import { personIdNumbersIn } from '../guards/thai-national-id.ts';

type SlugSource = Pick<ProcurementRow, 'egpNumber'> & { evidence: Pick<ProcurementRow['evidence'], 'kind' | 'number'> };

/**
 * ASCII letters and digits (Thai digits read as digits), everything else one dash: "๑/2567" → "1-2567" (Thai letters
 * would be %-encoded in links). This rewrites what it is given — superscripts become digits, "4/7123/…" and "3_0901_…"
 * become the dashed grouping of an ID — so what it makes must be checked again: see addressPart.
 */
const asciiSlug = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50))
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();

/**
 * A number written as part of an address or an OCDS id: its asciiSlug, or '' when that would carry what reads as a
 * person's ID (the validation refuses such a value, but an allow-listed one still never becomes an address).
 */
export function addressPart(text: string): string {
  const slug = asciiSlug(text);
  return personIdNumbersIn(slug).length > 0 ? '' : slug;
}

/** The person IDs a value would carry once written as an address (the guard refuses such a value, addressPart never writes it). */
export const personIdsInAddress = (text: string): string[] => personIdNumbersIn(asciiSlug(text));

function preferredSlug(row: SlugSource): string | undefined {
  if (row.egpNumber !== undefined) {
    const egp = addressPart(row.egpNumber);
    if (egp !== '') return egp;
  }
  const number = addressPart(row.evidence.number);
  return number === '' ? undefined : `${row.evidence.kind}-${number}`;
}

/** One slug per row, in the rows' order; never two alike within the month. */
// Routes, site paths, month pages, the year's largest contracts and the OCDS file each ask for a month's slugs: made once.
const slugsOfRows = new WeakMap<readonly SlugSource[], string[]>();

export function rowSlugs(rows: readonly SlugSource[]): string[] {
  let slugs = slugsOfRows.get(rows);
  if (!slugs) slugsOfRows.set(rows, (slugs = slugsFor(rows)));
  return slugs;
}

function slugsFor(rows: readonly SlugSource[]): string[] {
  const preferred = rows.map(preferredSlug);
  const uses = new Map<string, number>();
  for (const slug of preferred) if (slug !== undefined) uses.set(slug, (uses.get(slug) ?? 0) + 1);
  const taken = new Set(preferred.filter((slug): slug is string => slug !== undefined && uses.get(slug) === 1));
  return preferred.map((slug, index) => {
    if (slug !== undefined && uses.get(slug) === 1) return slug;
    // Position as the last resort; an e-GP number spelled "row 3" could hold the same name, hence the check.
    let fallback = `row-${index + 1}`;
    while (taken.has(fallback)) fallback = `${fallback}-x`;
    taken.add(fallback);
    return fallback;
  });
}

/** Whether rows get their own pages: yes unless site.yaml says `procurement.noRowPages: true`. */
export function hasRowPages(site: { procurement?: { noRowPages?: boolean } | undefined }): boolean {
  return site.procurement?.noRowPages !== true;
}

/**
 * Whether a row has a page of its own: the procurements of public interest — bought by any method but เฉพาะเจาะจง, or
 * with a budget above what that method usually allows (500,000 บาท). The small specific purchases that make up most
 * months are shown whole in the month's form (every column), and ten years of them would double a site's pages.
 */
export function rowHasPage(row: Pick<ProcurementRow, 'method' | 'budget'>, site: { procurement?: { noRowPages?: boolean } | undefined }): boolean {
  return hasRowPages(site) && (row.method !== 'specific' || row.budget > methodRanges.specific!.max!);
}

/** Each row's page address in the rows' order, undefined for a row without a page of its own (rowHasPage). */
export function rowPageUrls(
  data: { month: string; rows: readonly (SlugSource & Pick<ProcurementRow, 'method' | 'budget'>)[] },
  site: { procurement?: { noRowPages?: boolean } | undefined },
): (string | undefined)[] {
  const fiscalYear = fiscalYearOfIso(data.month);
  const slugs = rowSlugs(data.rows);
  return data.rows.map((row, index) => (rowHasPage(row, site) ? urls.procurementRow(fiscalYear, data.month, slugs[index]!) : undefined));
}
