/**
 * Makes the tables of rendered Markdown readable on a phone.
 *
 * Every table sits in a focusable, labelled region that scrolls sideways when the table is wider than the page (with
 * a visible cue, global.css), so Thai words are never split. A table of three or more columns also becomes a "stacked"
 * table: on a phone each row is shown as a card with each cell under its column's name (`data-label`), so no column is
 * off-screen. The explicit ARIA table roles keep the table's meaning for screen readers when CSS changes its display.
 */
export function wrapTables(html: string, label: string, scrollCue: string): string {
  let count = 0;
  return html.replace(/<table\b[\s\S]*?<\/table>/g, (table) => {
    count += 1;
    return scrollRegion(stackable(table), `${label} ${count}`, scrollCue);
  });
}

/** The scroll region around a table; the cue (for eyes only: the region is labelled) shows while there is more to the right. */
export function scrollRegion(tableHtml: string, label: string, scrollCue: string): string {
  return `<div class="table-scroll" role="region" tabindex="0" aria-label="${escapeAttribute(label)}"><p class="scroll-cue" aria-hidden="true" data-pagefind-ignore>${escapeText(scrollCue)}</p>${tableHtml}</div>`;
}

/** Columns named by the table's header row (none when it has no header). */
export function headerTexts(table: string): string[] {
  const head = /<thead\b[\s\S]*?<\/thead>/.exec(table)?.[0];
  if (!head) return [];
  return [...head.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((match) => textOf(match[1] ?? ''));
}

/** Marks a table of three or more named columns as stacked on a phone; narrower tables fit as they are. */
function stackable(table: string): string {
  const headers = headerTexts(table);
  if (headers.length < 3) return table;
  let stacked = table
    .replace(/^<table\b([^>]*)>/, (_whole, attributes: string) => `<table${addClass(attributes, 'stack')} role="table">`)
    .replace(/<(thead|tbody)\b([^>]*)>/g, '<$1$2 role="rowgroup">')
    .replace(/<tr\b([^>]*)>/g, '<tr$1 role="row">');
  stacked = stacked.replace(/(<thead\b[\s\S]*?<\/thead>)/, (head) => head.replace(/<th\b([^>]*)>/g, '<th$1 role="columnheader">'));
  stacked = stacked.replace(/(<tbody\b[\s\S]*?<\/tbody>)/, (body) =>
    body.replace(/<tr\b[^>]*>[\s\S]*?<\/tr>/g, (row) => {
      let column = 0;
      return row.replace(/<(td|th)\b([^>]*)>/g, (_whole, tag: string, attributes: string) => {
        const name = headers[column] ?? '';
        column += 1;
        const role = tag === 'th' ? 'rowheader' : 'cell';
        return `<${tag}${attributes} role="${role}"${name ? ` data-label="${escapeAttribute(name)}"` : ''}>`;
      });
    }),
  );
  return stacked;
}

function addClass(attributes: string, className: string): string {
  if (/\bclass="/.test(attributes)) return attributes.replace(/\bclass="([^"]*)"/, (_whole, classes: string) => `class="${classes} ${className}"`);
  return `${attributes} class="${className}"`;
}

/** Text of an HTML fragment as it appears (tags dropped, entities kept escaped, spaces folded). */
function textOf(fragment: string): string {
  return fragment
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function escapeAttribute(value: string): string {
  return value.replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
