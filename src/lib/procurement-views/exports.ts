/**
 * Procurement as open data: each fiscal year's rows as a dataset (CSV with Thai headers in the order of แบบ สขร.1, and
 * JSON), and as an OCDS 1.1 release package when the agency has a registered ocid prefix. Only public values go out:
 * a person's tax ID is masked, and the result is checked for people's IDs before it is returned.
 */
import type { ContentModel } from '../content/model.ts';

import type { Entry } from '../content/model.ts';
import type { ProcurementMonth, ProcurementRow } from '../../schemas/procurement.ts';
import { addressPart, rowSlugs } from '../procurement/row-slugs.ts';
import { fiscalYearOfIso } from '../calendar/thai-date.ts';
import type { CsvColumn } from '../exports/csv.ts';
import { bahtForYaml, satangToBaht } from '../procurement/money.ts';
import { isCompanyTaxId, publicTaxId } from '../procurement/tax-id.ts';
import { monthsOfYear, placedRows, procurementYears, type PlacedRow } from './figures.ts';
import { ocdsMethodOf, type ContractStatus, type ProcurementCategory } from '../procurement/vocabulary.ts';
import { assertPublishable, personIdsOfModel, procurementOf } from './view.ts';
import { absoluteUrl, urls } from '../site/urls.ts';
import {
  contractStatusLabels,
  dataColumns,
  evidenceKindLabels,
  formColumns,
  procurementCategoryLabels,
  procurementDatasetWords,
  procurementMethodLabels,
} from '../../i18n/procurement.ts';
import { defaultLicence } from '../../i18n/datasets.ts';

/** A dataset as the /data/ pages take it (the shape of src/lib/exports/datasets.ts's Dataset). */
export interface ProcurementDataset {
  id: string;
  title: string;
  description: string;
  updateFrequency: string;
  licence: string;
  rows: PlacedRow[];
  columns: CsvColumn<PlacedRow>[];
  /** The OCDS file's address, when the agency has an ocid prefix */
  ocdsUrl?: string;
}

const amount = (satang: number | undefined) => (satang === undefined ? '' : bahtForYaml(satang));
const nameAndPrice = (name: string, satang: number) => `${name} ${amount(satang)}`;

/** Columns 1–9 of the form in its order and words, then the split and extra fields a program needs. */
const columns: CsvColumn<PlacedRow>[] = [
  { header: formColumns.number, value: (placed) => placed.number },
  { header: formColumns.item, value: ({ row }) => row.item },
  { header: formColumns.budget, value: ({ row }) => amount(row.budget) },
  { header: formColumns.referencePrice, value: ({ row }) => amount(row.referencePrice) },
  { header: formColumns.method, value: ({ row }) => procurementMethodLabels[row.method] },
  { header: formColumns.bidders, value: ({ row }) => row.bidders.map((bidder) => nameAndPrice(bidder.name, bidder.price)).join('; ') },
  { header: formColumns.winner, value: ({ row }) => nameAndPrice(row.winner.name, row.winner.price) },
  { header: formColumns.reason, value: ({ row }) => row.reason },
  { header: formColumns.evidence, value: ({ row }) => `${evidenceKindLabels[row.evidence.kind]} ${row.evidence.number} ${row.evidence.date}` },
  { header: dataColumns.month, value: (placed) => placed.month },
  { header: dataColumns.category, value: ({ row }) => procurementCategoryLabels[row.category] },
  { header: dataColumns.fundSource, value: ({ row }) => row.fundSource },
  { header: dataColumns.winnerName, value: ({ row }) => row.winner.name },
  { header: dataColumns.winnerTaxId, value: ({ row }) => publicTaxId(row.winner.taxId) },
  { header: dataColumns.agreedPrice, value: ({ row }) => amount(row.winner.price) },
  { header: dataColumns.evidenceKind, value: ({ row }) => evidenceKindLabels[row.evidence.kind] },
  { header: dataColumns.evidenceNumber, value: ({ row }) => row.evidence.number },
  { header: dataColumns.evidenceDate, value: ({ row }) => row.evidence.date },
  { header: dataColumns.egpNumber, value: ({ row }) => row.egpNumber },
  { header: dataColumns.status, value: ({ row }) => (row.status ? contractStatusLabels[row.status] : undefined) },
];

