import { describe, it, expect } from 'vitest';
import { attachmentBlocks, readSearchPage } from '../../src/lib/search/search-records.ts';

const page = (main: string, outside = '') =>
  `<!doctype html><html lang="th"><head><title>t</title><script type="module">let a = 1 < 2;</script></head><body><header><nav>เมนูหลัก</nav></header>${outside}<main id="main" data-pagefind-body>${main}</main><footer>ท้ายหน้า</footer></body></html>`;

const texts = (html: string) => readSearchPage(page(html))!.blocks.map((block) => block.text);

describe('readSearchPage', () => {
  it('is undefined for a page without data-pagefind-body (lists, 404, the search page)', () => {
    expect(readSearchPage('<html><body><main>รายการ</main></body></html>')).toBeUndefined();
  });

  it('reads only the main content, as readable text with entities decoded', () => {
    const read = readSearchPage(page('<h1>มาตรการ</h1><p>ไม่รับของขวัญ &amp; ของกำนัล</p>', '<nav class="breadcrumbs">เอกสารเผยแพร่</nav>'))!;
    expect(read.blocks).toEqual([
      { text: 'มาตรการ', weight: 7 },
      { text: 'ไม่รับของขวัญ & ของกำนัล', weight: 1 },
    ]);
  });

  it('runs text on across inline elements but not across blocks or table cells', () => {
    expect(texts('<p>ประ<strong>โยชน์</strong>ส่วน<a href="/x/">ตน</a></p><table><tr><td>จัดซื้อ</td><td>จัดจ้าง</td></tr></table>')).toEqual([
      'ประโยชน์ส่วนตน',
      'จัดซื้อ',
      'จัดจ้าง',
    ]);
  });

  it('weighs headings and marked lists as Pagefind does, keeps headings with an id, and leaves ignored parts and scripts out', () => {
    const read = readSearchPage(
      page(
        '<h2 id="steps">ขั้นตอน</h2><ul data-pagefind-weight="0.5"><li>ลิงก์ <em>หนึ่ง</em></li></ul><section data-pagefind-ignore><h2>ประวัติ</h2></section><script>alert(1)</script><p>ท้าย</p>',
      ),
    )!;
    expect(read.blocks).toEqual([
      { text: 'ขั้นตอน', weight: 6 },
      { text: 'ลิงก์ หนึ่ง', weight: 0.5 },
      { text: 'ท้าย', weight: 1 },
    ]);
    expect(read.anchors).toEqual([{ element: 'h2', id: 'steps', text: 'ขั้นตอน', block: 0 }]);
  });

  it('takes the title from the first h1 unless the page names one', () => {
    expect(readSearchPage(page('<h1>นโยบาย <em>No Gift</em></h1><h1>อื่น</h1>'))!.meta).toEqual({ title: 'นโยบาย No Gift' });
    expect(readSearchPage(page('<span data-pagefind-meta="title:ชื่อ, อื่น"></span><h1>หัวเรื่อง</h1>'))!.meta).toEqual({ title: 'ชื่อ, อื่น' });
  });

  it('reads metadata, filters and sort keys from attributes and from text, as Pagefind does', () => {
    const read = readSearchPage(
      page(
        '<span hidden data-pagefind-filter="kind:oit-item"></span><span hidden data-pagefind-filter="fiscalYear:2566"></span><dd><span data-pagefind-filter="type">แผน จัดซื้อ</span></dd>' +
          '<span hidden data-pagefind-meta="date:มกราคม 2567"></span><span hidden data-pagefind-sort="date:2024-01-15"></span><img data-pagefind-meta="image[src]" src="/a.png">' +
          '<div data-pagefind-ignore><span data-pagefind-filter="kind:ignored-but-read"></span>ข้อความ</div><div data-pagefind-ignore="all"><span data-pagefind-filter="kind:never"></span></div>',
      ),
    )!;
    expect(read.filters).toEqual({ kind: ['oit-item', 'ignored-but-read'], fiscalYear: ['2566'], type: ['แผน จัดซื้อ'] });
    expect(read.meta).toEqual({ date: 'มกราคม 2567', image: '/a.png' });
    expect(read.sort).toEqual({ date: '2024-01-15' });
    expect(read.blocks.map((block) => block.text)).toEqual(['แผน จัดซื้อ']);
  });

  it('lists the attachments marked for search, once, outside ignored parts', () => {
    const read = readSearchPage(
      page(
        '<ul><li><a href="/files/a.pdf" data-search-attachment>A</a></li><li><a href="/files/a.pdf" data-search-attachment>A again</a></li><li><a href="/files/b.docx">B</a></li></ul><div data-pagefind-ignore><a href="/files/c.pdf" data-search-attachment>C</a></div>',
      ),
    )!;
    expect(read.attachments).toEqual(['/files/a.pdf']);
  });
});

describe('attachmentBlocks', () => {
  it('makes each paragraph of an attachment’s text a block of its own', () => {
    expect(attachmentBlocks('รถยนต์ส่วนกลาง\nบรรทัดสอง\n\n  หน้าสอง  ')).toEqual([
      { text: 'รถยนต์ส่วนกลาง บรรทัดสอง', weight: 1 },
      { text: 'หน้าสอง', weight: 1 },
    ]);
  });
});
