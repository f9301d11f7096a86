import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdir, readdir, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import type { AstroIntegrationLogger } from 'astro';
import { buildSearchIndex, SearchIndexError, startSearchIndex, type PagefindApi } from '../../src/lib/search/build-search-index.ts';
import { attachmentWarnings, indexSummary } from '../../src/lib/search/index-report.ts';
import { resolveConfig } from '../../src/config.ts';
import { searchIndex } from '../../src/integrations/search-index.ts';
import { readIndexInfo } from '../../src/lib/search/tile-search.ts';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';
import { indexFiles } from '../helpers/index-files.ts';

const siteDir = path.join(projectRoot, '.prongsai/test-sites/search-index-build');
const page = (main: string) => `<!doctype html><html lang="th"><body><main data-pagefind-body>${main}</main></body></html>`;

beforeAll(async () => {
  await rm(siteDir, { recursive: true, force: true });
  await mkdir(path.join(siteDir, 'documents/plan'), { recursive: true });
  await mkdir(path.join(siteDir, 'files'), { recursive: true });
  await mkdir(path.join(siteDir, 'lists'), { recursive: true });
  await copyFile(path.join(projectRoot, 'tests/fixtures/pdf/thai-manual.pdf'), path.join(siteDir, 'files/manual.pdf'));
  await copyFile(path.join(projectRoot, 'tests/fixtures/pdf/scanned-declaration.pdf'), path.join(siteDir, 'files/scan.pdf'));
  await writeFile(path.join(siteDir, 'files/broken.pdf'), 'ไม่ใช่ PDF');
  await writeFile(
    path.join(siteDir, 'documents/plan/index.html'),
    page(
      '<h1>แผนการจัดซื้อจัดจ้าง</h1><a href="/files/manual.pdf" data-search-attachment>คู่มือ</a> <a href="/files/scan.pdf" data-search-attachment>ฉบับสแกน</a> <a href="/files/broken.pdf" data-search-attachment>เสีย</a> <a href="/files/missing.pdf" data-search-attachment>หาย</a>',
    ),
  );
  await writeFile(path.join(siteDir, 'index.html'), page('<h1>หน้าแรก</h1>'));
  await writeFile(path.join(siteDir, 'lists/index.html'), '<html><body><main>รายการ (not indexed)</main></body></html>');
});
afterAll(async () => {
  await rm(siteDir, { recursive: true, force: true });
});

/** A Pagefind stand-in that reports an error at one step, and records what was called. */
function failingPagefind(step: 'createIndex' | 'getFiles' | 'throws'): PagefindApi & { calls: string[] } {
  const calls: string[] = [];
  const index = {
    getFiles: async () => {
      calls.push('getFiles');
      if (step === 'throws') throw new Error('service crashed');
      return { errors: step === 'getFiles' ? ['disk full'] : [], files: [] };
    },
  } as unknown as PagefindIndex;
  return {
    calls,
    createIndex: async () => {
      calls.push('createIndex');
      return step === 'createIndex' ? { errors: ['bad config'] } : { errors: [], index };
    },
    close: async () => {
      calls.push('close');
      return null;
    },
  };
}

describe('buildSearchIndex fails on any error', () => {
  it('when Pagefind cannot create an index', async () => {
    const api = failingPagefind('createIndex');
    await expect(buildSearchIndex({ siteDir, pagefind: api })).rejects.toThrow(/สร้างดัชนีค้นหาไม่สำเร็จ \(createIndex\): bad config/);
    expect(api.calls[0]).toBe('createIndex');
    expect(api.calls.slice(1).every((call) => call === 'close')).toBe(true);
  });

  it('when Pagefind cannot give its search code, before anything is written', async () => {
    const api = failingPagefind('getFiles');
    const error = await buildSearchIndex({ siteDir, pagefind: api }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SearchIndexError);
    expect((error as Error).message).toMatch(/\(getFiles\): disk full/);
    expect(api.calls.at(-1)).toBe('close');
  });

  it('when Pagefind throws instead of answering', async () => {
    const api = failingPagefind('throws');
    await expect(buildSearchIndex({ siteDir, pagefind: api })).rejects.toThrow(/สร้างดัชนีค้นหาไม่สำเร็จ: service crashed/);
    expect(api.calls.at(-1)).toBe('close');
  });

  it('and the integration lets the error fail the Astro build', async () => {
    const hook = searchIndex(resolveConfig({ root: projectRoot }), { pagefindApi: failingPagefind('getFiles') }).hooks['astro:build:done']!;
    const logger = { warn: () => undefined, info: () => undefined } as unknown as AstroIntegrationLogger;
    await expect(hook({ dir: pathToFileURL(`${siteDir}/`), logger } as never)).rejects.toBeInstanceOf(SearchIndexError);
  });
});

