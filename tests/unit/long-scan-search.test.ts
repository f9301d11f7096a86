/** A long scan's text in search: every word indexed, the stored copy (fetched for each result shown) bounded. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SearchIndexBuilder, storedPart, type PagefindRuntime } from '../../src/lib/search/write-search-index.ts';
import { attachmentBlocks } from '../../src/lib/search/search-records.ts';
import { foundInScanText } from '../../src/lib/search/scan-text-result.ts';
import { decodeCbor, unpackFile } from '../../src/lib/search/pagefind-format.ts';
import { queryTerms } from '../../src/lib/search/search-text.ts';
import { scanTextUi } from '../../src/i18n/ocr.ts';
import { longScanPages } from '../../scripts/lib/long-scan.ts';

const heading = scanTextUi.heading;
const end = scanTextUi.end;

describe('storedPart', () => {
  it('keeps whole blocks within the limit, cuts the next at a space and marks the cut', () => {
    const blocks = [
      { text: 'ก'.repeat(40), weight: 1 },
      { text: 'ข้อความ '.repeat(20), weight: 1 },
      { text: 'ไม่เก็บ', weight: 1 },
    ];
    const kept = storedPart(blocks, 100);
    expect(kept.length).toBe(2);
    expect(kept[0]).toEqual(blocks[0]);
    expect(kept[1]!.text.endsWith('ข้อความ …')).toBe(true);
    expect(kept.reduce((sum, block) => sum + block.text.length, 0)).toBeLessThanOrEqual(100 + 2);
    expect(storedPart(blocks, 10_000)).toEqual(blocks);
  });
});

describe('foundInScanText', () => {
  const page = (scan: string) => `แผนพัฒนาท้องถิ่น ประจำปี ${heading} ${scan} ${end} โครงการที่ตอบ`;
  it('says so when a term is only in the scan section, as before', () => {
    expect(foundInScanText(page('ซ่อมแซมถนน'), ['ซ่อมแซมถนน'], heading, end)).toBe(true);
    expect(foundInScanText(page('ซ่อมแซมถนน'), ['แผนพัฒนา'], heading, end)).toBe(false);
  });
  it('says so when a term is nowhere in the stored copy but a scan section there was cut (the rest is indexed, not stored)', () => {
    expect(foundInScanText(page('รายงานหน้าแรก …'), ['กระเบื้อง'], heading, end)).toBe(true);
    // Not cut: a term missing from the stored copy was not found in the scan.
    expect(foundInScanText(page('รายงานหน้าแรก'), ['กระเบื้อง'], heading, end)).toBe(false);
    expect(foundInScanText('แผนพัฒนา …', ['กระเบื้อง'], heading, end)).toBe(false);
  });
  it('reads every scan section of the page (the page’s own and one added from a whole text)', () => {
    const content = `${page('ประกาศ')} ${heading} กระเบื้องมุงหลังคา ${end}`;
    expect(foundInScanText(content, ['กระเบื้อง'], heading, end)).toBe(true);
  });
});

describe('a 300-page scan in the index', () => {
  it('finds a word from page 250, while the stored copy keeps the first 10,000 characters', async () => {
    const pages = longScanPages(300, { page: 250, word: 'กระเบื้องมุงหลังคา' });
    const builder = new SearchIndexBuilder();
    builder.addPage({ url: '/documents/2567/plan/', meta: { title: 'แผนพัฒนาท้องถิ่น' }, filters: {}, blocks: [{ text: 'แผนพัฒนาท้องถิ่น', weight: 7 }], anchors: [] });
    builder.addBlocks('/documents/2567/plan/', [{ text: heading, weight: 1 }]);
    builder.addBlocks(
      '/documents/2567/plan/',
      pages.flatMap((scan) => attachmentBlocks(scan.text)),
      { storedCharacters: 10_000 },
    );
    builder.addBlocks('/documents/2567/plan/', [{ text: end, weight: 1 }]);
    const folder = await mkdtemp(path.join(os.tmpdir(), 'prongsai-long-scan-'));
    try {
      const runtime: PagefindRuntime = { version: '1.6.0', files: new Map(), includeCharacters: [] };
      await builder.write(folder, runtime);
      const [fragmentName] = await readdir(path.join(folder, 'fragment'));
      const fragment = JSON.parse(
        gunzipSync(await readFile(path.join(folder, 'fragment', fragmentName!)))
          .subarray('pagefind_dcd'.length)
          .toString('utf8'),
      ) as {
        content: string;
        word_count: number;
      };
      expect(fragment.content.length).toBeLessThan(10_000 + 200);
      expect(fragment.content).not.toContain('กระเบื้อง');
      expect(fragment.content.endsWith(`… ${end}`)).toBe(true);
      // Every word counted (the whole text, about 480,000 characters, is in the index).
      expect(fragment.word_count).toBeGreaterThan(100_000);
      expect(foundInScanText(fragment.content, ['กระเบื้องมุงหลังคา'], heading, end)).toBe(true);

      // Each tile of the word begins a token listed for the page (page 0): only page 250 holds the word.
      const tokens = queryTerms('กระเบื้องมุงหลังคา').flatMap((term) => term.tiles.map((tile) => tile.token));
      expect(tokens.length).toBeGreaterThan(0);
      const listed = new Map<string, number[]>();
      for (const name of await readdir(path.join(folder, 'index'))) {
        const [entries] = decodeCbor(unpackFile(await readFile(path.join(folder, 'index', name)))) as [[string, [number, number[], unknown[]][], unknown[]][]];
        for (const [word, wordPages] of entries)
          listed.set(
            word,
            wordPages.map((wordPage) => wordPage[0]),
          );
      }
      for (const token of tokens)
        expect(
          [...listed].filter(([word]) => word.startsWith(token)).map(([, on]) => on),
          token,
        ).toContainEqual([0]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
