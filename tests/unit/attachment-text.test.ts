import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { readAttachmentText, type AttachmentText } from '../../src/lib/guards/attachment-text.ts';
import { scanAttachmentText, scanTextForNationalIds } from '../../src/lib/guards/personal-data.ts';
import { boxedDigitsPdf, bytesOf, compoundFile, jpeg, ooxml, openDocument, png, simplePdf, withCheckDigit } from '../helpers/attachment-bytes.ts';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';

const id = withCheckDigit('110370023456');
const other = withCheckDigit('310060044513');
const pdfFixture = async (name: string) => new Uint8Array(await readFile(path.join(projectRoot, 'tests/fixtures/pdf', name)));
const textOf = (result: AttachmentText) => (result.kind === 'text' ? result.text : `<${result.kind}>`);
const idsIn = async (name: string, bytes: Uint8Array) =>
  scanAttachmentText(name, await readAttachmentText(name, bytes)).findings.map((finding) => finding.digits);

const docx = (parts: Record<string, string>) => ooxml('docx', parts);
const wordParagraph = (...runs: string[]) => `<w:p>${runs.map((text) => `<w:r><w:t>${text}</w:t></w:r>`).join('')}</w:p>`;
const wordPart = (root: string, body: string) => `<w:${root} xmlns:w="w">${body}</w:${root}>`;

describe('readAttachmentText: CSV and TXT', () => {
  it('reads UTF-8 text without its BOM, and the ID scan gives the line of the row', async () => {
    const csv = bytesOf(`\uFEFFลำดับ,ชื่อ,เลขประจำตัว\n1,นาย ก,${id}\n`);
    expect(textOf(await readAttachmentText('list.csv', csv))).toBe(`ลำดับ,ชื่อ,เลขประจำตัว\n1,นาย ก,${id}\n`);
    const scan = scanAttachmentText('list.csv', await readAttachmentText('list.csv', csv));
    expect(scan).toEqual({ findings: [{ source: 'list.csv', line: 2, digits: id, masked: `1-1037-XXXXX-XX-${id[12]}` }], notChecked: [], damaged: [] });
  });

  it('reads text in the old Thai code page and UTF-16, so their IDs are found even before the encoding is fixed', async () => {
    const windows874 = new Uint8Array(
      [...`ชื่อ,${id}\n`].map((character) => (character.charCodeAt(0) > 0xe00 ? character.charCodeAt(0) - 0xe00 + 0xa0 : character.charCodeAt(0))),
    );
    expect(await idsIn('list.csv', windows874)).toEqual([id]);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...`เลข ${id}`].flatMap((character) => [character.charCodeAt(0) & 0xff, character.charCodeAt(0) >> 8])]);
    expect(await idsIn('list.txt', utf16)).toEqual([id]);
  });

  it('reads a CSV whose first letters look like a file signature ("BM…")', async () => {
    expect(await idsIn('bmi.csv', bytesOf(`BMI,${id}\n`))).toEqual([id]);
  });

  it('reads an ID with a zero-width space in it, as a reader sees it', async () => {
    expect(await idsIn('notes.txt', bytesOf(`เลข ${id.slice(0, 7)}\u200B${id.slice(7)}`))).toEqual([id]);
  });

  it('gives an empty file as empty text', async () => {
    expect(await readAttachmentText('empty.txt', new Uint8Array(0))).toEqual({ kind: 'text', text: '' });
  });
});

