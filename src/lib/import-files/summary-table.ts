/** The closing table of an import, in Thai, aligned as a terminal shows Thai (vowel signs and tone marks take no column). */
import { importWords as words } from '../../i18n/import.ts';
import type { ImportReport } from './import-files.ts';

/** Columns a string takes in a terminal: combining marks (Thai vowels above and below, tone marks) take none. */
export function displayWidth(text: string): number {
  return [...text.replace(/\p{M}/gu, '')].length;
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));

export function formatTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((cell, column) => Math.min(72, Math.max(displayWidth(cell), ...rows.map((row) => displayWidth(row[column] ?? '')))));
  const line = (cells: string[]) => `  ${cells.map((cell, column) => (column === cells.length - 1 ? cell : pad(cell, widths[column]!))).join(' │ ')}`.trimEnd();
  return [line(header), `  ${widths.map((width) => '─'.repeat(width)).join('─┼─')}`, ...rows.map(line)];
}

export function formatImportSummary(report: ImportReport): string {
  const out: string[] = [];
  const columns = words.columns;
  out.push('', words.importedHeading(report.imported.length));
  if (report.imported.length > 0)
    out.push(
      ...formatTable(
        [columns.source, columns.entry],
        report.imported.map((file) => [file.source, file.entry]),
      ),
    );
  const review = report.imported.filter((file) => file.review.length > 0);
  out.push('', words.reviewHeading(review.length));
  if (review.length > 0) {
    const rows = review.flatMap((file) =>
      file.review.map((note, index) => [index === 0 ? file.entry : '', words.fieldNames[note.field] ?? note.field, note.why]),
    );
    out.push(...formatTable([columns.entry, columns.field, columns.why], rows));
  }
  out.push('', words.skippedHeading(report.skipped.length));
  if (report.skipped.length > 0)
    out.push(
      ...formatTable(
        [columns.source, columns.why],
        report.skipped.map((file) => [file.source, file.why]),
      ),
    );
  if (report.notReached > 0) out.push('', words.notReached(report.notReached));
  out.push('', words.next);
  return out.join('\n');
}
