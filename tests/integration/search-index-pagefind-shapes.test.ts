/**
 * The coupling to Pagefind's undocumented index layout, made safe: the same pages indexed by Pagefind's own indexer
 * (its Node API) and by our writer give every record kind — metadata, word chunks, filters, fragments — in the layouts
 * of src/lib/search/pagefind-records.ts (docs/search-index.md). When a Pagefind release changes a layout, this test
 * fails, not a citizen's search; the build refuses any Pagefind but the one the layout was written for.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import { buildSearchIndex, SearchIndexError, type PagefindApi } from '../../src/lib/search/build-search-index.ts';
import { decodeCbor } from '../../src/lib/search/cbor.ts';
import { checkFilterRecord, checkFragmentRecord, checkMetaRecord, checkWordChunkRecord, pagefindFormatVersion } from '../../src/lib/search/pagefind-records.ts';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';

const siteDir = path.join(projectRoot, '.prongsai/test-sites/search-index-shapes');
const page = (title: string, body: string, kind: string, date: string) =>
  `<!doctype html><html lang="th"><body><main data-pagefind-body><h1>${title}</h1>` +
  `<span hidden data-pagefind-filter="kind:${kind}"></span><span hidden data-pagefind-filter="fiscalYear:2567"></span>` +
  `<span hidden data-pagefind-meta="date:${date}"></span><span hidden data-pagefind-sort="date:2024-01-0${title.length % 9}"></span>` +
  `<h2 id="steps">ขั้นตอน</h2><p>${body}</p><ul data-pagefind-weight="0.5"><li>รายการที่อ้างถึง No Gift</li></ul></main></body></html>`;
const pages: Record<string, string> = {
  'measures/no-gift/index.html': page('มาตรการไม่รับของขวัญ', 'ผู้บริหารประกาศเจตจำนง No Gift Policy ประจำปี 2567', 'measure', '1 มกราคม 2567'),
  'measures/bribery/index.html': page('มาตรการป้องกันการรับสินบน', 'จัดอบรม <b>ให้ความรู้</b> แก่เจ้าหน้าที่ ITA ๒๕๖๗', 'measure', '2 กุมภาพันธ์ 2567'),
  'documents/report/index.html': page('รายงานผลการดำเนินการ', 'สรุปผลการจัดซื้อจัดจ้าง รอบ 6 เดือน', 'document', '3 มีนาคม 2567'),
};

/** Decoded records of an index's files, by kind. */
interface Records {
  meta: unknown[];
  chunks: unknown[];
  filters: unknown[];
  fragments: unknown[];
}
function sortRecords(files: { path: string; content: Uint8Array }[]): Records {
  const records: Records = { meta: [], chunks: [], filters: [], fragments: [] };
  const body = (content: Uint8Array) => gunzipSync(content).subarray('pagefind_dcd'.length);
  for (const file of files) {
    if (file.path.endsWith('.pf_meta')) records.meta.push(decodeCbor(body(file.content)));
    else if (file.path.endsWith('.pf_index')) records.chunks.push(decodeCbor(body(file.content)));
    else if (file.path.endsWith('.pf_filter')) records.filters.push(decodeCbor(body(file.content)));
    else if (file.path.endsWith('.pf_fragment')) records.fragments.push(JSON.parse(new TextDecoder().decode(body(file.content))));
  }
  return records;
}

let pagefindRecords: Records;
let ourRecords: Records;

beforeAll(async () => {
  await rm(siteDir, { recursive: true, force: true });
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(siteDir, file)), { recursive: true });
    await writeFile(path.join(siteDir, file), html);
  }
  // Pagefind's own indexer, through its Node API, over the same HTML.
  const created = await pagefind.createIndex({ forceLanguage: 'und' });
  for (const [file, html] of Object.entries(pages)) await created.index!.addHTMLFile({ url: `/${path.dirname(file)}/`, content: html });
  pagefindRecords = sortRecords((await created.index!.getFiles()).files);
  await pagefind.close();
  // Ours.
  await buildSearchIndex({ siteDir, pagefind });
  const folder = path.join(siteDir, 'pagefind');
  const names = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
  ourRecords = sortRecords(await Promise.all(names.map(async (name) => ({ path: name, content: new Uint8Array(await readFile(name)) }))));
}, 120_000);
afterAll(async () => {
  await rm(siteDir, { recursive: true, force: true });
});

