import { describe, it, expect } from 'vitest';
import { wrapTables, headerTexts } from '../../src/lib/site/wrap-tables.ts';
import { readSearchPage } from '../../src/lib/search/search-records.ts';

const cue = 'เลื่อนดูทางขวา';
const region = (label: string) =>
  `<div class="table-scroll" role="region" tabindex="0" aria-label="${label}"><p class="scroll-cue" aria-hidden="true" data-pagefind-ignore>${cue}</p>`;

describe('wrapTables', () => {
  it('wraps every table in a numbered, focusable region with its scroll cue and leaves the rest alone', () => {
    const html = '<p>ก่อน</p><table><tr><td>1</td></tr></table><p>กลาง</p><table class="x"><tr><td>2</td></tr></table>';
    expect(wrapTables(html, 'ตาราง', cue)).toBe(
      `<p>ก่อน</p>${region('ตาราง 1')}<table><tr><td>1</td></tr></table></div>` +
        `<p>กลาง</p>${region('ตาราง 2')}<table class="x"><tr><td>2</td></tr></table></div>`,
    );
  });

  it("keeps the cue out of search: it is the page's furniture, and every page with a wide table would be found by it", () => {
    const body = wrapTables('<table><tr><td>มาตรการ</td><td>ผล</td><td>ผู้รับผิดชอบ</td></tr></table>', 'ตาราง', cue);
    const page = readSearchPage(`<html lang="th"><body><main data-pagefind-body><h1>หน้า</h1>${body}</main></body></html>`)!;
    const text = page.blocks.map((block) => block.text).join(' ');
    expect(text).toContain('ผู้รับผิดชอบ');
    expect(text).not.toContain(cue);
  });

  it('returns HTML without tables unchanged', () => {
    expect(wrapTables('<p>ไม่มีตาราง</p>', 'ตาราง', cue)).toBe('<p>ไม่มีตาราง</p>');
  });

  it('leaves a two-column table as it is: it fits a phone', () => {
    const table =
      '<table>\n<thead>\n<tr>\n<th>ตัวชี้วัด</th>\n<th>ผลคะแนน</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>ตัวชี้วัดที่ 1</td>\n<td>97.25</td>\n</tr>\n</tbody>\n</table>';
    expect(wrapTables(table, 'ตาราง', cue)).toBe(`${region('ตาราง 1')}${table}</div>`);
  });

  it('stacks a table of three or more columns: each cell names its column, and the table keeps its roles', () => {
    const table =
      '<table>\n<thead>\n<tr>\n<th>มาตรการ</th>\n<th align="left">ผู้รับผิดชอบ</th>\n<th>ผล &amp; ข้อเสนอ</th>\n</tr>\n</thead>\n' +
      '<tbody>\n<tr>\n<td>1. ป้องกันสินบน</td>\n<td align="left">สำนักปลัด</td>\n<td><strong>ผ่าน</strong></td>\n</tr>\n</tbody>\n</table>';
    const out = wrapTables(table, 'ตาราง', cue);
    expect(out).toContain('<table class="stack" role="table">');
    expect(out).toContain('<thead role="rowgroup">');
    expect(out).toContain('<th role="columnheader">มาตรการ</th>');
    expect(out).toContain('<th align="left" role="columnheader">ผู้รับผิดชอบ</th>');
    expect(out).toContain('<td role="cell" data-label="มาตรการ">1. ป้องกันสินบน</td>');
    expect(out).toContain('<td align="left" role="cell" data-label="ผู้รับผิดชอบ">สำนักปลัด</td>');
    expect(out).toContain('<td role="cell" data-label="ผล &amp; ข้อเสนอ"><strong>ผ่าน</strong></td>');
    expect(out.match(/role="row"/g)).toHaveLength(2);
  });

  it('reads the header row as the text a reader sees', () => {
    expect(headerTexts('<table><thead><tr><th>ก <em>ข</em></th><th>\n ค \n</th></tr></thead></table>')).toEqual(['ก ข', 'ค']);
    expect(headerTexts('<table><tr><td>1</td></tr></table>')).toEqual([]);
  });
});