describe('readAttachmentText: PDF', () => {
  it('reads the text layer', async () => {
    expect(await idsIn('form.pdf', await pdfFixture('national-id.pdf'))).toEqual(['1103702071811']);
  });

  it('names the page an ID is on (a blank page counted), and no page for one in the metadata', async () => {
    const bytes = simplePdf({ pages: [['Cover'], [], ['List of people', `No. ${id}`]], info: { Title: `Form ${other}` } });
    const scan = scanAttachmentText('list.pdf', await readAttachmentText('list.pdf', bytes));
    expect(scan.findings.map((finding) => [finding.digits, finding.page])).toEqual([
      [id, 3],
      [other, undefined],
    ]);
  });

  it('reads the metadata too: an ID in the title of a text PDF is found', async () => {
    const result = await readAttachmentText('x.pdf', simplePdf({ lines: ['Hello'], info: { Title: `คำร้อง ${id}`, Author: 'นาย ก' } }));
    expect(textOf(result)).toContain('Hello');
    expect(textOf(result)).toContain(`Title: คำร้อง ${id}`);
    expect(textOf(result)).toContain('Author: นาย ก');
  });

  it('lists a scan without a text layer as not checked, and still checks its metadata', async () => {
    expect(await readAttachmentText('scan.pdf', await pdfFixture('scanned-declaration.pdf'))).toEqual({ kind: 'not-checked', reason: 'scan-without-text' });
    const scan = scanAttachmentText('scan.pdf', await readAttachmentText('scan.pdf', simplePdf({ info: { Subject: other } })));
    expect(scan.findings.map((finding) => finding.digits)).toEqual([other]);
    expect(scan.notChecked).toEqual([{ key: 'privacy.not-checked', params: { path: 'scan.pdf', reason: 'scan-without-text' } }]);
  });

  it('lists a PDF that needs a password as not checked, and a damaged one as damaged', async () => {
    expect(await readAttachmentText('locked.pdf', await pdfFixture('password-protected.pdf'))).toEqual({ kind: 'not-checked', reason: 'password-protected' });
    const cut = (await pdfFixture('national-id.pdf')).subarray(0, 3000);
    const scan = scanAttachmentText('cut.pdf', await readAttachmentText('cut.pdf', cut));
    expect(scan.damaged).toEqual([{ key: 'attachment.damaged', params: { path: 'cut.pdf', detail: expect.any(String) } }]);
  });
});

describe('readAttachmentText: Word, Excel, PowerPoint', () => {
  it('reads the body, headers, footers, notes, comments and properties of a docx', async () => {
    const ids = ['1', '2', '3', '4', '5', '6'].map((digit) => withCheckDigit(`${digit}10370023456`));
    const bytes = docx({
      'word/document.xml': wordPart('document', `<w:body>${wordParagraph('เลข ', ids[0]?.slice(0, 4) ?? '', ids[0]?.slice(4) ?? '')}</w:body>`),
      'word/header1.xml': wordPart('hdr', wordParagraph(ids[1] ?? '')),
      'word/footer2.xml': wordPart('ftr', wordParagraph(ids[2] ?? '')),
      'word/footnotes.xml': wordPart('footnotes', `<w:footnote>${wordParagraph(ids[3] ?? '')}</w:footnote>`),
      'word/comments.xml': wordPart('comments', `<w:comment>${wordParagraph(ids[4] ?? '')}</w:comment>`),
      'docProps/core.xml': `<cp:coreProperties xmlns:cp="c" xmlns:dc="d"><dc:title>${ids[5]}</dc:title></cp:coreProperties>`,
      'word/styles.xml': wordPart('styles', wordParagraph(other)),
    });
    expect(await idsIn('letter.docx', bytes)).toEqual(ids);
  });

  it('reads every sheet of an xlsx, numbers and strings, and its comments', async () => {
    const bytes = ooxml('xlsx', {
      'xl/workbook.xml': '<workbook><sheets><sheet name="a" r:id="rId1"/><sheet name="b" r:id="rId2"/></sheets></workbook>',
      'xl/sharedStrings.xml': `<sst><si><t>เลขบัตร</t></si><si><t>${other}</t></si></sst>`,
      'xl/worksheets/sheet1.xml': `<worksheet><sheetData><row r="1"><c t="s"><v>0</v></c></row><row r="2"><c><v>${id}</v></c></row></sheetData></worksheet>`,
      'xl/worksheets/sheet2.xml': '<worksheet><sheetData><row r="1"><c t="s"><v>1</v></c></row></sheetData></worksheet>',
      'xl/comments1.xml': `<comments><commentList><comment ref="A1"><text><r><t>${withCheckDigit('510370023456')}</t></r></text></comment></commentList></comments>`,
    });
    expect(await idsIn('list.xlsx', bytes)).toEqual([id, other, withCheckDigit('510370023456')]);
  });

  it('reads the slides of a pptx in order, then the notes', async () => {
    const slide = (text: string) => `<p:sld xmlns:p="p" xmlns:a="a"><p:txBody><a:p><a:r><a:t>${text}</a:t></a:r></a:p></p:txBody></p:sld>`;
    const bytes = ooxml('pptx', {
      'ppt/presentation.xml': '<p:presentation xmlns:p="p"/>',
      'ppt/slides/slide10.xml': slide('สิบ'),
      'ppt/slides/slide2.xml': slide('สอง'),
      'ppt/notesSlides/notesSlide1.xml': slide(id),
    });
    expect(textOf(await readAttachmentText('talk.pptx', bytes))).toBe(`สอง\nสิบ\n${id}`);
  });

  it('reports a docx without its document part, or with a part that fails its check, as damaged', async () => {
    expect((await readAttachmentText('x.docx', docx({ 'word/other.xml': '<x/>' }))).kind).toBe('damaged');
    const bytes = docx({ 'word/document.xml': wordPart('document', wordParagraph('ข้อความ')) });
    const view = new DataView(bytes.buffer);
    for (let offset = 0; offset + 4 <= bytes.length; offset++) if (view.getUint32(offset, true) === 0x02014b50) view.setUint32(offset + 16, 0, true);
    expect((await readAttachmentText('x.docx', bytes)).kind).toBe('damaged');
  });

  it('lists a docx saved with a password, and the old binary formats, as not checked', async () => {
    expect(await readAttachmentText('locked.docx', compoundFile(['EncryptionInfo', 'EncryptedPackage']))).toEqual({
      kind: 'not-checked',
      reason: 'password-protected',
    });
    for (const stream of ['WordDocument', 'Workbook', 'PowerPoint Document']) {
      expect(await readAttachmentText('old.doc', compoundFile([stream]))).toEqual({ kind: 'not-checked', reason: 'format-not-readable' });
    }
  });
});