describe(`Pagefind ${pagefindFormatVersion}'s index layout`, () => {
  it('is the installed Pagefind’s', async () => {
    const installed = JSON.parse(await readFile(path.join(projectRoot, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(pagefindFormatVersion);
    expect((pagefindRecords.meta[0] as unknown[])[0]).toBe(pagefindFormatVersion);
  });

  for (const kind of ['meta', 'chunks', 'filters', 'fragments'] as const) {
    const check = { meta: checkMetaRecord, chunks: checkWordChunkRecord, filters: checkFilterRecord, fragments: checkFragmentRecord }[kind];
    it(`${kind}: Pagefind's indexer and our writer both write every record in the named layout`, () => {
      expect(pagefindRecords[kind].length, `Pagefind wrote no ${kind}`).toBeGreaterThan(0);
      expect(ourRecords[kind].length, `we wrote no ${kind}`).toBeGreaterThan(0);
      for (const record of pagefindRecords[kind]) expect(() => check(record)).not.toThrow();
      for (const record of ourRecords[kind]) expect(() => check(record)).not.toThrow();
    });
  }

  it('the same pages give the same filters, metadata fields and fragment fields', () => {
    const filterNames = (records: Records) => records.filters.map((record) => checkFilterRecord(record)[0]).sort();
    expect(filterNames(ourRecords)).toEqual(filterNames(pagefindRecords));
    const metaFields = (records: Records) => checkMetaRecord(records.meta[0])[5];
    expect(metaFields(ourRecords)).toEqual(metaFields(pagefindRecords));
    const byUrl = (records: Records) => new Map(records.fragments.map((record) => checkFragmentRecord(record)).map((fragment) => [fragment.url, fragment]));
    const theirs = byUrl(pagefindRecords);
    for (const [url, fragment] of byUrl(ourRecords)) {
      expect(fragment.filters, url).toEqual(theirs.get(url)?.filters);
      expect(fragment.meta, url).toEqual(theirs.get(url)?.meta);
      expect(
        fragment.anchors.map((anchor) => [anchor.element, anchor.id, anchor.text]),
        url,
      ).toEqual(theirs.get(url)?.anchors.map((anchor) => [anchor.element, anchor.id, anchor.text]));
    }
  });

  it('a record in another layout is refused, saying where', () => {
    expect(() => checkMetaRecord(['1.7.0', [['id', 3]], [], [], [], []])).toThrow(/meta\[1\]\[0\]: expected an array of 3/);
    expect(() => checkFragmentRecord({ url: '/', content: '', word_count: 1, filters: {}, meta: {}, anchors: [], sub_results: [] })).toThrow(/sub_results/);
  });
});

describe('a Pagefind other than the one the layout was written for', () => {
  it('fails the build with a Thai message naming both versions', async () => {
    const index = {
      getFiles: async () => ({
        errors: [],
        files: ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind']
          .map((name) => ({ path: name, content: new Uint8Array([1]) }))
          .concat({
            path: 'pagefind-entry.json',
            content: new TextEncoder().encode(JSON.stringify({ version: '1.7.0', languages: {} })),
          }),
      }),
    } as unknown as PagefindIndex;
    const newer: PagefindApi = { createIndex: async () => ({ errors: [], index }), close: async () => null };
    const error = await buildSearchIndex({ siteDir, pagefind: newer }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SearchIndexError);
    expect((error as Error).message).toContain('Pagefind รุ่น 1.7.0');
    expect((error as Error).message).toContain(`รุ่น ${pagefindFormatVersion}`);
  });
});
