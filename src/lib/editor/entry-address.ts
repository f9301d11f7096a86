/**
 * Decap loads an entry when its editor opens, not when the address changes from one entry to another while the editor
 * stays open (the address bar, a bookmark, the browser's back and forward buttons): the form would keep the first entry's
 * values under the second one's name, and saving would write them into the second one's file. The editor page reloads on
 * such a change, which opens the entry afresh. Pure, for the page script and its test.
 */

/** `…#/collections/<name>/entries/<slug>` → `{collection, slug}`; `…#/collections/<name>/new` → `{collection}`. */
export function openedEntry(url: string): { collection: string; slug?: string } | undefined {
  const found = /^#\/collections\/([^/?]+)\/(?:entries\/([^?]+)|new)(?:\?.*)?$/.exec(new URL(url).hash);
  if (!found) return undefined;
  return found[2] ? { collection: found[1]!, slug: found[2] } : { collection: found[1]! };
}

/**
 * Whether moving from one address to the other leaves Decap's editor showing the wrong entry. Decap handles a move to a
 * new entry from an existing one, and moves from a new entry to the saved one itself (the same collection); any other
 * move between two open entries needs the page loaded again.
 */
export function needsReload(oldUrl: string, newUrl: string): boolean {
  const from = openedEntry(oldUrl);
  const to = openedEntry(newUrl);
  if (!from || !to) return false;
  if (from.collection === to.collection && from.slug === to.slug) return false;
  // Decap starts an empty form when it goes from an existing entry to a new one…
  if (from.slug !== undefined && to.slug === undefined) return false;
  // …and goes from a new entry to the saved one in the same collection.
  if (from.slug === undefined && to.slug !== undefined && from.collection === to.collection) return false;
  return true;
}
