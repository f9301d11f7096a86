import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeCbor } from '../../src/lib/search/cbor.ts';
import { unpackFile } from '../../src/lib/search/pagefind-format.ts';
import { readIndexInfo, type TileResult } from '../../src/lib/search/tile-search.ts';
import { SearchIndexBuilder, type PagefindRuntime } from '../../src/lib/search/write-search-index.ts';

/** Every file of a written search index, unpacked (gzip undone) and base64-encoded, by path within the folder: two indexes compare with toEqual. */
export async function indexFiles(folder: string): Promise<Map<string, string>> {
  const names = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
  const unpack = (file: Buffer) => (file[0] === 0x1f && file[1] === 0x8b ? gunzipSync(file) : file).toString('base64');
  return new Map(await Promise.all(names.sort().map(async (name) => [name, unpack(await readFile(path.join(folder, name)))] as const)));
}

interface Posting {
  page: number;
  positions: number[];
}

/** Every word of a written index's chunks with its pages (in index order) and positions, as Pagefind decodes them. */
async function readWords(folder: string): Promise<Map<string, Posting[]>> {
  const words = new Map<string, Posting[]>();
  for (const name of await readdir(path.join(folder, 'index'))) {
    const [entries] = decodeCbor(unpackFile(await readFile(path.join(folder, 'index', name)))) as [[string, [number, number[], unknown[]][], unknown[]][]];
    for (const [word, pages] of entries) {
      let page = 0;
      words.set(
        word,
        pages.map(([difference, locations]) => {
          page += difference;
          const positions: number[] = [];
          let afterWeight = true;
          for (const location of locations) {
            if (location < 0) afterWeight = true;
            else {
              positions.push(afterWeight ? location : positions.at(-1)! + location);
              afterWeight = false;
            }
          }
          return { page, positions };
        }),
      );
    }
  }
  return words;
}

/** Pagefind's search over a written index (folder, and its page URL → result id), as the search page calls it: the words that begin with the searched one. */
export async function prefixSearch(
  folder: string,
  pageIds: ReadonlyMap<string, string>,
): Promise<{ preload(term: string): Promise<void>; search(term: string | null): Promise<{ results: TileResult[] }> }> {
  const ids = new Map([...pageIds.values()].map((id, number) => [number, id]));
  const words = await readWords(folder);
  return {
    async preload() {},
    async search(term: string | null) {
      const byPage = new Map<string, number[]>();
      for (const [word, postings] of words)
        if (term !== null && word.startsWith(term))
          for (const { page, positions } of postings) byPage.set(ids.get(page)!, [...(byPage.get(ids.get(page)!) ?? []), ...positions]);
      return { results: [...byPage].map(([id, positions]) => ({ id, score: 1, words: positions.sort((a, b) => a - b) })) };
    },
  };
}

/** Pages of a title and a text indexed by the real writer into a temporary folder: its chunks' boundaries, page ids, and Pagefind's search over it. */
export async function writtenTestIndex(pages: readonly { url: string; title: string; text: string }[], chunkBytes?: number) {
  const builder = new SearchIndexBuilder();
  for (const { url, title, text } of pages) {
    builder.addPage({
      url,
      meta: { title },
      filters: {},
      blocks: [
        { text: title, weight: 7 },
        { text, weight: 1 },
      ],
      anchors: [],
    });
    builder.complete(url);
  }
  const folder = await mkdtemp(path.join(os.tmpdir(), 'prongsai-test-index-'));
  const runtime: PagefindRuntime = { version: '1.6.0', files: new Map(), includeCharacters: [] };
  const written = await builder.write(folder, runtime, chunkBytes);
  const boundaries = readIndexInfo(gunzipSync(await readFile(path.join(folder, written.metaFile)))).boundaries;
  return { boundaries, ids: written.ids, pagefind: await prefixSearch(folder, written.ids), remove: () => rm(folder, { recursive: true, force: true }) };
}
