/**
 * The search index reads each built page in one pass (src/lib/search/search-records.ts); the document-tree reading it
 * replaced (tests/helpers/search-page-tree.ts) is the oracle. Every page of the example site and of the 1,000 generated
 * documents must give both the same record.
 */
import { describe, it, expect } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { e2eSite } from './site.ts';
import { readSearchPage } from '../../src/lib/search/search-records.ts';
import { readSearchPageFromTree } from '../helpers/search-page-tree.ts';

const { distDir, generatedSearchDistDir } = await e2eSite();

async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('the one-pass page reading agrees with the document tree', () => {
  it.each([
    ['the example site', distDir],
    ['the generated documents', generatedSearchDistDir],
  ])('on every page of %s', async (_name, root) => {
    const files = await htmlFiles(root);
    let indexed = 0;
    const differing: string[] = [];
    for (const file of files) {
      const html = await readFile(file, 'utf8');
      const tree = readSearchPageFromTree(html);
      if (tree) indexed += 1;
      if (!isDeepStrictEqual(readSearchPage(html), tree)) differing.push(path.relative(root, file));
    }
    expect(differing).toEqual([]);
    // Real pages, most of them in search.
    expect(indexed).toBeGreaterThan(files.length / 2);
  });
});
