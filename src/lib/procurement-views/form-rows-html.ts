/**
 * The rows of the monthly summary form (สขร.1) as HTML, for FormRowsTable.astro's table body: a month is a hundred rows
 * of nine cells, some three thousand elements, which written here as one string cost a fraction of what rendering each
 * through Astro's components does (ten years of months were most of what procurement added to a build). Every text is
 * escaped and marked for line breaks by `mark` (markedHtmlText), every attribute value escaped; the search index reads
 * the cells marked data-pagefind-ignore as the component documents.
 */
import { escapeHTML } from 'astro/runtime/server/escape.js';
import { procurementWords as words } from '../../i18n/procurement.ts';
import type { PublicRow } from './view.ts';

export interface FormRowsHtmlOptions {
  /** A text escaped and marked for line breaks (markedHtmlText with the site's kept words) */
  mark: (text: string) => string;
  /** The month each row belongs to, with its page (the year page's largest contracts) */
  months?: readonly { label: string; url: string }[];
}

const unindexed = ' data-pagefind-ignore';
const attribute = (value: string) => escapeHTML(value);

/**
 * A detail line of a label and a number ("เลขประจำตัวผู้เสียภาษี 0305561000123"): search gets the number, which people
 * look a company or a project up by, not the label, which every row of a month repeats. The space before the line
 * keeps the number a word of its own in search's stored text.
 */
const labelledNumber = (label: string, value: string, mark: (text: string) => string) =>
  ` <span class="meta form-detail"><span${unindexed}>${mark(label)}</span> ${mark(value)}</span>`;

function itemCell(row: PublicRow, month: { label: string; url: string } | undefined, mark: (text: string) => string): string {
  let html = row.url ? `<a href="${attribute(row.url)}">${mark(row.item)}</a>` : mark(row.item);
  if (month) html += `<span class="meta"> (<a href="${attribute(month.url)}">${mark(month.label)}</a>)</span>`;
  if (row.egpNumber) html += labelledNumber(words.egpNumberLabel, row.egpNumber, mark);
  for (const detail of row.details) html += `<span class="meta form-detail"${unindexed}>${mark(detail)}</span>`;
  return html;
}

function biddersCell(row: PublicRow, mark: (text: string) => string): string {
  if (row.bidders.length === 0) return mark(words.notGiven);
  const items = row.bidders.map(
    (bidder) =>
      // The winner is searched once, in its own column.
      `<li${bidder.name === row.winner.name ? unindexed : ''}>${mark(bidder.name)}<br><span class="nowrap"${unindexed}>${escapeHTML(words.price(bidder.price))}</span></li>`,
  );
  return `<ul class="plain">${items.join('')}</ul>`;
}

function winnerCell(row: PublicRow, mark: (text: string) => string): string {
  let html = `${mark(row.winner.name)}<br><span class="nowrap"${unindexed}>${escapeHTML(words.price(row.winner.price))}</span>`;
  if (row.winner.taxId) html += labelledNumber(words.taxIdLabel, row.winner.taxId, mark);
  return html;
}

/** The `<tr>`s of the form's nine columns in its order, one per row. */
export function formRowsHtml(rows: readonly PublicRow[], { mark, months }: FormRowsHtmlOptions): string {
  return rows
    .map((row, index) =>
      [
        '<tr role="row">',
        `<td role="cell" class="number"${unindexed}>${mark(String(row.number))}</td>`,
        `<td role="cell">${itemCell(row, months?.[index], mark)}</td>`,
        `<td role="cell" class="number"${unindexed}>${mark(row.budget)}</td>`,
        `<td role="cell" class="number"${unindexed}>${mark(row.referencePrice)}</td>`,
        `<td role="cell"${unindexed}>${mark(row.method)}<span class="meta form-detail">${mark(`${words.category}: ${row.category}`)}</span></td>`,
        `<td role="cell">${biddersCell(row, mark)}</td>`,
        `<td role="cell">${winnerCell(row, mark)}</td>`,
        `<td role="cell"${unindexed}>${mark(row.reason)}</td>`,
        `<td role="cell"${unindexed}>${mark(row.evidence)}</td>`,
        '</tr>',
      ].join(''),
    )
    .join('');
}