describe('buildSearchIndex with Pagefind', () => {
  it('indexes the pages that have main content, with their PDFs’ text, and reports the PDFs it could not read', async () => {
    const report = await buildSearchIndex({ siteDir, pagefind });
    expect(report.pages).toBe(2);
    expect(report.attachments).toEqual([
      { path: '/files/broken.pdf', result: 'unreadable', reason: expect.any(String) },
      { path: '/files/manual.pdf', result: 'text', pages: 1 },
      { path: '/files/missing.pdf', result: 'missing' },
      { path: '/files/scan.pdf', result: 'no-text-layer', pages: 1 },
    ]);
    expect(report.indexBytes).toBeGreaterThan(0);

    const written = await readdir(path.join(siteDir, 'pagefind'));
    expect(written).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'index', 'fragment']));
    expect(written.filter((name) => name.includes('-ui') || name.includes('highlight'))).toEqual([]);
    const entry = JSON.parse(await readFile(path.join(siteDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).map((language) => language.page_count)).toEqual([2]);

    const warnings = attachmentWarnings(report);
    expect(warnings).toHaveLength(3);
    expect(warnings.find((warning) => warning.includes('/files/scan.pdf'))).toContain('ไม่มีชั้นข้อความ');
    expect(indexSummary(report)).toContain('2 หน้า, PDF ที่ค้นข้อความได้ 1/4 ไฟล์');
  });

  it('stores the PDF text with the page that owns it', async () => {
    const fragments = path.join(siteDir, 'pagefind/fragment');
    const contents = await Promise.all((await readdir(fragments)).map(async (name) => gunzipSync(await readFile(path.join(fragments, name))).toString('utf8')));
    const plan = contents.find((content) => content.includes('"/documents/plan/"'));
    expect(plan).toContain('รถยนต์ส่วนกลาง');
  });
});

describe('buildSearchIndex writes one index, newest first', () => {
  const datedSite = path.join(projectRoot, '.prongsai/test-sites/search-index-dated');
  const dated = (title: string, date: string, extra = '') => page(`<span hidden data-pagefind-sort="date:${date}"></span>${extra}<h1>${title}</h1>`);

  beforeAll(async () => {
    await rm(datedSite, { recursive: true, force: true });
    for (const name of ['a-old', 'b-new', 'c-undated', 'd-middle', 'oit', 'search']) await mkdir(path.join(datedSite, name), { recursive: true });
    await writeFile(path.join(datedSite, 'a-old/index.html'), dated('ประกาศเก่า', '2021-01-05'));
    await writeFile(path.join(datedSite, 'b-new/index.html'), dated('ประกาศใหม่', '2024-03-01'));
    await writeFile(path.join(datedSite, 'c-undated/index.html'), page('<h1>หน้าไม่มีวันที่</h1>'));
    await writeFile(path.join(datedSite, 'd-middle/index.html'), dated('ประกาศกลาง', '2023-07-15'));
    await writeFile(
      path.join(datedSite, 'oit/index.html'),
      page('<span hidden data-pagefind-filter="kind:oit-item"></span><span hidden data-pagefind-filter="fiscalYear:2566"></span><h1>ข้อ O1</h1>'),
    );
    // As Astro writes it: the empty attributes bare.
    await writeFile(
      path.join(datedSite, 'search/index.html'),
      '<html><body><section class="search-results" data-search-index-meta data-search-dated data-search-catalogue data-astro-cid-x></section></body></html>',
    );
  });
  afterAll(async () => {
    await rm(datedSite, { recursive: true, force: true });
  });

  it('numbers the pages newest first, undated ones after, and tells the search page its metadata file, dated pages and catalogue pages', async () => {
    const report = await buildSearchIndex({ siteDir: datedSite, pagefind });
    expect(report.pages).toBe(5);
    const folder = path.join(datedSite, 'pagefind');
    const metaFile = (await readdir(folder)).find((name) => name.endsWith('.pf_meta'))!;
    const ids = [...readIndexInfo(gunzipSync(await readFile(path.join(folder, metaFile)))).lengths.keys()];
    const urls = await Promise.all(
      ids.map(
        async (id) =>
          (
            JSON.parse(
              gunzipSync(await readFile(path.join(folder, 'fragment', `${id}.pf_fragment`)))
                .subarray('pagefind_dcd'.length)
                .toString('utf8'),
            ) as { url: string }
          ).url,
      ),
    );
    expect(urls).toEqual(['/b-new/', '/d-middle/', '/a-old/', '/c-undated/', '/oit/']);
    expect(ids.map((id) => Number.parseInt(id.slice(5), 36))).toEqual([0, 1, 2, 3, 4]);
    const searchPage = await readFile(path.join(datedSite, 'search/index.html'), 'utf8');
    expect(searchPage).toContain(`data-search-index-meta="${metaFile}"`);
    expect(searchPage).toContain('data-search-dated="3"');
    expect(searchPage).toContain(`data-search-catalogue="2566:${ids[4]}"`);
  });
});