describe('readAttachmentText: OpenDocument', () => {
  it('reads content, headers and footers (styles.xml) and properties of odt, ods and odp', async () => {
    const paragraph = (text: string) => `<text:p>${text}</text:p>`;
    for (const kind of ['odt', 'ods', 'odp'] as const) {
      const bytes = openDocument(kind, {
        'content.xml': `<office:document-content><office:body>${paragraph(id)}</office:body></office:document-content>`,
        'styles.xml': `<office:document-styles><style:header>${paragraph(other)}</style:header></office:document-styles>`,
        'meta.xml': `<office:document-meta><office:meta><dc:title>${withCheckDigit('710370023456')}</dc:title></office:meta></office:document-meta>`,
      });
      expect(await idsIn(`x.${kind}`, bytes), kind).toEqual([id, other, withCheckDigit('710370023456')]);
    }
  });

  it('lists an OpenDocument saved with a password as not checked', async () => {
    const bytes = openDocument('odt', {
      'content.xml': 'encrypted bytes',
      'META-INF/manifest.xml':
        '<manifest:manifest><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>',
    });
    expect(await readAttachmentText('locked.odt', bytes)).toEqual({ kind: 'not-checked', reason: 'password-protected' });
  });
});

describe('readAttachmentText: images', () => {
  it('lists images as not checked: they carry no text layer', async () => {
    expect(await readAttachmentText('photo.png', png())).toEqual({ kind: 'not-checked', reason: 'image' });
    expect(await readAttachmentText('photo.jpg', jpeg())).toEqual({ kind: 'not-checked', reason: 'image' });
  });
});

