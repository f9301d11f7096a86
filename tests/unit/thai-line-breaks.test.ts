import { describe, it, expect } from 'vitest';
import { longestKept, markThaiLineBreaks, thaiLineParts, type LinePart } from '../../src/lib/text/thai-line-breaks.ts';
import { markLineBreaksInHtml, markLineBreaksInHtmlBytes, markedHtmlText } from '../../src/lib/text/line-breaks-in-html.ts';
import { escapeHTML } from 'astro/runtime/server/escape.js';
import { readSearchPage } from '../../src/lib/search/search-records.ts';
import { wordsKeptTogether } from '../../src/i18n/thai-words.ts';

const keep = [...wordsKeptTogether, 'ตะโก'];
const joined = (parts: LinePart[]) => parts.map((part) => (part.kind === 'break' ? '' : part.text)).join('');
/** The lines a break may fall between: the text of each stretch between marked breaks, kept runs whole. */
const pieces = (text: string) =>
  markThaiLineBreaks(text, keep)
    .replace(/<span class="kw">|<\/span>/g, '')
    .split('<wbr>');
/** Where a browser may break: marked breaks and spaces outside kept runs. */
const breakable = (text: string) =>
  thaiLineParts(text, keep)
    .flatMap((part) => (part.kind === 'break' ? ['|'] : part.kind === 'keep' ? [`[${part.text}]`] : [part.text.replace(/ /g, ' | ')]))
    .join('');

describe('thaiLineParts: line breaks between Thai words, never inside a compound, a name or a number with its unit', () => {
  it('gives back the text exactly, whatever it holds', () => {
    for (const text of ['', 'ITA', 'ผู้บริหาร', 'O4 แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', 'A &amp; B ผู้บริหาร (2 รายการ)', 'ปีงบประมาณ พ.ศ. 2567', '๒๕๖๗ ภาษาไทย']) {
      expect(joined(thaiLineParts(text, keep))).toBe(text);
    }
  });

  it('keeps the words the issue names whole, where the segmenter splits them', () => {
    for (const word of ['ผู้บริหาร', 'หน่วยงาน', 'หลักธรรมาภิบาล', 'ประพฤติมิชอบ']) {
      // Written from the segmenter's own cut (e.g. ผู้|บริหาร): without the list a browser breaks there.
      expect([...new Intl.Segmenter('th', { granularity: 'word' }).segment(word)].length, word).toBeGreaterThan(1);
      expect(thaiLineParts(word, keep), word).toEqual([{ kind: 'keep', text: word }]);
    }
    expect(pieces('แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ')).toContain('ประพฤติมิชอบ');
    expect(pieces('แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน')).toEqual(['แผน', 'ยุทธศาสตร์', 'หรือ', 'แผนพัฒนา', 'หน่วยงาน']);
    expect(pieces('ข้อมูลผู้บริหาร')).toEqual(['ข้อมูล', 'ผู้บริหาร']);
    expect(pieces('ส่งเสริมหลักธรรมาภิบาล')).toEqual(['ส่งเสริม', 'หลักธรรมาภิบาล']);
  });

  it("keeps the procurement form's methods and terms whole in its narrow columns", () => {
    expect(pieces('เฉพาะเจาะจง')).toEqual(['เฉพาะเจาะจง']);
    expect(pieces('ประกวดราคาอิเล็กทรอนิกส์')).toEqual(['ประกวดราคา', 'อิเล็กทรอนิกส์']);
    expect(pieces('ผู้ได้รับการคัดเลือก')).toEqual(['ผู้', 'ได้', 'รับ', 'การ', 'คัดเลือก']);
    expect(pieces('รายชื่อผู้เสนอราคาและราคาที่เสนอ')).toContain('ผู้เสนอราคา');
    expect(pieces('ราคากลาง (บาท)')).toContain('ราคากลาง (บาท)');
  });

  it('gives an amount, an ID or a number without Thai and without a space back whole, and still keeps a Latin word with its number', () => {
    for (const text of ['12,500.00', '0305561000123', '1/2567', '(2)', '43.5%', 'e-GP', '66129012345', '1,450,000.00'])
      expect(thaiLineParts(text, keep), text).toEqual([{ kind: 'text', text }]);
    expect(thaiLineParts('ITA 2567', keep)).toEqual([{ kind: 'keep', text: 'ITA 2567' }]);
  });

  it('keeps a number with its unit and a short word or abbreviation with its number', () => {
    expect(breakable('เอกสารเผยแพร่ (2 รายการ)')).toBe('เอกสาร|เผย|แพร่ | ([2 รายการ])');
    expect(breakable('ปีงบประมาณ พ.ศ. 2567')).toBe('ปีงบประมาณ | [พ.ศ. 2567]');
    expect(breakable('ITA 2567')).toBe('[ITA 2567]');
    expect(breakable('ตัวชี้วัดที่ 9')).toBe('[ตัวชี้วัด]|[ที่ 9]');
    // A code is not a number: "O4" stays a word of its own, free to break before the next one.
    expect(breakable('O4 แผน')).toBe('O4 | แผน');
  });

  it('keeps no word longer than a phone line can hold: the agency’s full name breaks between its parts', () => {
    const name = 'องค์การบริหารส่วนตำบลตะโก';
    expect(name.length).toBeGreaterThan(longestKept);
    expect(thaiLineParts(name, [name]).some((part) => part.kind === 'keep' && part.text === name)).toBe(false);
    expect(thaiLineParts(name, [name]).filter((part) => part.kind === 'break').length).toBeGreaterThan(0);
  });

  it('marks no break where the text already has a space, nor around Latin words and punctuation', () => {
    expect(markThaiLineBreaks('คุณธรรม (ITA) ของหน่วยงานภาครัฐ', keep)).toBe(
      'คุณธรรม (ITA) ของ<wbr><span class="kw">หน่วยงาน</span><wbr><span class="kw">ภาครัฐ</span>',
    );
    expect(markThaiLineBreaks('Open data', keep)).toBe('Open data');
  });
});

