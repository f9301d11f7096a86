/** A 300-page scan read by OCR, built: the page shows its first pages, the whole text is a file beside it, search finds a word from page 250. */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixtureSite, projectRoot, type ScratchSite } from '../../scripts/lib/fixture-site.ts';
import { longScanPages } from '../../scripts/lib/long-scan.ts';
import { runBuild, type BuildRun } from '../helpers/run-build.ts';
import { tinyPdf } from '../helpers/tiny-pdf.ts';
import { formatScanText } from '../../src/lib/ocr/scan-text-file.ts';
import { parsePublishedScanText, scanTextLimits } from '../../src/lib/ocr/scan-text-view.ts';
import { foundInScanText } from '../../src/lib/search/scan-text-result.ts';
import { storedAttachmentCharacters } from '../../src/lib/search/build-search-index.ts';
import { scanTextUi } from '../../src/i18n/ocr.ts';

const outDir = '.prongsai/test-out/long-scan/dist';
const absoluteOut = path.join(projectRoot, outDir);
const scanFile = 'content/documents/2567/procurement-plan-2567.pdf';
const pages = longScanPages(300, { page: 250, word: 'กระเบื้องมุงหลังคา' });
let site: ScratchSite;
let run: BuildRun;

beforeAll(async () => {
  site = await copyFixtureSite('minimal', 'long-scan');
  const scan = tinyPdf();
  await site.write(scanFile, scan);
  const sha256 = createHash('sha256').update(scan).digest('hex');
  await site.write(`${scanFile}.ocr.txt`, formatScanText('procurement-plan-2567.pdf', { sha256, pageCount: 300, engine: 'test', pages }));
  await rm(absoluteOut, { recursive: true, force: true });
  run = await runBuild(site.contentDirFromProject, outDir);
}, 240_000);
afterAll(async () => {
  await site?.remove();
  await rm(path.dirname(absoluteOut), { recursive: true, force: true });
});

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
    const html = await readFile(path.join(absoluteOut, 'documents/2567/procurement-plan/index.html'), 'utf8');
    expect(html.length).toBeLessThan(150_000);
    expect(html).toContain(pages[0]!.text.split('\n')[0]);
    expect(html).not.toContain('รายการที่ 200.1 ');
    expect(html).not.toContain('กระเบื้องมุงหลังคา');
    expect(html).toMatch(/แสดงข้อความหน้า 1–\d+ จากที่อ่านได้ 300 หน้า/);
    expect(html).toContain('href="/files/documents/2567/procurement-plan-2567.pdf.ocr.txt"');
    const shown = Number(/แสดงข้อความหน้า 1–(\d+)/.exec(html)![1]);
    expect(shown).toBeLessThanOrEqual(scanTextLimits.pages);
  });

  it('the whole text is published beside the scan: Thai, every page, no checksum or engine', async () => {
    const text = await readFile(path.join(absoluteOut, 'files/documents/2567/procurement-plan-2567.pdf.ocr.txt'), 'utf8');
    expect(text.startsWith('\uFEFFข้อความที่เครื่องอ่าน (OCR)')).toBe(true);
    expect(text).not.toMatch(/sha256|engine: |# /);
    expect(parsePublishedScanText(text)).toEqual(pages);
  });

  it('search finds a word from page 250, says it was machine-read, and fetches a bounded stored copy', async () => {
    const fragment = await fragmentOf('/documents/2567/procurement-plan/');
    expect(fragment.content.length).toBeLessThan(storedAttachmentCharacters + 3_000);
    // The part shown on the page is not stored twice: it comes once, from the whole text.
    expect(fragment.content.split(pages[0]!.text.split('\n')[0]!).length - 1).toBe(1);
    expect(foundInScanText(fragment.content, ['กระเบื้องมุงหลังคา'], scanTextUi.heading, scanTextUi.end)).toBe(true);
    expect(foundInScanText(fragment.content, ['แผนการจัดซื้อจัดจ้าง'], scanTextUi.heading, scanTextUi.end)).toBe(false);
  });
});