/** One dataset per fiscal year with rows, newest first. */
export function procurementDatasets(model: ContentModel): ProcurementDataset[] {
  const { months } = procurementOf(model);
  const personIds = personIdsOfModel(model);
  const prefix = model.site.procurement?.ocidPrefix;
  return procurementYears(months)
    .map((fiscalYear) => ({ fiscalYear, rows: placedRows(monthsOfYear(months, fiscalYear)) }))
    .filter(({ rows }) => rows.length > 0)
    .map(({ fiscalYear, rows }) => {
      const dataset: ProcurementDataset = {
        id: `procurement-${fiscalYear}`,
        title: procurementDatasetWords.title(fiscalYear),
        description: procurementDatasetWords.description,
        updateFrequency: procurementDatasetWords.updateFrequency,
        licence: defaultLicence,
        rows,
        columns,
        ...(prefix ? { ocdsUrl: urls.procurementOcds(fiscalYear) } : {}),
      };
      // Every published cell, checked for a person's ID before any file is written (written out only when there is one to look for).
      if (personIds.size > 0)
        assertPublishable(
          rows.map((placed) => columns.map((column) => column.value(placed))),
          personIds,
          urls.dataset(dataset.id, 'csv'),
        );
      return dataset;
    });
}

/** Fiscal years that get an OCDS file: years with rows, when the agency has a registered prefix. */
export function ocdsYears(model: ContentModel): number[] {
  if (!model.site.procurement?.ocidPrefix) return [];
  return procurementDatasets(model).map((dataset) => Number(dataset.id.slice('procurement-'.length)));
}

const ocdsCategory: Record<ProcurementCategory, 'goods' | 'services' | 'works'> = { goods: 'goods', services: 'services', works: 'works' };
const ocdsContractStatus: Record<ContractStatus, 'active' | 'cancelled' | 'terminated'> = {
  signed: 'active',
  'in-progress': 'active',
  'delivered-on-time': 'active',
  'delivered-late': 'active',
  delivered: 'terminated',
  ended: 'terminated',
  cancelled: 'cancelled',
};
/** A Bangkok calendar date as the date-time OCDS asks for. */
const dateTime = (isoDate: string) => `${isoDate}T00:00:00+07:00`;
const value = (satang: number) => ({ amount: satangToBaht(satang), currency: 'THB' });

/**
 * The part of each ocid after the prefix, for the year's rows in placedRows' order: the e-GP number, else the fiscal
 * year, evidence kind and number, else the month and the row's address ("2023-12-row-3": a number with no ASCII letter
 * or digit, "ตามหนังสือ", once gave "2567-contract--" to every such row). Written as addresses are, so never one that
 * carries a person's ID; never two alike (the second of two gets its month and row address after it).
 */
function processIds(files: readonly Entry<ProcurementMonth>[]): string[] {
  const placed = files.flatMap((entry) => {
    const slugs = rowSlugs(entry.data.rows);
    return entry.data.rows.map((row, index) => ({ month: entry.data.month, row, slug: slugs[index]! }));
  });
  const preferred = placed.map(({ month, row, slug }) => {
    const egp = row.egpNumber === undefined ? '' : addressPart(row.egpNumber);
    if (egp !== '') return egp;
    const number = addressPart(row.evidence.number);
    return number === '' ? `${month}-${slug}` : `${fiscalYearOfIso(month)}-${row.evidence.kind}-${number}`;
  });
  const uses = new Map<string, number>();
  for (const id of preferred) uses.set(id, (uses.get(id) ?? 0) + 1);
  const taken = new Set(preferred.filter((id) => uses.get(id) === 1));
  return preferred.map((id, index) => {
    if (uses.get(id) === 1) return id;
    let unique = `${id}-${placed[index]!.month}-${placed[index]!.slug}`;
    while (taken.has(unique)) unique = `${unique}-x`;
    taken.add(unique);
    return unique;
  });
}