describe('markThaiLineBreaks: texts that differ only in their digits', () => {
  const direct = (text: string, keepTogether: readonly string[]) =>
    thaiLineParts(text, keepTogether)
      .map((part) => (part.kind === 'break' ? '<wbr>' : part.kind === 'keep' ? `<span class="kw">${part.text}</span>` : part.text))
      .join('');
  const texts = [
    'ใบสั่งซื้อ/สั่งจ้าง เลขที่ 72001/2565 ลงวันที่ 1 ต.ค. 2564',
    'เลขประจำตัวผู้เสียภาษี 0105500000001',
    'จัดซื้อวัสดุสำนักงานรายการที่ 1 เดือน 2564-10',
    'ปีงบประมาณ พ.ศ. 2567 (2 รายการ) 79.84 คะแนน ITA 2567 ข้อ 1.2.3 ร้อยละ 12.5%',
    'A &amp;#39; B&#39;s 10 รายการ ที่ 9 หมู่ 5',
  ];
  const variants = (text: string) =>
    ['0', '1', '5', '9'].map((digit) => text.replace(/\d/g, digit)).concat(text.replace(/\d/g, (d) => String((Number(d) * 7 + 3) % 10)));

  it('marks each as its own text would be marked, whichever of them came first', () => {
    for (const text of texts) {
      for (const variant of [text, ...variants(text)]) expect(markThaiLineBreaks(variant, keep), variant).toBe(direct(variant, keep));
    }
  });

  it('keeps a kept word that holds digits by its own digits only', () => {
    const kept = ['COVID-19'];
    expect(markThaiLineBreaks('มาตรการป้องกัน COVID-18 ในตำบล', kept)).not.toContain('<span class="kw">COVID');
    expect(markThaiLineBreaks('มาตรการป้องกัน COVID-19 ในตำบล', kept)).toContain('<span class="kw">COVID-19</span>');
  });
});