describe('startSearchIndex indexes pages as Astro renders them, and the index is always that of the files written', () => {
  const renderedSite = path.join(projectRoot, '.prongsai/test-sites/search-index-rendered');
  const pages: Record<string, string> = {
    'index.html': page('<h1>หน้าแรก</h1><p>ยินดีต้อนรับ</p>'),
    'news/index.html': page('<span hidden data-pagefind-sort="date:2024-03-01"></span><h1>ข่าวประชาสัมพันธ์</h1><p>ประชุมสภา</p>'),
    'เอกสาร/แผน/index.html': page('<h1>แผนการจัดซื้อจัดจ้าง</h1><a href="/files/manual.pdf" data-search-attachment>คู่มือ</a>'),
    'lists/index.html': '<html><body><main>รายการ (not indexed)</main></body></html>',
  };
  const requestPath = (file: string) => encodeURI(`/${file.replace(/index\.html$/, '')}`);
  const bytes = (html: string) => new TextEncoder().encode(html);

  const renderedIndex = () => indexFiles(path.join(renderedSite, 'pagefind'));

  beforeAll(async () => {
    await rm(renderedSite, { recursive: true, force: true });
    for (const [file, html] of Object.entries(pages)) {
      await mkdir(path.dirname(path.join(renderedSite, file)), { recursive: true });
      await writeFile(path.join(renderedSite, file), html);
    }
    await mkdir(path.join(renderedSite, 'files'), { recursive: true });
    await copyFile(path.join(projectRoot, 'tests/fixtures/pdf/thai-manual.pdf'), path.join(renderedSite, 'files/manual.pdf'));
  });
  afterAll(async () => {
    await rm(renderedSite, { recursive: true, force: true });
  });

  it('writes the same index from the pages as rendered (request paths percent-encoded) as from their files, attachments included', async () => {
    await buildSearchIndex({ siteDir: renderedSite, pagefind });
    const fromFiles = await renderedIndex();
    const session = startSearchIndex({ pagefind });
    for (const [file, html] of Object.entries(pages)) session.addRendered(requestPath(file), bytes(html));
    const report = await session.finish(renderedSite);
    expect(report.pages).toBe(3);
    expect(report.pagesRendered).toBe(3);
    expect(report.attachments).toEqual([{ path: '/files/manual.pdf', result: 'text', pages: 1 }]);
    expect(await renderedIndex()).toEqual(fromFiles);
  });

  it('reads from its file a page that was not rendered, and leaves out a rendered page that was never written', async () => {
    await buildSearchIndex({ siteDir: renderedSite, pagefind });
    const fromFiles = await renderedIndex();
    const session = startSearchIndex({ pagefind });
    session.addRendered('/', bytes(pages['index.html']!));
    session.addRendered('/lists/', bytes(pages['lists/index.html']!));
    session.addRendered('/gone/', bytes(page('<h1>หน้าที่ไม่ได้เขียน</h1>')));
    const report = await session.finish(renderedSite);
    expect(report.pages).toBe(3);
    expect(report.pagesRendered).toBe(0);
    expect(await renderedIndex()).toEqual(fromFiles);
  });

  it('indexes a page as its file says when the file differs from what was rendered', async () => {
    const session = startSearchIndex({ pagefind });
    for (const [file, html] of Object.entries(pages))
      session.addRendered(requestPath(file), bytes(file === 'news/index.html' ? html.replace('ประชุมสภา', 'ประชุมสภาท้องถิ่นสมัยวิสามัญ') : html));
    const report = await session.finish(renderedSite);
    expect(report.pages).toBe(3);
    const fragments = [...(await renderedIndex())]
      .filter(([name]) => name.startsWith('fragment'))
      .map(([, content]) => Buffer.from(content, 'base64').toString('utf8'));
    expect(fragments.find((fragment) => fragment.includes('"/news/"'))).toMatch(/ประชุมสภา(?!ท้องถิ่น)/);
    expect(fragments.join('\n')).not.toContain('สมัยวิสามัญ');
  });
});
