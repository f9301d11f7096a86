/**
 * The page sample of the browser sweeps (scripts/lib/route-sample.ts), on in-memory page files and HTML: each page
 * goes to the page file Astro would build it with, and one page per pattern and variant is kept.
 */
import { describe, it, expect } from 'vitest';
import { describeSample, pageVariant, routeOf, routePatterns, sampleRoutes } from '../../scripts/lib/route-sample.ts';

const patterns = routePatterns([
  '404.astro',
  '[page].astro',
  'index.astro',
  'search.astro',
  'rss.xml.ts',
  'data/[dataset].csv.ts',
  'documents/index.astro',
  'documents/[...id].astro',
  'documents/year/[year]/[...page].astro',
  'oit/[year]/index.astro',
  'oit/[year]/[code].astro',
  'news/item/[...id].astro',
]);

const page = (main: string) =>
  `<!doctype html><html lang="th"><body><header class="site astro-ABC123"><nav><a href="/">หน้าแรก</a></nav></header><main class="wrap">${main}</main><footer>ติดต่อ</footer></body></html>`;
const oitItem = (status: string, evidence: boolean) =>
  page(
    `<h1>O1</h1><p class="lead"><span class="status status-${status}">${status}</span></p>${evidence ? '<ul class="card-list"><li><a href="/x/">หลักฐาน</a></li></ul>' : ''}`,
  );

describe('routePatterns', () => {
  it('turns page files into patterns, drops index, and leaves out endpoints', () => {
    expect(patterns.map((pattern) => pattern.pattern)).toEqual([
      '/404',
      '/[page]',
      '/',
      '/search',
      '/documents',
      '/documents/[...id]',
      '/documents/year/[year]/[...page]',
      '/oit/[year]',
      '/oit/[year]/[code]',
      '/news/item/[...id]',
    ]);
  });
});

describe('routeOf', () => {
  it.each([
    ['/', '/'],
    ['/search/', '/search'],
    ['/privacy-policy/', '/[page]'],
    ['/documents/', '/documents'],
    ['/documents/2567/plan/', '/documents/[...id]'],
    ['/documents/year/2567/', '/documents/year/[year]/[...page]'],
    ['/documents/year/2567/2/', '/documents/year/[year]/[...page]'],
    ['/oit/2567/', '/oit/[year]'],
    ['/oit/2567/o12/', '/oit/[year]/[code]'],
    ['/news/item/2567/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7/', '/news/item/[...id]'],
  ])('%s is built by %s', (pagePath, pattern) => {
    expect(routeOf(pagePath, patterns)).toBe(pattern);
  });

  it('finds nothing for a path no page file builds', () => {
    expect(routeOf('/about/structure/', patterns)).toBeUndefined();
  });
});

describe('pageVariant', () => {
  it('is the element and class names inside <main>, leaving out the header, the footer and Astro’s scoped classes', () => {
    expect(pageVariant(oitItem('ok', true))).toBe('.card-list .lead .status .status-ok .wrap a h1 li main p span ul');
  });

  it('tells apart a status and the parts it shows, not the words', () => {
    expect(pageVariant(oitItem('ok', true))).toBe(pageVariant(oitItem('ok', true).replace('หลักฐาน', 'เอกสารอื่น')));
    expect(pageVariant(oitItem('missing', false))).not.toBe(pageVariant(oitItem('ok', true)));
    expect(pageVariant(oitItem('incomplete', true))).not.toBe(pageVariant(oitItem('ok', true)));
  });

  it('reads the whole body of a page without <main>', () => {
    expect(pageVariant('<html><body><p class="note">x</p></body></html>')).toBe('.note body p');
  });
});

describe('sampleRoutes', () => {
  const pages = [
    { path: '/', html: page('<h1>หน้าแรก</h1>') },
    { path: '/oit/2567/', html: page('<table><tr><td>x</td></tr></table>') },
    { path: '/oit/2567/o1/', html: oitItem('ok', true) },
    { path: '/oit/2567/o2/', html: oitItem('missing', false) },
    { path: '/oit/2567/o3/', html: oitItem('missing', false) },
    { path: '/oit/2567/o4/', html: oitItem('ok', true) },
    { path: '/oit/2567/o5/', html: oitItem('out-of-period', false) },
    { path: '/oit/2566/o1/', html: oitItem('missing', false) },
    { path: '/documents/2567/with-file/', html: page('<h1>ก</h1><ul class="attachments"><li><a href="/files/a.pdf">PDF</a></li></ul>') },
    { path: '/documents/2567/without-file/', html: page('<h1>ข</h1>') },
    { path: '/documents/2567/another-without/', html: page('<h1>ค</h1>') },
    { path: '/about/structure/', html: page('<h1>โครงสร้าง</h1>') },
  ];
  const sample = sampleRoutes(pages, patterns);

  it('keeps the first page of each pattern and variant, in sitemap order', () => {
    expect(sample.pages.map((entry) => entry.path)).toEqual([
      '/',
      '/oit/2567/',
      '/oit/2567/o1/',
      '/oit/2567/o2/',
      '/oit/2567/o5/',
      '/documents/2567/with-file/',
      '/documents/2567/without-file/',
    ]);
    expect(sample.pages.find((entry) => entry.path === '/oit/2567/o2/')?.standsFor).toBe(3);
  });

  it('reports pages no page file builds, and patterns without pages', () => {
    expect(sample.unmatched).toEqual(['/about/structure/']);
    expect(sample.withoutPages).toEqual(['/404', '/[page]', '/search', '/documents', '/documents/year/[year]/[...page]', '/news/item/[...id]']);
  });

  it('describes itself one line per pattern', () => {
    expect(describeSample(sample).split('\n')).toContain('/oit/[year]/[code]: 3 variant(s) for 6 page(s) — /oit/2567/o1/ /oit/2567/o2/ /oit/2567/o5/');
  });
});
