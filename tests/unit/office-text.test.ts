import { describe, expect, it } from 'vitest';
import { openDocumentText, ooxmlPartText, propertiesText, sharedStrings, worksheetText } from '../../src/lib/guards/office-text.ts';
import { findThaiNationalIds } from '../../src/lib/guards/thai-national-id.ts';
import { withCheckDigit } from '../helpers/attachment-bytes.ts';

const id = withCheckDigit('110370023456');
const w = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}</w:body></w:document>`;
const run = (text: string, properties = '') => `<w:r>${properties}<w:t xml:space="preserve">${text}</w:t></w:r>`;

describe('ooxmlPartText (Word and PowerPoint parts)', () => {
  it('joins the runs of a paragraph without adding spaces, one line per paragraph', () => {
    const xml = w(
      `<w:p><w:pPr><w:jc w:val="left"/></w:pPr>${run('เลขบัตร ')}${run(id.slice(0, 7), '<w:rPr><w:b/></w:rPr>')}${run(id.slice(7))}</w:p><w:p>${run('บรรทัดสอง')}</w:p>`,
    );
    expect(ooxmlPartText(xml)).toBe(`เลขบัตร ${id}\nบรรทัดสอง`);
    expect(findThaiNationalIds(ooxmlPartText(xml)).map((match) => match.digits)).toEqual([id]);
  });

  it('does not join numbers of two paragraphs into one', () => {
    const xml = w(`<w:p>${run(id.slice(0, 7))}</w:p><w:p>${run(id.slice(7))}</w:p>`);
    expect(findThaiNationalIds(ooxmlPartText(xml))).toEqual([]);
  });

  it('decodes XML entities, named and numeric, and keeps tabs and breaks', () => {
    const xml = w(`<w:p>${run('A &amp; B &lt;x&gt; &#3585;&#x0E02;')}<w:r><w:tab/><w:t>C</w:t><w:br/><w:t>D</w:t></w:r></w:p>`);
    expect(ooxmlPartText(xml)).toBe('A & B <x> กข\tC\nD');
  });

  it('reads text deleted with tracked changes (it is still in the file) and field instructions', () => {
    const xml = w(`<w:p><w:del><w:r><w:delText>${id}</w:delText></w:r></w:del><w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r></w:p>`);
    expect(ooxmlPartText(xml)).toContain(id);
    expect(ooxmlPartText(xml)).toContain('HYPERLINK');
  });

  it('reads a text box once, not again from the fallback copy kept for old readers', () => {
    const box = (text: string) => `<w:txbxContent><w:p>${run(text)}</w:p></w:txbxContent>`;
    const xml = w(
      `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">${box('ในกล่อง')}</mc:Choice><mc:Fallback>${box('ในกล่อง')}</mc:Fallback></mc:AlternateContent></w:r></w:p>`,
    );
    expect(ooxmlPartText(xml)).toBe('ในกล่อง');
  });

  it('does not read numbers kept in attributes or layout elements', () => {
    const xml = w(`<w:p><w:r><w:drawing><wp:positionH><wp:posOffset>${id}</wp:posOffset></wp:positionH></w:drawing></w:r>${run('ข้อความ')}</w:p>`);
    expect(ooxmlPartText(xml)).toBe('ข้อความ');
  });

  it('reads DrawingML paragraphs of a slide', () => {
    const slide = `<p:sld xmlns:a="a" xmlns:p="p"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>${id.slice(0, 1)}-</a:t></a:r><a:r><a:t>${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id[12]}</a:t></a:r></a:p><a:p><a:r><a:t>ท้าย</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>`;
    expect(ooxmlPartText(slide).split('\n')).toHaveLength(2);
    expect(findThaiNationalIds(ooxmlPartText(slide)).map((match) => match.digits)).toEqual([id]);
  });
});

describe('Excel sheets', () => {
  const strings = `<sst xmlns="x"><si><t>ชื่อ</t></si><si><r><t>เลข</t></r><r><rPr><b/></rPr><t>บัตร</t></r><rPh><t>ふりがな</t></rPh></si><si><t>${id}</t></si></sst>`;

  it('reads each shared string, rich-text runs joined, phonetic guides left out', () => {
    expect(sharedStrings(strings)).toEqual(['ชื่อ', 'เลขบัตร', id]);
  });

  it('reads a sheet row by row, cells by tab, with shared strings resolved and numbers as stored', () => {
    const sheet = `<worksheet><sheetData>
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
      <row r="2"><c r="A2" t="inlineStr"><is><t>สมชาย</t></is></c><c r="B2"><v>${id}</v></c></row>
      <row r="3"><c r="A3" t="str"><f>A2&amp;"!"</f><v>สมชาย!</v></c><c r="B3"><v>1.10370023456E+12</v></c><c r="C3" t="b"><v>1</v></c></row>
      <row r="4"><c r="A4" t="s"><v>2</v></c></row>
    </sheetData><headerFooter><oddHeader>&amp;Cรายชื่อผู้รับเงิน</oddHeader></headerFooter></worksheet>`;
    expect(worksheetText(sheet, sharedStrings(strings))).toBe(`ชื่อ\tเลขบัตร\nสมชาย\t${id}\nสมชาย!\t1103700234560\n${id}\n&Cรายชื่อผู้รับเงิน`);
  });

  it('finds an ID kept as a number in a cell, and each on the line of its row', () => {
    const sheet = `<worksheet><sheetData><row r="1"><c><v>1</v></c></row><row r="2"><c><v>${id}</v></c><c><v>${id}</v></c></row></sheetData></worksheet>`;
    expect(findThaiNationalIds(worksheetText(sheet, [])).map((match) => match.line)).toEqual([2, 2]);
  });
});

describe('openDocumentText', () => {
  it('reads paragraphs and headings with their spans joined, and spaces, tabs and line breaks as written', () => {
    const xml = `<office:document-content><office:body><office:text><text:h text:outline-level="1">หัวเรื่อง</text:h><text:p>เลข<text:span text:style-name="T1">${id.slice(0, 6)}</text:span>${id.slice(6)}<text:s text:c="3"/>ท้าย<text:tab/>x<text:line-break/>y</text:p></office:text></office:body></office:document-content>`;
    expect(openDocumentText(xml)).toBe(`หัวเรื่อง\nเลข${id}   ท้าย\tx\ny`);
  });

  it('reads a number cell by its stored value, not as displayed', () => {
    const xml = `<office:document-content><office:body><office:spreadsheet><table:table><table:table-row><table:table-cell office:value-type="string"><text:p>เลขบัตร</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="${id}"><text:p>1.1E+12</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>`;
    const text = openDocumentText(xml);
    expect(text).toContain(id);
    expect(text).not.toContain('1.1E+12');
  });
});

describe('propertiesText', () => {
  it('gives every property value on its own line', () => {
    const core = `<cp:coreProperties><dc:title>ประกาศ</dc:title><dc:subject>${id}</dc:subject><dc:creator>นาย ก</dc:creator><cp:keywords>a, b</cp:keywords></cp:coreProperties>`;
    expect(propertiesText(core)).toBe(`ประกาศ\n${id}\nนาย ก\na, b`);
  });
});
