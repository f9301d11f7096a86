import { describe, it, expect } from 'vitest';
import { attachmentBlocks, readSearchPage } from '../../src/lib/search/search-records.ts';
import { readSearchPageFromTree } from '../helpers/search-page-tree.ts';

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

describe('readSearchPage reads in one pass what the document tree gives (tests/helpers/search-page-tree.ts)', () => {
  // Each snippet stands inside the page's main content; together they take every path of the one-pass reading.
  const snippets = [
    '<h1>ชื่อ<span data-pagefind-ignore>ซ่อน</span>หน้า</h1><p>เนื้อหา</p>',
    '<h1 data-pagefind-ignore>หัวเรื่องที่ซ่อน</h1><h1>หัวเรื่องจริง</h1>',
    '<div data-pagefind-ignore><h1>ในส่วนที่ซ่อน</h1></div><h2 id="b">ถัดไป</h2><h1>หัวเรื่อง</h1>',
    '<noscript><h1>ใน noscript</h1></noscript><p>ข้อความ</p>',
    '<h2 id="a">แผน<br>การ<em>จัดซื้อ</em><img alt="x" src="/a.png"><div>ย่อย</div></h2><p>ต่อ</p>',
    '<p data-pagefind-meta="summary">สรุป<span data-pagefind-ignore="all">ไม่เอา</span><b>ตัวหนา</b><br>บรรทัดใหม่</p>',
    '<p data-pagefind-meta="summary" data-pagefind-ignore>ทั้งหมดซ่อน</p><p data-pagefind-meta="summary:ค่าท้าย">แทนที่</p>',
    '<div data-pagefind-meta="summary:ก่อน"><span data-pagefind-meta="summary">ข้อความใน span</span></div>',
    '<div data-pagefind-meta="summary"><span data-pagefind-meta="summary:ค่าใน span">x</span></div>',
    '<img data-pagefind-meta="image[src], image_alt[alt]" src="/seal.png" alt="ตรา"><p data-pagefind-filter="kind, year:2567">ประกาศ</p>',
    '<p data-pagefind-filter="kind">ประกาศ</p><p data-pagefind-filter="kind">ประกาศ</p><p data-pagefind-filter="kind">คำสั่ง</p>',
    '<div data-pagefind-ignore><p data-pagefind-meta="summary:ใน ignore">x</p></div><div data-pagefind-ignore="all"><p data-pagefind-meta="summary:ใน all">y</p></div>',
    '<template><p data-pagefind-meta="summary:ใน template">x</p><h2 id="t">t</h2></template><p>หลัง template</p>',
    '<script>var a = "<h1>ไม่ใช่</h1>";</script><style>p{}</style><p>ข้อความ</p>',
    '<ul data-pagefind-weight="2"><li>รายการ<a href="/a/">ลิงก์</a></li><li data-pagefind-weight="9">หนัก<span data-pagefind-weight="3">ใน span</span>ต่อ</li></ul>',
    '<p>ก<span data-pagefind-weight="0.5">ข</span>ค</p><p data-pagefind-weight="abc">ไม่ใช่ตัวเลข</p><p data-pagefind-weight="">ว่าง</p>',
    '<a data-search-attachment href="/files/a.pdf">ก</a><a data-search-attachment href="/files/a.pdf">ซ้ำ</a><div data-pagefind-ignore><a data-search-attachment href="/files/b.pdf">ข</a></div><a data-search-attachment>ไม่มี href</a>',
    '<table><tr><td>หนึ่ง<td>สอง</table><p>ก<p>ข</p></p>',
    '<h3 id="x" data-pagefind-meta="summary">หัว<span data-pagefind-ignore>ซ่อน</span>ข้อ</h3>',
    '<p>&amp;&lt;&nbsp;&#3585; &quot;อ้าง&quot;</p><button>ปุ่ม</button><form><input value="x">แบบฟอร์ม</form>',
    '<div data-pagefind-body><p>body ซ้อน</p></div><h1>หัวเรื่อง</h1>',
    '<span data-pagefind-sort="date:2567-01-01"></span><span data-pagefind-sort="weight">12</span>',
  ];
  it.each(snippets)('%s', (snippet) => {
    const html = page(snippet, '<h1>นอกส่วนเนื้อหา</h1>');
    expect(readSearchPage(html)).toEqual(readSearchPageFromTree(html));
  });

  it('reads what the tree reads of pages whose body is not where ours is', () => {
    const pages = [
      '<html><body><p data-pagefind-body>ย่อหน้าเดียว<div>ตัดย่อหน้า</div></body></html>',
      '<div><section data-pagefind-body data-pagefind-ignore><h1>ชื่อ</h1><p data-pagefind-meta="x">ค่า</p></section><section data-pagefind-body><p>ที่สอง</p></section></div>',
      '<main data-pagefind-body><h1>ไม่ปิด<p>ท้าย',
      '<main data-pagefind-body data-pagefind-meta="title:ชื่อจากตัว body"><h1>หัว</h1></main>',
    ];
    for (const html of pages) expect(readSearchPage(html), html).toEqual(readSearchPageFromTree(html));
  });

  // Where two elements name one meta, the later in document order wins, whether its value is written or its text.
  it('gives the expected record on its own, not only the tree’s', () => {
    const read = readSearchPage(page(snippets[4]!))!;
    expect(read.anchors).toEqual([{ element: 'h2', id: 'a', text: 'แผน การจัดซื้อ ย่อย', block: 0 }]);
    expect(read.blocks.map((block) => block.text)).toEqual(['แผน การจัดซื้อ', 'ย่อย', 'ต่อ']);
    expect(readSearchPage(page(snippets[5]!))!.meta.summary).toBe('สรุป ตัวหนา บรรทัดใหม่');
    expect(readSearchPage(page(snippets[7]!))!.meta.summary).toBe('ข้อความใน span');
    expect(readSearchPage(page(snippets[8]!))!.meta.summary).toBe('ค่าใน span');
    expect(readSearchPage(page(snippets[2]!))!.meta.title).toBe('หัวเรื่อง');
    expect(readSearchPage(page(snippets[10]!))!.filters).toEqual({ kind: ['ประกาศ', 'คำสั่ง'] });
  });
});
