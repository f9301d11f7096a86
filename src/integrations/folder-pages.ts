import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Collections whose entries sit in fiscal-year folders, each folder a forwarding page (src/pages/<collection>/[folder].astro). */
const foldered = ['documents', 'measures', 'declarations'] as const;
/** Forwarding pages that do not depend on content. */
const fixedFolderPages = ['/documents/type/', '/documents/year/', '/news/item/'];

/**
 * The site paths of the folder pages (prefixes of shown addresses that forward to a list), read from the content
 * folder when Astro is configured: they stay out of the sitemap, which lists pages, not forwards.
 */
export function folderPagePaths(root: string, contentDir: string): Set<string> {
  const paths = new Set(fixedFolderPages);
  for (const collection of foldered) {
    try {
      for (const entry of readdirSync(path.join(root, contentDir, collection), { withFileTypes: true })) {
        if (entry.isDirectory()) paths.add(`/${collection}/${entry.name}/`);
      }
    } catch {
      // No such collection folder: no folder pages; validation reports what matters.
    }
  }
  return paths;
}
