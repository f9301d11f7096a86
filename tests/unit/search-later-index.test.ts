/** The procurement pages' own index (search-facets.ts, laterIndex), as the writer makes it: merged into the first by the page. */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchIndexBuilder, type PagefindRuntime } from '../../src/lib/search/write-search-index.ts';
import { inLaterIndex } from '../../src/lib/search/search-facets.ts';

const runtime: PagefindRuntime = {
  version: '1.6.0',
  files: new Map([
    ['pagefind.js', new Uint8Array([1])],
    ['wasm.unknown.pagefind', new Uint8Array([2])],
  ]),
  includeCharacters: [],
};

function builderWith(url: string): SearchIndexBuilder {
  const builder = new SearchIndexBuilder();
  builder.addPage({ url, meta: { title: 'สรุปผลการจัดซื้อจัดจ้าง' }, filters: {}, blocks: [{ text: 'สรุปผลการจัดซื้อจัดจ้าง', weight: 7 }], anchors: [] });
  builder.complete(url);
  return builder;
}

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});
async function folder(): Promise<string> {
  const made = await mkdtemp(path.join(os.tmpdir(), 'prongsai-later-index-'));
  folders.push(made);
  return made;
}

describe('the later index', () => {
  it('holds the procurement section and nothing else', () => {
    expect(inLaterIndex('/procurement/')).toBe(true);
    expect(inLaterIndex('/procurement/2567/2566-10/')).toBe(true);
    expect(inLaterIndex('/documents/2567/procurement-plan/')).toBe(false);
    expect(inLaterIndex('/oit/2567/o21/')).toBe(false);
  });

  it('has no search code or spelling words of its own, and never the first index’s tag, even for the same pages', async () => {
    const firstDir = await folder();
    const laterDir = await folder();
    const first = await builderWith('/procurement/2567/2566-10/').write(firstDir, runtime);
    const later = await builderWith('/procurement/2567/2566-10/').write(laterDir, runtime, undefined, { merged: true, otherTag: first.tag });
    expect((await readdir(firstDir)).sort()).toEqual(
      expect.arrayContaining(['pagefind.js', 'wasm.unknown.pagefind', first.vocabularyFile, first.metaFile, 'pagefind-entry.json']),
    );
    const laterFiles = (await readdir(laterDir)).sort();
    expect(laterFiles).toEqual(['filter', 'fragment', 'index', later.metaFile, 'pagefind-entry.json'].sort());
    expect(later.vocabularyFile).toBe('');
    // The same pages give the same tag; the merged one is made another, so no two pages share a result id.
    const again = await builderWith('/procurement/2567/2566-10/').write(await folder(), runtime);
    expect(again.tag).toBe(first.tag);
    expect(later.tag).not.toBe(first.tag);
    expect(later.ids.get('/procurement/2567/2566-10/')!.startsWith(later.tag)).toBe(true);
  });
});
