/**
 * Splits a label into lines no wider than maxWidth, between words (Thai has no spaces between words: the word
 * segmenter finds them), so a long indicator name wraps instead of being cut. A word wider than maxWidth keeps a line
 * of its own; no text is ever dropped.
 */
export function wrapLabel(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const words =
    typeof Intl.Segmenter === 'function'
      ? [...new Intl.Segmenter('th', { granularity: 'word' }).segment(text)].map((part) => part.segment)
      : text.split(/(?<=\s)/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line.trim() !== '' && measure(line + word) > maxWidth) {
      lines.push(line.trim());
      line = word.trimStart();
    } else {
      line += word;
    }
  }
  if (line.trim() !== '') lines.push(line.trim());
  return lines.length > 0 ? lines : [text];
}
