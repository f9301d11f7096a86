/**
 * Every prefix of an address the site shows is a page: /documents/2567/plan/ shows /documents/2567/, which people
 * try by cutting the address back. Such a folder page forwards to the list that holds what is in the folder.
 */

/** The first-level folders of entry ids ('2567/plan' → '2567'), sorted; ids without a folder add none. */
export function entryFolders(ids: readonly string[]): string[] {
  const folders = new Set<string>();
  for (const id of ids) {
    const slash = id.indexOf('/');
    if (slash > 0) folders.add(id.slice(0, slash));
  }
  return [...folders].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/**
 * The folder pages of a collection: each first-level folder of its entries, with the fiscal year its list shows for it
 * (undefined when the folder is not named as a year the list has).
 */
export function folderPagesOf(entries: readonly { id: string; data: { fiscalYear: number } }[]): { folder: string; year: number | undefined }[] {
  const listedYears = new Set(entries.map((entry) => entry.data.fiscalYear));
  return entryFolders(entries.map((entry) => entry.id)).map((folder) => {
    const year = folderFiscalYear(folder);
    return { folder, year: year !== undefined && listedYears.has(year) ? year : undefined };
  });
}

/** A folder named as a fiscal year (the usual layout, `documents/2567/`), as that year; otherwise undefined. */
export function folderFiscalYear(folder: string): number | undefined {
  return /^25\d\d$/.test(folder) ? Number(folder) : undefined;
}

/**
 * The folder prefixes of a site's page paths that are not pages themselves ('/documents/2567/plan/' →
 * '/documents/2567/' when no such page exists). The home page and the paths themselves are never listed.
 */
export function missingPrefixes(pagePaths: readonly string[]): string[] {
  const pages = new Set(pagePaths);
  const missing = new Set<string>();
  for (const pagePath of pagePaths) {
    const parts = pagePath.split('/').filter(Boolean);
    for (let length = 1; length < parts.length; length += 1) {
      const prefix = `/${parts.slice(0, length).join('/')}/`;
      if (!pages.has(prefix)) missing.add(prefix);
    }
  }
  return [...missing].sort();
}
