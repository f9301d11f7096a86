/** Whether a search result was found through a scan's machine-read text, so the result can say so. */
import { termRanges } from './excerpt.ts';

/**
 * True when some term occurs in the page's stored text only between a scan-text section's heading and its end line
 * (ScanTexts.astro writes both, and the index adds both around a long scan's whole text): without the machine-read text
 * the page would not have been found for it. A term missing from the stored text altogether was found in what the index
 * holds but does not store: when a scan section there was cut ("…" before its end line), that is the scan's text.
 */
export function foundInScanText(content: string, terms: readonly string[], heading: string, end: string): boolean {
  const sections: [number, number][] = [];
  for (let from = content.indexOf(heading); from >= 0; from = content.indexOf(heading, from + heading.length)) {
    const to = content.indexOf(end, from);
    sections.push([from, to < 0 ? content.length : to]);
    if (to < 0) break;
  }
  if (sections.length === 0) return false;
  const cut = sections.some(([from, to]) => content.slice(from, to).trimEnd().endsWith('…'));
  return terms.some((term) => {
    const ranges = termRanges(content, [term]);
    if (ranges.length === 0) return cut;
    return ranges.every((range) => sections.some(([from, to]) => range[0] >= from && range[1] <= to));
  });
}
