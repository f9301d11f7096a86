/** Wraps each table of rendered Markdown in a focusable, labelled scroll region, so wide tables scroll on a phone instead of splitting Thai words. */
export function wrapTables(html: string, label: string): string {
  let count = 0;
  return html.replace(/<table\b[\s\S]*?<\/table>/g, (table) => {
    count += 1;
    return `<div class="table-scroll" role="region" tabindex="0" aria-label="${label} ${count}">${table}</div>`;
  });
}
