/** The สขร.1 form's rows written as one string (form-rows-html.ts): every text escaped, what search reads, the nine cells. */
import { describe, expect, it } from 'vitest';
import { parseDocument, DomUtils } from 'htmlparser2';
import { formRowsHtml } from '../../src/lib/procurement-views/form-rows-html.ts';
import { markedHtmlText } from '../../src/lib/text/line-breaks-in-html.ts';
import { readSearchPage } from '../../src/lib/search/search-records.ts';
import type { PublicRow } from '../../src/lib/procurement-views/view.ts';

const row = (changes: Partial<PublicRow> = {}): PublicRow => ({
  number: 1,
  item: 'จัดซื้อวัสดุสำนักงาน',
  budget: '12,500.00',
  referencePrice: '12,500.00',
  method: 'เฉพาะเจาะจง',
  category: 'ซื้อ',
  bidders: [
    { name: 'ร้านสมใจการค้า', price: '12,000.00' },
    { name: 'ร้านรุ่งเรือง', price: '12,400.00' },
  ],
  winner: { name: 'ร้านสมใจการค้า', price: '12,000.00', taxId: '0305561000123' },
  reason: 'ราคาต่ำสุด',
  evidence: 'ใบสั่งซื้อ เลขที่ 1/2567',
  details: ['แหล่งเงิน: เงินงบประมาณ'],
  ...changes,
});
const mark = (text: string) => markedHtmlText(text);
const table = (html: string) => parseDocument(`<table><tbody>${html}</tbody></table>`);
const cells = (html: string) => DomUtils.getElementsByTagName('td', table(html)).map((cell) => DomUtils.textContent(cell).replaceAll('\u200b', ''));
const searched = (html: string) =>
  readSearchPage(`<html lang="th"><body><main data-pagefind-body><h1>เดือน</h1><table><tbody>${html}</tbody></table></main></body></html>`)!
    .blocks.map((block) => block.text)
    .join(' | ');

describe('formRowsHtml', () => {
  it('writes one row of the nine columns in the form’s order per row', () => {
    const html = formRowsHtml([row(), row({ number: 2, item: 'จ้างซ่อมรถ' })], { mark });
    expect(DomUtils.getElementsByTagName('tr', table(html))).toHaveLength(2);
    const first = cells(html).slice(0, 9);
    expect(first[0]).toBe('1');
    expect(first[1]).toContain('จัดซื้อวัสดุสำนักงาน');
    expect(first[2]).toBe('12,500.00');
    expect(first[4]).toBe('เฉพาะเจาะจงประเภท: ซื้อ');
    expect(first[5]).toBe('ร้านสมใจการค้าราคา 12,000.00 บาทร้านรุ่งเรืองราคา 12,400.00 บาท');
    expect(first[6]).toBe('ร้านสมใจการค้าราคา 12,000.00 บาท เลขประจำตัวผู้เสียภาษี 0305561000123');
    expect(first[8]).toBe('ใบสั่งซื้อ เลขที่ 1/2567');
    expect(cells(html)[9]).toBe('2');
  });

  it('escapes every text and address a clerk or the model gives it', () => {
    const hostile = '<script>alert(1)</script> & "quoted" \'single\'';
    const html = formRowsHtml(
      [
        row({
          item: hostile,
          url: '/procurement/2567/"onmouseover="x',
          bidders: [{ name: hostile, price: '<b>1</b>' }],
          winner: { name: hostile, price: '<i>1</i>', taxId: '<u>' },
          reason: hostile,
          evidence: hostile,
          details: [hostile],
          egpNumber: hostile,
          method: hostile,
          category: hostile,
        }),
      ],
      { mark, months: [{ label: hostile, url: '/x"><script>' }] },
    );
    expect(html).not.toMatch(/<script|<b>|<i>|<u>|"onmouseover|"><script/);
    const document = table(html);
    expect(DomUtils.getElementsByTagName('script', document)).toHaveLength(0);
    const links = DomUtils.getElementsByTagName('a', document).map((link) => link.attribs.href);
    expect(links).toEqual(['/procurement/2567/"onmouseover="x', '/x"><script>']);
    expect(cells(html)[1]).toContain(hostile);
  });

  it('gives search the item, the e-GP number, the bidders and the winner once with the company’s number; not amounts, method, reason, evidence or the labels every row repeats', () => {
    const html = formRowsHtml([row({ egpNumber: '66129012345' })], { mark });
    // On the page each number keeps its label.
    expect(cells(html)[1]).toBe('จัดซื้อวัสดุสำนักงาน เลขที่โครงการ e-GP 66129012345แหล่งเงิน: เงินงบประมาณ');
    const text = searched(html);
    for (const wanted of ['จัดซื้อวัสดุสำนักงาน', '66129012345', 'ร้านรุ่งเรือง', 'ร้านสมใจการค้า', '0305561000123']) expect(text).toContain(wanted);
    for (const label of ['เลขที่โครงการ', 'e-GP', 'เลขประจำตัวผู้เสียภาษี']) expect(text, label).not.toContain(label);
    // Each number is a word of its own, not run into the word before it.
    expect(text).not.toMatch(/\S(?:66129012345|0305561000123)/);
    expect(text.split('ร้านสมใจการค้า')).toHaveLength(2);
    for (const unsearched of ['12,500.00', '12,000.00', 'เฉพาะเจาะจง', 'ราคาต่ำสุด', '1/2567', 'แหล่งเงิน']) expect(text, unsearched).not.toContain(unsearched);
  });

  it('says no bidder was given, and links a row to its page and its month when asked', () => {
    const html = formRowsHtml([row({ bidders: [], url: '/procurement/2567/2566-10/66109012345/' })], {
      mark,
      months: [{ label: 'ตุลาคม 2566', url: '/procurement/2567/2566-10/' }],
    });
    expect(cells(html)[5]).toBe('–');
    const links = DomUtils.getElementsByTagName('a', table(html)).map((link) => [link.attribs.href, DomUtils.textContent(link)]);
    expect(links).toEqual([
      ['/procurement/2567/2566-10/66109012345/', 'จัดซื้อวัสดุสำนักงาน'],
      ['/procurement/2567/2566-10/', 'ตุลาคม 2566'],
    ]);
  });
});