describe('readAttachmentText: every file inside a ZIP, one level deep', () => {
  it('reads each file by the same rules and lists what it could not read, by name', async () => {
    const encrypted = zipSync({ 'secret.csv': strToU8(id) });
    const zip = zipSync({
      'list.csv': strToU8(`ชื่อ,เลข\nก,${id}\n`),
      'docs/form.docx': docx({ 'word/document.xml': wordPart('document', wordParagraph(other)) }),
      'photo.png': png(),
      'inner.zip': encrypted,
      '__MACOSX/._list.csv': new Uint8Array([0x00, 0x05, 0x16, 0x07, 0, 2, 0, 0]),
      'folder/': new Uint8Array(0),
    });
    const result = await readAttachmentText('bundle.zip', zip);
    expect(result.kind === 'archive' && result.entries.map((entry) => [entry.name, entry.result.kind])).toEqual([
      ['list.csv', 'text'],
      ['docs/form.docx', 'text'],
      ['photo.png', 'not-checked'],
      ['inner.zip', 'not-checked'],
    ]);
    const scan = scanAttachmentText('bundle.zip', result);
    expect(scan.findings.map((finding) => [finding.inArchive, finding.line, finding.digits])).toEqual([
      ['list.csv', 2, id],
      ['docs/form.docx', 1, other],
    ]);
    expect(scan.notChecked).toEqual([
      { key: 'privacy.not-checked', params: { path: 'bundle.zip', inArchive: 'photo.png', reason: 'image' } },
      { key: 'privacy.not-checked', params: { path: 'bundle.zip', inArchive: 'inner.zip', reason: 'format-not-readable' } },
    ]);
  });

  it('lists a file protected by a password as not checked, and a damaged file as damaged', async () => {
    const zip = zipSync({ 'secret.csv': strToU8(id), 'broken.csv': strToU8('x') });
    const view = new DataView(zip.buffer);
    const centrals: number[] = [];
    for (let offset = 0; offset + 4 <= zip.length; offset++) if (view.getUint32(offset, true) === 0x02014b50) centrals.push(offset);
    view.setUint16((centrals[0] ?? 0) + 8, 1, true);
    view.setUint32((centrals[1] ?? 0) + 16, 0, true);
    const scan = scanAttachmentText('bundle.zip', await readAttachmentText('bundle.zip', zip));
    expect(scan.findings).toEqual([]);
    expect(scan.notChecked).toEqual([{ key: 'privacy.not-checked', params: { path: 'bundle.zip', inArchive: 'secret.csv', reason: 'password-protected' } }]);
    expect(scan.damaged).toEqual([
      { key: 'attachment.damaged', params: { path: 'bundle.zip', inArchive: 'broken.csv', detail: expect.stringContaining('CRC') } },
    ]);
  });
});

describe('an ID typed one digit per box of a form (QA report F7)', () => {
  const person = withCheckDigit('309059259216');
  const wordTable = (cells: string[]) =>
    docx({
      'word/document.xml': wordPart(
        'document',
        `<w:body>${wordParagraph('เลขประจำตัวผู้เสียภาษี')}<w:tbl><w:tr>${cells.map((cell) => `<w:tc>${wordParagraph(cell)}</w:tc>`).join('')}</w:tr></w:tbl></w:body>`,
      ),
    });

  it('is found in a PDF whose digits are each their own text object, 18 pt apart', async () => {
    const bytes = boxedDigitsPdf('Tax ID:', person);
    expect(textOf(await readAttachmentText('summary.pdf', bytes))).toContain(person.split('').join(' '));
    expect(await idsIn('summary.pdf', bytes)).toEqual([person]);
  });

  it('is found in a docx table with one digit per cell', async () => {
    expect(await idsIn('summary.docx', wordTable([...person]))).toEqual([person]);
  });

  it('is not found where single digits are a numbered list or a row of scores (checksum failing, or not exactly 13)', async () => {
    expect(await idsIn('list.pdf', boxedDigitsPdf('No.', '1234567891011'))).toEqual([]);
    expect(await idsIn('scores.docx', wordTable([...`5${person}`]))).toEqual([]);
    expect(await idsIn('wrong.pdf', boxedDigitsPdf('Tax ID:', `${person.slice(0, 12)}${(Number(person[12]) + 1) % 10}`))).toEqual([]);
  });
});

describe('scanTextForNationalIds', () => {
  it('reports each ID masked, with its source and line, for any text the caller has', () => {
    expect(scanTextForNationalIds(`ก\nข ${id}`, 'content/pages/a.md')).toEqual([
      { source: 'content/pages/a.md', line: 2, digits: id, masked: `1-1037-XXXXX-XX-${id[12]}` },
    ]);
  });
});