const page = `<!doctype html><html lang="th"><head><title>ข้อมูลผู้บริหาร | อบต.ตะโก</title><meta name="description" content="ข้อมูลผู้บริหาร"></head><body>
<header><a class="brand" href="/"><strong>องค์การบริหารส่วนตำบลตะโก</strong></a></header>
<nav class="breadcrumbs"><ol><li><a href="/">หน้าแรก</a></li><li><a href="/oit/">ข้อมูลสาธารณะ (OIT)</a></li><li><span aria-current="page">O2 ข้อมูลผู้บริหาร</span></li></ol></nav>
<main data-pagefind-body><h1 data-pagefind-meta="title">O2 ข้อมูลผู้บริหาร</h1>
<p class="lead">รายการข้อมูลที่ต้องเผยแพร่ &amp; หลักฐานของหน่วยงาน</p>
<ul class="card-list"><li class="card"><h3 id="x"><a href="/a/">แผนพัฒนาหน่วยงาน (2 รายการ)</a></h3><p class="meta"><span class="nowrap">(เกณฑ์ผ่าน 85 คะแนน)</span></p><code>ผู้บริหาร</code></li></ul>
<p>ย่อหน้าของผู้บริหารหน่วยงาน</p><script>const s = "ผู้บริหาร";</script></main></body></html>`;

