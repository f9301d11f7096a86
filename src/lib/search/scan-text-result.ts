/** Whether a search result was found through a scan's machine-read text, so the result can say so. */
import { termRanges } from './excerpt.ts';

/**
 * True when some term occurs in the page's stored text only between the scan-text section's heading and its end
 * line (ScanTexts.astro writes both): without the machine-read text the page would not have been found for it.
 */
export function foundInScanText(content: string, terms: readonly string[], heading: string, end: string): boolean {
  const from = content.indexOf(heading);
  if (from < 0) return false;
  const to = content.indexOf(end, from);
  const inside = (range: [number, number]) => range[0] >= from && (to < 0 || range[1] <= to);
  return terms.some((term) => {
    const ranges = termRanges(content, [term]);
    return ranges.length > 0 && ranges.every(inside);
  });
}
