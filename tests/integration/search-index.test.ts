import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { cp, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';
import type { BuildRun } from '../helpers/run-build.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { indexFiles } from '../helpers/index-files.ts';
import * as pagefind from 'pagefind';
import { buildSearchIndex } from '../../src/lib/search/build-search-index.ts';

let absoluteOut: string;
let run: BuildRun;
/** Where a test copies the build to change it */
const scratchOut = path.join(projectRoot, '.prongsai/test-out/search-index-test');

/** Pagefind's stored copy of each indexed page, by URL. */
async function fragments(): Promise<Map<string, { content: string; meta: Record<string, string>; filters: Record<string, string[]> }>> {
  const folder = path.join(absoluteOut, 'pagefind/fragment');
  const byUrl = new Map();
  for (const name of await readdir(folder)) {
    const fragment = JSON.parse(
      gunzipSync(await readFile(path.join(folder, name)))
        .subarray('pagefind_dcd'.length)
        .toString('utf8'),
    );
    byUrl.set(fragment.url, fragment);
  }
  return byUrl;
}

// The minimal fixture with a signed copy of the No Gift declaration that is a scan without a text layer, built once with
// what citizen-pages, long-scan-build and search-ranking test (tests/helpers/shared-sites.ts).
beforeAll(async () => {
  const shared = await sharedBuild('minimalPublished');
  run = shared.run;
  absoluteOut = shared.distDir;
});
afterAll(async () => {
  await rm(scratchOut, { recursive: true, force: true });
});

describe('npm run build writes the search index', () => {
  it('builds, says so, and reports the scanned PDF as not searchable', () => {
    expect(run.code, run.stderr).toBe(0);
    // Three PDFs: the plan's (a text layer) and long-scan-build.test.ts's scan with its machine-read text are searchable,
    // the signed declaration (a scan, no text beside it) is not.
    expect(run.stdout).toMatch(/✓ สร้างดัชนีค้นหาแล้ว: \d+ หน้า, PDF ที่ค้นข้อความได้ 2\/3 ไฟล์/);
    const output = run.stdout + run.stderr;
    expect(output).toContain('ค้นหาข้อความในไฟล์ /files/declarations/2567/no-gift-signed.pdf ไม่ได้');
    expect(output).toContain('not searchable: the PDF has no text layer');
  });

  it('indexes a document page with its PDF’s text, its filters, metadata and date, all readable — and only in the index', async () => {
    const pages = await fragments();
    const plan = pages.get('/documents/2567/procurement-plan/')!;
    expect(plan).toBeDefined();
    // "ถนนลูกรัง" is written only in the attached PDF.
    expect(plan.content).toContain('ซ่อมแซมถนนลูกรัง');
    expect(await readFile(path.join(absoluteOut, 'documents/2567/procurement-plan/index.html'), 'utf8')).not.toContain('ถนนลูกรัง');
    expect(plan.filters).toEqual({ kind: ['document'], fiscalYear: ['2567'], type: ['procurement-plan'] });
    expect(plan.meta).toMatchObject({ kind: 'เอกสารเผยแพร่', fiscalYear: '2567', type: 'แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ', date: '20 ตุลาคม 2566' });
    expect(plan.meta.title).toBe('แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567');
    expect(plan.content.startsWith('แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2567')).toBe(true);
  });

  it('leaves out navigation, lists and the pages without main content, and keeps the sort date as ISO', async () => {
    const pages = await fragments();
    expect([...pages.keys()]).not.toContain('/');
    expect([...pages.keys()]).not.toContain('/search/');
    expect([...pages.keys()].some((url) => url.startsWith('/documents/year/') || url.startsWith('/documents/type/'))).toBe(false);
    expect([...pages.keys()]).toEqual(expect.arrayContaining(['/measures/2567/no-gift/', '/declarations/2567/no-gift/', '/about/']));
    const plan = pages.get('/documents/2567/procurement-plan/')!;
    expect(plan.content).not.toContain('เมนูหลัก');
    const sortIndex = await readdir(path.join(absoluteOut, 'pagefind'));
    expect(sortIndex.some((name) => name.endsWith('.pf_meta'))).toBe(true);
    const html = await readFile(path.join(absoluteOut, 'documents/2567/procurement-plan/index.html'), 'utf8');
    expect(html).toContain('data-pagefind-sort="date:2023-10-20"');
  });
});

describe('the index the build makes while Astro renders', () => {
  it('is, file for file, the index of the pages written (as built from the files alone)', async () => {
    const copy = path.join(scratchOut, 'from-files');
    await rm(copy, { recursive: true, force: true });
    await cp(absoluteOut, copy, { recursive: true });
    await rm(path.join(copy, 'pagefind'), { recursive: true });
    const report = await buildSearchIndex({ siteDir: copy, pagefind });
    expect(report.pagesRendered).toBe(0);
    const fromFiles = await indexFiles(path.join(copy, 'pagefind'));
    expect(fromFiles.size).toBeGreaterThan(10);
    expect(await indexFiles(path.join(absoluteOut, 'pagefind'))).toEqual(fromFiles);
    expect(await readFile(path.join(copy, 'search/index.html'), 'utf8')).toBe(await readFile(path.join(absoluteOut, 'search/index.html'), 'utf8'));
  });
});
