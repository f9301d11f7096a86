import type { RawEntry } from '../read-content.ts';
import type { ReportProblem } from '../report.ts';
import type { RuleContext } from './context.ts';
import { reservedDocumentFolders, reservedPageSlugs } from '../site-paths.ts';

/** Ids come from paths; two files differing only in extension or letter case would share a URL. */
export function checkDuplicateIds({ raw, report }: RuleContext): void {
  for (const entries of [...Object.values(raw.markdown), ...Object.values(raw.yaml)]) checkDuplicateIdsIn(entries, report);
}

/** The same rule within one collection's entries. */
export function checkDuplicateIdsIn(entries: readonly RawEntry[], report: ReportProblem): void {
  const seen = new Map<string, RawEntry>();
  for (const entry of entries) {
    const key = entry.id.toLowerCase();
    const other = seen.get(key);
    if (other) report('error', entry, [], 'entry.duplicate-id', { other: other.file });
    else seen.set(key, entry);
  }
}

/** Entries whose address would take a built-in page's: documents under year/ or type/, policy pages named like a built-in page. */
export function checkReservedAddresses({ raw, report }: RuleContext): void {
  for (const rawEntry of raw.markdown.documents) {
    const first = rawEntry.id.split('/')[0] ?? '';
    if (reservedDocumentFolders.includes(first)) report('error', rawEntry, [], 'page.reserved-slug', { slug: `documents/${first}`, reserved: reservedDocumentFolders.map((folder) => `documents/${folder}`) });
  }
  // A policy page is served at /<name>/: it may not take a built-in page's address, nor sit in a subfolder.
  for (const rawEntry of raw.markdown.pages) {
    if (rawEntry.id.includes('/')) report('error', rawEntry, [], 'page.nested', { id: rawEntry.id });
    else if (reservedPageSlugs.includes(rawEntry.id.toLowerCase())) report('error', rawEntry, [], 'page.reserved-slug', { slug: rawEntry.id, reserved: reservedPageSlugs });
  }
}
