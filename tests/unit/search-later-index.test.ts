/** The procurement pages' own index (search-facets.ts, laterIndex), as the writer makes it: merged into the first by the page. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchIndexBuilder, type PagefindRuntime } from '../../src/lib/search/write-search-index.ts';
import { inLaterIndex, metaFileTag, vocabularyFileOfTag } from '../../src/lib/search/search-facets.ts';
import { inThreadVocabulary } from '../../src/lib/search/vocabulary.ts';

const runtime: PagefindRuntime = {
  version: '1.6.0',
  files: new Map([
    ['pagefind.js', new Uint8Array([1])],
    ['wasm.unknown.pagefind', new Uint8Array([2])],
  ]),
  includeCharacters: [],
};

function builderWith(url: string, builder = new SearchIndexBuilder()): SearchIndexBuilder {
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

  it('has no search code of its own, its spelling words named by its tag, and never the first index’s tag, even for the same pages', async () => {
    const firstDir = await folder();
    const laterDir = await folder();
    const first = await builderWith('/procurement/2567/2566-10/').write(firstDir, runtime);
    const later = await builderWith('/procurement/2567/2566-10/').write(laterDir, runtime, undefined, { merged: true, otherTag: first.tag });
    expect((await readdir(firstDir)).sort()).toEqual(
      expect.arrayContaining(['pagefind.js', 'wasm.unknown.pagefind', first.vocabularyFile, first.metaFile, 'pagefind-entry.json']),
    );
    const laterFiles = (await readdir(laterDir)).sort();
    // The page finds its words from the name of its metadata file, which it is given.
    expect(later.vocabularyFile).toBe(vocabularyFileOfTag(metaFileTag(later.metaFile)));
    expect(laterFiles).toEqual(['filter', 'fragment', 'index', later.metaFile, later.vocabularyFile, 'pagefind-entry.json'].sort());
    // A merged index that counted no words writes no words file.
    const wordless = builderWith('/procurement/', new SearchIndexBuilder({ add: () => undefined, text: async () => '' }));
    const wordlessDir = await folder();
    expect((await wordless.write(wordlessDir, runtime, undefined, { merged: true, otherTag: first.tag })).vocabularyFile).toBe('');
    expect((await readdir(wordlessDir)).filter((name) => name.endsWith('.pf_words'))).toEqual([]);
    // The same pages give the same tag; the merged one is made another, so no two pages share a result id.
    const again = await builderWith('/procurement/2567/2566-10/').write(await folder(), runtime);
    expect(again.tag).toBe(first.tag);
    expect(later.tag).not.toBe(first.tag);
    expect(later.ids.get('/procurement/2567/2566-10/')!.startsWith(later.tag)).toBe(true);
  });

  it('reads the whole of each page for its words when told to, not only the first index’s share of it', async () => {
    const long = `${'สรุปผล '.repeat(1000)}ร้านสมใจการค้า`;
    const words = async (limit?: number) => {
      const builder = new SearchIndexBuilder(inThreadVocabulary({ minimumCount: 1 }), limit === undefined ? {} : { vocabularyLimit: limit });
      builder.addPage({ url: '/procurement/', meta: { title: 'x' }, filters: {}, blocks: [{ text: long, weight: 1 }], anchors: [] });
      builder.complete('/procurement/');
      const dir = await folder();
      return gunzipSync(await readFile(path.join(dir, (await builder.write(dir, runtime)).vocabularyFile))).toString('utf8');
    };
    expect(await words()).not.toContain('สมใจ');
    expect(await words(Infinity)).toContain('สมใจ');
  });
});