/**
 * Parties of one release: the agency as buyer, every bidder as tenderer, the winner also as supplier. A company keeps
 * its registration number as identifier; a person is listed by name only (OCDS guidance: identifiers of persons may be left out).
 */
function partiesOf(row: ProcurementRow, buyer: { id: string; name: string }) {
  const names = [...new Set([...row.bidders.map((bidder) => bidder.name), row.winner.name])];
  const parties = names.map((name, index) => {
    const isWinner = name === row.winner.name;
    const taxId = isWinner ? row.winner.taxId : undefined;
    return {
      id: `party-${index + 1}`,
      name,
      roles: isWinner ? ['tenderer', 'supplier'] : ['tenderer'],
      ...(taxId && isCompanyTaxId(taxId) ? { identifier: { id: taxId, legalName: name } } : {}),
    };
  });
  return [{ id: buyer.id, name: buyer.name, roles: ['buyer', 'procuringEntity'] }, ...parties];
}

export function ocdsReleasePackage(model: ContentModel, fiscalYear: number): object {
  const prefix = model.site.procurement?.ocidPrefix;
  if (!prefix) throw new Error('no ocidPrefix in site.yaml');
  const files = monthsOfYear(procurementOf(model).months, fiscalYear);
  const postedOf = new Map(files.map((entry) => [entry.data.month, entry.data.posted]));
  const buyer = { id: 'buyer', name: model.site.name.th };
  const ids = processIds(files);
  const releases = placedRows(files).map((placed, index) => {
    const { row } = placed;
    const ocid = `${prefix}-${ids[index]}`;
    const parties = partiesOf(row, buyer);
    const reference = (name: string) => ({ id: parties.find((party) => party.name === name && party.id !== buyer.id)!.id, name });
    const awardId = `${ocid}-award-1`;
    return {
      ocid,
      id: `${ocid}-${postedOf.get(placed.month)}`,
      date: dateTime(postedOf.get(placed.month)!),
      tag: ['tender', 'award', 'contract'],
      initiationType: 'tender',
      language: 'th',
      parties,
      buyer: { id: buyer.id, name: buyer.name },
      planning: { budget: { amount: value(row.budget), ...(row.fundSource ? { description: row.fundSource } : {}) } },
      tender: {
        id: `${ocid}-tender`,
        title: row.item,
        status: 'complete',
        procurementMethod: ocdsMethodOf[row.method],
        procurementMethodDetails: procurementMethodLabels[row.method],
        ...(row.reason ? { procurementMethodRationale: row.reason } : {}),
        mainProcurementCategory: ocdsCategory[row.category],
        ...(row.referencePrice !== undefined ? { value: value(row.referencePrice) } : {}),
        ...(row.bidders.length > 0 ? { tenderers: row.bidders.map((bidder) => reference(bidder.name)), numberOfTenderers: row.bidders.length } : {}),
      },
      awards: [{ id: awardId, status: 'active', date: dateTime(row.evidence.date), value: value(row.winner.price), suppliers: [reference(row.winner.name)] }],
      contracts: [
        {
          id: `${ocid}-contract-1`,
          awardID: awardId,
          title: `${evidenceKindLabels[row.evidence.kind]} ${row.evidence.number}`,
          status: row.status ? ocdsContractStatus[row.status] : 'active',
          dateSigned: dateTime(row.evidence.date),
          value: value(row.winner.price),
        },
      ],
    };
  });
  const lastPosted =
    files
      .map((entry) => entry.data.posted)
      .sort()
      .at(-1) ?? `${fiscalYear - 543 - 1}-10-01`;
  const releasePackage = {
    uri: absoluteUrl(model.site.siteUrl, urls.procurementOcds(fiscalYear)),
    version: '1.1',
    publishedDate: dateTime(lastPosted),
    publisher: { name: model.site.name.th, uri: model.site.siteUrl },
    releases,
  };
  return assertPublishable(releasePackage, personIdsOfModel(model), urls.procurementOcds(fiscalYear));
}