describe('markLineBreaksInHtml: only headings, breadcrumbs, cards and the like, and nothing a search or a copy sees', () => {
  const marked = markLineBreaksInHtml(page, keep);

  it('marks the headings, breadcrumbs, cards and lead, and leaves the rest of the page byte for byte', () => {
    expect(marked).toContain('<h1 data-pagefind-meta="title">O2 ข้อมูล<wbr><span class="kw">ผู้บริหาร</span></h1>');
    expect(marked).toContain('<a href="/">หน้า<wbr>แรก</a>');
    expect(marked).toContain('<span class="kw">แผนพัฒนา</span><wbr><span class="kw">หน่วยงาน</span> (<span class="kw">2 รายการ</span>)');
    expect(marked).toContain('&amp; <span class="kw">หลักฐาน</span>');
    // Untouched: the head, a paragraph outside cards, code, scripts, and what the page already keeps on one line.
    expect(marked).toContain('<title>ข้อมูลผู้บริหาร | อบต.ตะโก</title>');
    expect(marked).toContain('<p>ย่อหน้าของผู้บริหารหน่วยงาน</p>');
    expect(marked).toContain('<code>ผู้บริหาร</code>');
    expect(marked).toContain('<script>const s = "ผู้บริหาร";</script>');
    expect(marked).toContain('<span class="nowrap">(เกณฑ์ผ่าน 85 คะแนน)</span>');
    expect(marked.replace(/<wbr>|<span class="kw">|<\/span>(?<=kw">[^<]*<\/span>)/g, '')).toBe(page);
  });

  it('leaves the search index unchanged: the same blocks, title, anchors and weights', () => {
    expect(readSearchPage(marked)).toEqual(readSearchPage(page));
  });

  it('is idempotent: a page marked twice is the page marked once', () => {
    expect(markLineBreaksInHtml(marked, keep)).toBe(marked);
  });
});

describe('a table body marked as it rendered: the same marks, and the page-wide pass goes over it unparsed', () => {
  const cellTexts = [
    'จัดซื้อวัสดุสำนักงาน',
    'หจก.ทองดีก่อสร้าง',
    'ร้าน A&B "ดี" <จำกัด> ของ O\'Neil',
    'ใบสั่งซื้อ/สั่งจ้าง เลขที่ 1/2567 ลงวันที่ 12 ต.ค. 2566',
    'ราคา 12,000.00 บาท',
    'ประเภท: จ้างก่อสร้าง',
    'องค์การบริหารส่วนตำบลตะโก ผู้บริหาร (2 รายการ)',
    '&amp; ตัวอักษร &lt;',
    '12,500.00',
    '',
  ];

  it('marks a cell text as the page-wide pass marks the cell Astro writes for it', () => {
    for (const text of cellTexts) {
      const written = `<table><tbody><tr><td>${escapeHTML(text)}</td></tr></tbody></table>`;
      expect(`<table><tbody><tr><td>${markedHtmlText(text, keep)}</td></tr></tbody></table>`, text).toBe(markLineBreaksInHtml(written, keep));
    }
  });

  const table = (marker: string, cell: string) =>
    `<table><thead><tr><th>งานที่จัดซื้อ</th></tr></thead><tbody${marker} role="rowgroup"><tr><td>${cell}</td></tr></tbody></table>`;
  const body = `<main>${table(' data-lines-marked', 'ผู้บริหารหน่วยงาน')}<h2>แผนพัฒนาหน่วยงาน</h2>${table('', 'ผู้บริหารหน่วยงาน')}${table(' data-lines-marked', 'ข้อมูล<wbr>ผู้บริหาร')}<p class="lead">หลักฐานของหน่วยงาน</p></main>`;
  const marked = markLineBreaksInHtml(body, keep);

  it('leaves a marked body as it is, without its marker, and marks everything around it', () => {
    // The marked bodies: their text untouched (the component marked it), the attribute gone.
    expect(marked).toContain('<tbody role="rowgroup"><tr><td>ผู้บริหารหน่วยงาน</td></tr></tbody></table><h2>');
    expect(marked).toContain('<tbody role="rowgroup"><tr><td>ข้อมูล<wbr>ผู้บริหาร</td></tr></tbody></table><p');
    expect(marked).not.toContain('data-lines-marked');
    // Around them, and in a body without the marker: marked as always.
    expect(marked.match(/<th>[^]*?<\/th>/g)).toEqual(Array(3).fill(markLineBreaksInHtml('<th>งานที่จัดซื้อ</th>', keep)));
    expect(marked).toContain(markLineBreaksInHtml('<h2>แผนพัฒนาหน่วยงาน</h2>', keep));
    expect(marked).toContain(
      `</h2><table><thead><tr>${markLineBreaksInHtml('<th>งานที่จัดซื้อ</th>', keep)}</tr></thead><tbody role="rowgroup"><tr><td>${markedHtmlText('ผู้บริหารหน่วยงาน', keep)}</td>`,
    );
    expect(markedHtmlText('ผู้บริหารหน่วยงาน', keep)).not.toBe('ผู้บริหารหน่วยงาน');
    expect(marked).toContain(markLineBreaksInHtml('<p class="lead">หลักฐานของหน่วยงาน</p>', keep));
    expect(marked.endsWith('</p></main>')).toBe(true);
  });

  it('marks a body whose marker is never closed, as any other', () => {
    const unclosed = '<main><table><tbody data-lines-marked><tr><td>ผู้บริหารหน่วยงาน</td></tr></table></main>';
    expect(markLineBreaksInHtml(unclosed, keep)).toContain(`<td>${markedHtmlText('ผู้บริหารหน่วยงาน', keep)}</td>`);
  });

  it('gives, from the bytes of a page, the bytes of the page marked as text', () => {
    const pages = [
      body,
      `<header class="brand">องค์การบริหารส่วนตำบลตะโก</header>${body}<footer><h2>ผู้บริหาร</h2></footer>`,
      // Thai right against each marked body, a marker tag with a > inside a value, one never closed after a closed one.
      `<h1>ผู้บริหาร</h1>${table(' data-lines-marked', 'ผู้บริหาร')}ผู้บริหาร<div class="card">${table(' data-lines-marked title="a>b"', 'หน่วยงาน')}</div>`,
      `${table(' data-lines-marked', 'ผู้บริหาร')}<main><table><tbody data-lines-marked><tr><td>ผู้บริหารหน่วยงาน</td></tr></table></main>`,
      '<main><table><tbody data-lines-marked><tr><td>ผู้บริหารหน่วยงาน</td></tr></table></main>',
      '<h2>แผนพัฒนาหน่วยงาน</h2><p class="lead">หลักฐาน</p>',
      '',
    ];
    for (const page of pages) {
      const fromBytes = Buffer.from(markLineBreaksInHtmlBytes(new TextEncoder().encode(page), keep)).toString('utf8');
      expect(fromBytes, page).toBe(markLineBreaksInHtml(page, keep));
    }
    // The rows went through as they were, the marks around them were made.
    expect(markLineBreaksInHtml(pages[1]!, keep)).not.toBe(pages[1]);
  });
});
