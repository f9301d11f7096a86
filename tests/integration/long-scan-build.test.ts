/** A 300-page scan read by OCR, built: the page shows its first pages, the whole text is a file beside it, search finds a word from page 250. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BuildRun } from '../helpers/run-build.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { longScan } from '../helpers/shared-sites.ts';
import { parsePublishedScanText, scanTextLimits } from '../../src/lib/ocr/scan-text-view.ts';
import { foundInScanText } from '../../src/lib/search/scan-text-result.ts';
import { storedAttachmentCharacters } from '../../src/lib/search/build-search-index.ts';
import { scanTextUi } from '../../src/i18n/ocr.ts';

const { document, file, pages } = longScan;
let absoluteOut: string;
let run: BuildRun;

// The scan is attached to the January procurement summary of the minimal fixture, built once with what
// citizen-pages, search-index and search-ranking test (tests/helpers/shared-sites.ts).
beforeAll(async () => {
  ({ run, distDir: absoluteOut } = await sharedBuild('minimalPublished'));
}, 240_000);

async function fragmentOf(url: string): Promise<{ content: string }> {
  const folder = path.join(absoluteOut, 'pagefind/fragment');
  for (const name of await readdir(folder)) {
    const fragment = JSON.parse(
      gunzipSync(await readFile(path.join(folder, name)))
        .subarray('pagefind_dcd'.length)
        .toString('utf8'),
    );
    if (fragment.url === url) return fragment;
  }
  throw new Error(`no fragment for ${url}`);
}

describe('a 300-page scan with its machine-read text', () => {
  it('builds', () => {
    expect(run.code, run.stderr + run.stdout).toBe(0);
  });

  it('its page shows the first pages only, says how many of how many, and links the whole text', async () => {
    const html = await readFile(path.join(absoluteOut, document, 'index.html'), 'utf8');
    expect(html.length).toBeLessThan(150_000);
    expect(html).toContain(pages[0]!.text.split('\n')[0]);
    expect(html).not.toContain('รายการที่ 200.1 ');
    expect(html).not.toContain('กระเบื้องมุงหลังคา');
    expect(html).toMatch(/แสดงข้อความหน้า 1–\d+ จากที่อ่านได้ 300 หน้า/);
    expect(html).toContain(`href="/files/${path.dirname(document)}/${file}.ocr.txt"`);
    const shown = Number(/แสดงข้อความหน้า 1–(\d+)/.exec(html)![1]);
    expect(shown).toBeLessThanOrEqual(scanTextLimits.pages);
  });

  it('the whole text is published beside the scan: Thai, every page, no checksum or engine', async () => {
    const text = await readFile(path.join(absoluteOut, 'files', path.dirname(document), `${file}.ocr.txt`), 'utf8');
    expect(text.startsWith('\uFEFFข้อความที่เครื่องอ่าน (OCR)')).toBe(true);
    expect(text).not.toMatch(/sha256|engine: |# /);
    expect(parsePublishedScanText(text)).toEqual(pages);
  });

  it('search finds a word from page 250, says it was machine-read, and fetches a bounded stored copy', async () => {
    const fragment = await fragmentOf(`/${document}/`);
    expect(fragment.content.length).toBeLessThan(storedAttachmentCharacters + 3_000);
    // The part shown on the page is not stored twice: it comes once, from the whole text.
    expect(fragment.content.split(pages[0]!.text.split('\n')[0]!).length - 1).toBe(1);
    expect(foundInScanText(fragment.content, ['กระเบื้องมุงหลังคา'], scanTextUi.heading, scanTextUi.end)).toBe(true);
    // A word of the document's own title is not in the scan: not found there.
    expect(foundInScanText(fragment.content, ['สรุปผลการจัดซื้อจัดจ้าง'], scanTextUi.heading, scanTextUi.end)).toBe(false);
  });
});
