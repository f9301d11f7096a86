import { describe, it, expect } from 'vitest';
import { readSearchPage } from '../../src/lib/search/search-records.ts';
import { decodeSearchText, encodeSearchText } from '../../src/lib/search/search-text.ts';

const page = (main: string, outside = '') =>
  `<!doctype html><html lang="th"><head><title>t</title><script type="module">let a = 1 < 2;</script></head><body><header><nav>เมนูหลัก</nav></header>${outside}<main id="main" data-pagefind-body>${main}</main><footer>ท้ายหน้า</footer></body></html>`;

/** Text Pagefind will index: the tokens outside ignored parts, read back. */
const searchableText = (html: string) =>
  decodeSearchText(
    html
      .replace(/<(div|span) data-pagefind-ignore>[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' '),
  );

describe('readSearchPage', () => {
  it('is undefined for a page without data-pagefind-body (lists, 404, the search page)', () => {
    expect(readSearchPage('<html><body><main>รายการ</main></body></html>')).toBeUndefined();
  });

  it('indexes only the main content, in search tokens, and keeps no readable Thai from it', () => {
    const html = readSearchPage(page('<h1>มาตรการ</h1><p>ไม่รับของขวัญ &amp; ของกำนัล</p>', '<nav class="breadcrumbs">เอกสารเผยแพร่</nav>'))!.indexHtml([]);
    expect(html).not.toMatch(/เมนูหลัก|ท้ายหน้า|เอกสารเผยแพร่|ของขวัญ/);
    expect(html).toContain(encodeSearchText('ไม่รับของขวัญ & ของกำนัล'));
    expect(searchableText(html)).toBe('มาตรการ ไม่รับของขวัญ & ของกำนัล');
  });

  it('runs text on across inline elements but not across blocks or table cells', () => {
    const html = readSearchPage(page('<p>ประ<strong>โยชน์</strong>ส่วน<a href="/x/">ตน</a></p><table><tr><td>จัดซื้อ</td><td>จัดจ้าง</td></tr></table>'))!.indexHtml([]);
    expect(html).toContain(encodeSearchText('ประโยชน์ส่วนตน'));
    expect(html).not.toContain(encodeSearchText('จัดซื้อจัดจ้าง'));
  });

  it('keeps headings, ids and weights for Pagefind, and leaves ignored parts and scripts out of the text', () => {
    const html = readSearchPage(
      page('<h2 id="steps">ขั้นตอน</h2><ul data-pagefind-weight="0.5"><li>ลิงก์</li></ul><section data-pagefind-ignore><h2>ประวัติ</h2></section><script>alert(1)</script>'),
    )!.indexHtml([]);
    expect(html).toContain(`<h2 id="steps"> ${encodeSearchText('ขั้นตอน')} </h2>`);
    expect(html).toContain('<ul data-pagefind-weight="0.5">');
    expect(html).toContain('<section data-pagefind-ignore><h2>ประวัติ</h2></section>');
    expect(html).not.toContain('alert');
  });

  it('takes the title from the first h1 in tokens, so title words weigh more for a query', () => {
    const html = readSearchPage(page('<h1>นโยบาย <em>No Gift</em></h1><h1>อื่น</h1>'))!.indexHtml([]);
    expect(html).toContain(`<h1 data-pagefind-meta="title"> ${encodeSearchText('นโยบาย No Gift')} </h1>`);
    expect(html.match(/data-pagefind-meta="title"/g)).toHaveLength(1);
  });

  it('keeps filters and metadata taken from text readable, beside a searchable copy of that text', () => {
    const html = readSearchPage(page('<dd><a href="/t/"><span data-pagefind-filter="type" id="t">แผนการจัดซื้อจัดจ้าง</span></a></dd><span hidden data-pagefind-filter="kind:document"></span>'))!.indexHtml([]);
    expect(html).toContain('<span data-pagefind-ignore><span data-pagefind-filter="type">แผนการจัดซื้อจัดจ้าง</span></span>');
    expect(html).toContain(`<span id="t"> ${encodeSearchText('แผนการจัดซื้อจัดจ้าง')} </span>`);
    expect(html).toContain('<span hidden data-pagefind-filter="kind:document"></span>');
  });

  it("reads the page's filters given in attributes, not those taken from text", () => {
    const searchPage = readSearchPage(page('<span hidden data-pagefind-filter="kind:oit-item"></span><span hidden data-pagefind-filter="fiscalYear:2566"></span><span data-pagefind-filter="type">แผน</span>'))!;
    expect(searchPage.filters).toEqual({ kind: ['oit-item'], fiscalYear: ['2566'] });
  });

  it('lists the attachments marked for search and appends their text, one block per page', () => {
    const searchPage = readSearchPage(
      page('<ul><li><a href="/files/a.pdf" data-search-attachment>A</a></li><li><a href="/files/a.pdf" data-search-attachment>A again</a></li><li><a href="/files/b.docx">B</a></li></ul><div data-pagefind-ignore><a href="/files/c.pdf" data-search-attachment>C</a></div>'),
    )!;
    expect(searchPage.attachments).toEqual(['/files/a.pdf']);
    const html = searchPage.indexHtml(['รถยนต์ส่วนกลาง\n\nหน้าสอง']);
    expect(html).toContain(`<section><p>${encodeSearchText('รถยนต์ส่วนกลาง')}</p><p>${encodeSearchText('หน้าสอง')}</p></section></main>`);
  });
});
