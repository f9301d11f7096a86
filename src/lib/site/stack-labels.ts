/**
 * On a phone a stacked table shows each cell under its column's name. Most tables write the name on every cell
 * (`data-label`); a long table (a month of procurement rows) names its columns once, in a style rule per column,
 * so a hundred rows do not carry nine long Thai names each.
 */

/** A CSS string literal; `<` escaped so the text can never close the <style> element it stands in. */
export function cssString(text: string): string {
  return `"${text
    .replace(/[\\"]/g, (character) => `\\${character}`)
    .replace(/</g, '\\3c ')
    .replace(/\r?\n/g, '\\a ')}"`;
}

/**
 * Rules naming each column of `table.<tableClass>` before its cells on a phone (the width where global.css stacks
 * tables); the alternative text "" keeps screen readers, which hear the column header, from hearing the name twice.
 */
export function stackedColumnLabels(tableClass: string, labels: readonly string[]): string {
  if (!/^[a-z][a-z0-9-]*$/.test(tableClass)) throw new Error(`not a class name: ${tableClass}`);
  const rules = labels.map((label, index) => {
    const text = cssString(label);
    return `table.${tableClass}>tbody>tr>td:nth-child(${index + 1})::before{content:${text};content:${text} / ""}`;
  });
  return `@media (max-width: 40rem){${rules.join('')}}`;
}
