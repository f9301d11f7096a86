import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { checkAttachmentType, extensionOf, type AttachmentTypeCheck } from '../../src/lib/guards/attachment-type.ts';
import { describeProblem, type ProblemRef } from '../../src/i18n/problems.ts';
import { bytesOf, compoundFile, gif, jpeg, linuxProgram, ooxml, openDocument, pdf, png, webp, windowsProgram } from '../helpers/attachment-bytes.ts';

const concat = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((part) => [...part]));
/** A PDF as real producers write it: a comment of high bytes right after the header marks the file as binary. */
const binaryPdf = () => concat(bytesOf('%PDF-1.7\n'), new Uint8Array([0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]), pdf().subarray(9));
const windows874 = (thai: string) => new Uint8Array([...thai].map((character) => character.charCodeAt(0) - 0x0e00 + 0xa0));

async function problems(fileName: string, bytes: Uint8Array, options = {}): Promise<ProblemRef[]> {
  const check = await checkAttachmentType(fileName, bytes, options);
  if (check.ok) throw new Error(`${fileName} was accepted as ${check.accepted.content}`);
  return check.problems;
}
async function accepted(fileName: string, bytes: Uint8Array): Promise<Extract<AttachmentTypeCheck, { ok: true }>['accepted']> {
  const check = await checkAttachmentType(fileName, bytes);
  if (!check.ok) throw new Error(`${fileName} was refused: ${JSON.stringify(check.problems)}`);
  return check.accepted;
}

describe('extensionOf', () => {
  it.each([
    ['report.PDF', 'pdf'],
    ['a/b/x.pdf.html', 'html'],
    ['scan', ''],
    ['.pdf', ''],
    ['x.pdf.', ''],
    ['folder.v2/scan', ''],
  ])('%s → %s', (name, extension) => expect(extensionOf(name)).toBe(extension));
});

describe('checkAttachmentType: the allow-list, by content', () => {
  it.each([
    ['ประกาศ.pdf', pdf, 'pdf', 'application/pdf'],
    ['REPORT.PDF', binaryPdf, 'pdf', 'application/pdf'],
    ['photo.png', png, 'png', 'image/png'],
    ['photo.jpg', jpeg, 'jpeg', 'image/jpeg'],
    ['photo.JPEG', jpeg, 'jpeg', 'image/jpeg'],
    ['photo.webp', webp, 'webp', 'image/webp'],
    ['chart.gif', gif, 'gif', 'image/gif'],
    ['letter.docx', () => ooxml('docx'), 'word', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['budget.Xlsx', () => ooxml('xlsx'), 'excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['slides.pptx', () => ooxml('pptx'), 'powerpoint', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    [
      'locked.docx',
      () => compoundFile(['EncryptionInfo', 'EncryptedPackage']),
      'office-encrypted',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['old.doc', () => compoundFile(['WordDocument', '1Table']), 'word-legacy', 'application/msword'],
    ['old.xls', () => compoundFile(['Workbook']), 'excel-legacy', 'application/vnd.ms-excel'],
    ['older.xls', () => compoundFile(['Book']), 'excel-legacy', 'application/vnd.ms-excel'],
    ['old.ppt', () => compoundFile(['PowerPoint Document', 'Current User']), 'powerpoint-legacy', 'application/vnd.ms-powerpoint'],
    ['minutes.odt', () => openDocument('odt'), 'odt', 'application/vnd.oasis.opendocument.text'],
    ['sheet.ods', () => openDocument('ods'), 'ods', 'application/vnd.oasis.opendocument.spreadsheet'],
    ['talk.odp', () => openDocument('odp'), 'odp', 'application/vnd.oasis.opendocument.presentation'],
    ['data.csv', () => bytesOf('ลำดับ,รายการ,จำนวนเงิน\n1,"จัดซื้อ, วัสดุ",1500\n'), 'text', 'text/csv'],
    ['data-bom.csv', () => bytesOf('\uFEFFชื่อ,จำนวน\n'), 'text', 'text/csv'],
    // file-type reads "BM" as a bitmap; clean UTF-8 in a .csv is text whatever its first letters.
    ['bmi.csv', () => bytesOf('BMI,อายุ\n22.5,40\n'), 'text', 'text/csv'],
    ['notes.txt', () => bytesOf('บันทึก 1 < 2 และ <ไม่ใช่แท็ก>\n'), 'text', 'text/plain'],
    ['bundle.zip', () => zipSync({ 'a.pdf': pdf(), 'b.csv': strToU8('a,b\n'), 'folder/c.docx': ooxml('docx') }), 'zip', 'application/zip'],
  ])('accepts %s', async (name, make, content, mediaType) => {
    const result = await accepted(name, make());
    expect(result.content).toBe(content);
    expect(result.mediaType).toBe(mediaType);
    expect(result.label.length).toBeGreaterThan(0);
  });

  it('labels the download link by the file kind', async () => {
    expect((await accepted('a.pdf', pdf())).label).toBe('PDF');
    expect((await accepted('a.pptx', ooxml('pptx'))).label).toBe('PowerPoint');
  });

  it('refuses an empty file', async () => {
    expect(await problems('empty.pdf', new Uint8Array(0))).toEqual([{ key: 'attachment.empty', params: { path: 'empty.pdf' } }]);
  });
});

describe('checkAttachmentType: what runs in a browser or on a computer is refused, named by what the bytes are', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
  it.each([
    ['logo.svg', svg, 'svg', ''],
    ['logo.svg', `<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n${svg}`, 'svg', ''],
    ['logo.png', svg, 'svg', 'png'],
    ['logo.png', `\uFEFF  \n<SVG onload="alert(1)"></SVG>`, 'svg', 'png'],
    ['logo.gif', `<!-- made by hand -->\n${svg}`, 'svg', 'gif'],
    ['page.html', '<!DOCTYPE html><html><body>hi</body></html>', 'html', ''],
    ['page.htm', 'plain words, but a browser renders a .htm as a page', 'html', ''],
    ['page.xhtml', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><script>x()</script></html>', 'html', ''],
    ['notice.txt', '\n\n  <script>alert(1)</script>', 'html', 'txt'],
    ['notice.txt', '<!doctype html><title>x</title>', 'html', 'txt'],
    ['notice.txt', '\uFEFF<meta http-equiv="refresh" content="0;url=https://evil.example">', 'html', 'txt'],
    ['table.csv', '<iframe src="https://evil.example"></iframe>', 'html', 'csv'],
    ['table.csv', '<?xml version="1.0"?><root/>', 'xml', 'csv'],
    ['report.pdf', '<html><body onload="alert(1)">%PDF-1.4 later in the file</body></html>', 'html', 'pdf'],
    ['feed.xml', '<?xml version="1.0"?><rss/>', 'xml', ''],
    ['archive.zip', `<html><script>alert(1)</script></html>PK\u0005\u0006${'\u0000'.repeat(18)}`, 'html', 'zip'],
  ])('%s holding %j', async (name, text, found, extension) => {
    const [problem, ...rest] = await problems(name, bytesOf(text));
    expect(rest).toEqual([]);
    expect(problem).toEqual({ key: 'attachment.type-not-allowed', params: { path: name, found, extension } });
  });

  it.each(['run.js', 'run.mjs', 'setup.bat', 'setup.cmd', 'install.ps1', 'install.sh', 'index.php', 'macro.vbs', 'app.hta'])(
    'refuses the script %s by its name',
    async (name) => {
      const [problem] = await problems(name, bytesOf('alert(document.cookie)\n'));
      expect(problem?.key).toBe('attachment.type-not-allowed');
      expect(problem?.params).toMatchObject({ found: name.endsWith('.hta') ? 'html' : 'script' });
    },
  );

  it.each([
    ['setup.exe', windowsProgram, 'program', ''],
    ['manual.pdf', windowsProgram, 'program', 'pdf'],
    ['list.txt', linuxProgram, 'program', 'txt'],
    ['photos.zip', () => concat(windowsProgram(), zipSync({ 'a.pdf': pdf() })), 'program', 'zip'],
    ['macro.docm', () => ooxml('docm'), 'office-macros', ''],
    ['letter.docx', () => ooxml('docm'), 'office-macros', 'docx'],
    ['installer.doc', () => compoundFile(['\u0005SummaryInformation', 'Property']), 'compound-other', 'doc'],
  ])('refuses %s holding a %s', async (name, make, found, extension) => {
    const [problem, ...rest] = await problems(name, make());
    expect(rest).toEqual([]);
    expect(problem?.key).toBe('attachment.type-not-allowed');
    expect(problem?.params).toMatchObject({ path: name, found, extension });
  });

  it('names the other formats it refuses by their extension', async () => {
    const rar = bytesOf('Rar!\u001a\u0007\u0001\u0000' + '\u0000'.repeat(20));
    const [problem] = await problems('files.rar', rar);
    expect(problem?.params).toMatchObject({ found: 'other', detail: 'rar' });
    expect(describeProblem(problem as ProblemRef).en).toContain('.rar');
  });
});

describe('checkAttachmentType: the name must agree with the bytes', () => {
  it.each([
    ['photo.jpg', png, 'png', 'photo.png'],
    ['photo.png', jpeg, 'jpeg', 'photo.jpg'],
    ['letter.docx', pdf, 'pdf', 'letter.pdf'],
    ['letter.docx', () => zipSync({ 'a.txt': strToU8('x') }), 'zip', 'letter.zip'],
    ['bundle.zip', () => ooxml('docx'), 'word', 'bundle.docx'],
    ['budget.docx', () => ooxml('xlsx'), 'excel', 'budget.xlsx'],
    ['minutes.docx', () => openDocument('odt'), 'odt', 'minutes.odt'],
    ['old.xls', () => compoundFile(['WordDocument']), 'word-legacy', 'old.doc'],
    ['scan.txt', binaryPdf, 'pdf', 'scan.pdf'],
    ['report.pdf', () => bytesOf('just some words'), 'text', 'report.txt'],
  ])('%s holding %s', async (name, make, found, suggestion) => {
    const [problem, ...rest] = await problems(name, make());
    expect(rest).toEqual([]);
    expect(problem).toEqual({ key: 'attachment.type-mismatch', params: { path: name, found, extension: name.slice(name.lastIndexOf('.') + 1), suggestion } });
  });

  it.each([
    ['report.pdf.html', 'html', 'report.pdf'],
    ['scan', '', 'scan.pdf'],
    ['scan.pdf.', '', 'scan.pdf'],
    ['scan.pdf ', 'pdf ', 'scan.pdf'],
    ['scan.p df', 'p df', 'scan.pdf'],
  ])('a PDF named %j is told its extension and a name to use', async (name, extension, suggestion) => {
    const [problem] = await problems(name, binaryPdf());
    expect(problem).toEqual({ key: 'attachment.type-mismatch', params: { path: name, found: 'pdf', extension, suggestion } });
  });

  it('accepts a PDF whose name has another extension before .pdf', async () => {
    expect((await accepted('report.html.pdf', pdf())).content).toBe('pdf');
  });

  it('does not suggest a name that would be a hidden file', async () => {
    expect(await problems('.pdf', pdf())).toEqual([{ key: 'attachment.type-mismatch', params: { path: '.pdf', found: 'pdf', extension: '' } }]);
  });

  it('words a mismatch with both the name and the content, in Thai and English', async () => {
    const [problem] = await problems('ประกาศ.pdf', bytesOf('<html><script>x</script></html>'));
    const text = describeProblem(problem as ProblemRef);
    expect(text.th).toContain('HTML');
    expect(text.th).toContain('.pdf');
    expect(text.en).toContain('HTML page');
    expect(text.en).toContain('.pdf');
  });
});

describe('checkAttachmentType: CSV and TXT must be UTF-8 text', () => {
  it('refuses text in the old Thai code page, with the Excel fix', async () => {
    const [problem] = await problems('list.csv', windows874('ชื่อ,ที่อยู่\n'));
    expect(problem).toEqual({ key: 'attachment.text-encoding', params: { path: 'list.csv' } });
    expect(describeProblem(problem as ProblemRef).fixEn).toContain('CSV UTF-8');
  });

  it('refuses UTF-16 text (Excel "Unicode Text") and says so', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'a,b\n'].flatMap((character) => [character.charCodeAt(0), 0])]);
    expect(await problems('list.txt', utf16)).toEqual([{ key: 'attachment.text-encoding', params: { path: 'list.txt', encoding: 'UTF-16' } }]);
  });

  it('refuses a text file holding NUL bytes as binary data', async () => {
    const [problem] = await problems('list.csv', new Uint8Array([0x61, 0x2c, 0x00, 0x01, 0x02, 0x62]));
    expect(problem).toMatchObject({ key: 'attachment.type-not-allowed', params: { found: 'binary', extension: 'csv' } });
  });
});

describe('checkAttachmentType: polyglots', () => {
  it.each([
    [
      'a GIF whose header continues as script',
      'chart.gif',
      () => concat(bytesOf('GIF89a/*'), gif().subarray(6), bytesOf('*/=1;<script>alert(1)</script>')),
      '<script>',
    ],
    [
      'a JPEG with a page in its comment',
      'photo.jpg',
      () => concat(jpeg().subarray(0, 20), bytesOf('<html><body>x</body></html>'), jpeg().subarray(20)),
      '<html>',
    ],
    ['a PNG with a javascript: link in a text chunk', 'photo.png', () => concat(png(), bytesOf('tEXtComment\u0000javascript:alert(1)')), 'javascript:'],
  ])('refuses %s', async (_, name, make, marker) => {
    const [problem, ...rest] = await problems(name, make());
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ key: 'attachment.hidden-markup', params: { path: name, marker } });
  });

  it('accepts a PDF carrying the same text: it is published as application/pdf, never rendered as a page', async () => {
    expect((await accepted('x.pdf', concat(pdf(), bytesOf('<script>alert(1)</script>')))).content).toBe('pdf');
  });
});

describe('checkAttachmentType: every file inside a ZIP, one level deep', () => {
  const zipProblems = async (files: Parameters<typeof zipSync>[0], options = {}) => problems('bundle.zip', zipSync(files), options);

  it('refuses what it would refuse outside, naming the file inside', async () => {
    const found = await zipProblems({
      'ok.pdf': pdf(),
      'web/index.html': strToU8('<html></html>'),
      'logo.png': strToU8('<svg/>'),
      'tool.exe': windowsProgram(),
    });
    expect(found).toEqual([
      { key: 'attachment.type-not-allowed', params: { path: 'bundle.zip', inArchive: 'web/index.html', found: 'html', extension: '' } },
      { key: 'attachment.type-not-allowed', params: { path: 'bundle.zip', inArchive: 'logo.png', found: 'svg', extension: 'png' } },
      { key: 'attachment.type-not-allowed', params: { path: 'bundle.zip', inArchive: 'tool.exe', found: 'program', extension: '' } },
    ]);
  });

  it('refuses a ZIP inside the ZIP rather than opening it', async () => {
    expect(await zipProblems({ 'inner.zip': zipSync({ 'a.html': strToU8('<html>') }) })).toEqual([
      { key: 'attachment.archive-nested', params: { path: 'bundle.zip', inArchive: 'inner.zip' } },
    ]);
  });

  it('refuses names that climb out of the folder they are unpacked into', async () => {
    expect(await zipProblems({ '../../evil.pdf': pdf() })).toEqual([
      { key: 'attachment.archive-unsafe-name', params: { path: 'bundle.zip', inArchive: '../../evil.pdf' } },
    ]);
  });

  it('refuses a file protected by a password: its type cannot be known', async () => {
    const zip = zipSync({ 'secret.pdf': pdf() });
    const view = new DataView(zip.buffer);
    for (let offset = 0; offset + 4 <= zip.length; offset++) if (view.getUint32(offset, true) === 0x02014b50) view.setUint16(offset + 8, 1, true);
    expect(await problems('bundle.zip', zip)).toEqual([{ key: 'attachment.archive-encrypted', params: { path: 'bundle.zip', inArchive: 'secret.pdf' } }]);
  });

  it('refuses a ZIP that would unpack to more than the limit', async () => {
    const [problem] = await zipProblems({ 'zeros.txt': new Uint8Array(3 * 1024 * 1024) }, { maxUnpackedMb: 2 });
    expect(problem).toEqual({ key: 'attachment.archive-too-large', params: { path: 'bundle.zip', sizeMb: 3, limitMb: 2 } });
  });

  it('reports a damaged ZIP as damaged', async () => {
    const zip = zipSync({ 'a.pdf': pdf(), 'b.pdf': pdf() });
    const [problem] = await problems('bundle.zip', zip.subarray(0, zip.length - 30));
    expect(problem?.key).toBe('attachment.damaged');
  });

  it('skips the metadata macOS and Windows leave in archives, but only when the bytes are that metadata', async () => {
    const appleDouble = new Uint8Array([0x00, 0x05, 0x16, 0x07, 0, 2, 0, 0]);
    const dsStore = new Uint8Array([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31, 0, 0]);
    expect(
      (await accepted('bundle.zip', zipSync({ 'a.pdf': pdf(), '__MACOSX/._a.pdf': appleDouble, '.DS_Store': dsStore, 'Thumbs.db': compoundFile(['Catalog']) })))
        .content,
    ).toBe('zip');
    const [problem] = await zipProblems({ '__MACOSX/._a.pdf': strToU8('<html><script>x</script></html>') });
    expect(problem).toMatchObject({ key: 'attachment.type-not-allowed', params: { inArchive: '__MACOSX/._a.pdf', found: 'html' } });
  });

  it('words a problem inside a ZIP with both names', async () => {
    const [problem] = await zipProblems({ 'web/index.html': strToU8('<html></html>') });
    const text = describeProblem(problem as ProblemRef);
    expect(text.th).toContain('"web/index.html"');
    expect(text.th).toContain('"bundle.zip"');
    expect(text.en).toContain('"web/index.html" inside the ZIP "bundle.zip"');
  });
});

describe('checkAttachmentType: common mistakes', () => {
  it('tells staff an Excel file saved under a .csv name is an Excel workbook', async () => {
    expect(await problems('list.csv', ooxml('xlsx'))).toEqual([
      { key: 'attachment.type-mismatch', params: { path: 'list.csv', found: 'excel', extension: 'csv', suggestion: 'list.xlsx' } },
    ]);
  });

  it('reads the extension in any case', async () => {
    const [problem] = await problems('LOGO.SVG', bytesOf('<svg/>'));
    expect(problem).toEqual({ key: 'attachment.type-not-allowed', params: { path: 'LOGO.SVG', found: 'svg', extension: '' } });
  });
});

describe('the words of attachment problems', () => {
  const thai = /[\u0E00-\u0E7F]/;
  const samples: ProblemRef[] = [
    { key: 'attachment.empty', params: { path: 'a.pdf' } },
    { key: 'attachment.type-not-allowed', params: { path: 'a.png', found: 'svg', extension: 'png' } },
    { key: 'attachment.type-not-allowed', params: { path: 'a.docm', found: 'office-macros', extension: '' } },
    { key: 'attachment.type-not-allowed', params: { path: 'a.js', found: 'script', detail: 'js', extension: '' } },
    { key: 'attachment.type-mismatch', params: { path: 'a.pdf', found: 'text', extension: 'pdf', suggestion: 'a.txt' } },
    { key: 'attachment.type-mismatch', params: { path: 'scan', found: 'pdf', extension: '' } },
    { key: 'attachment.text-encoding', params: { path: 'a.csv' } },
    { key: 'attachment.hidden-markup', params: { path: 'a.gif', found: 'gif', marker: '<script>' } },
    { key: 'attachment.archive-nested', params: { path: 'a.zip', inArchive: 'b.zip' } },
    { key: 'attachment.archive-unsafe-name', params: { path: 'a.zip', inArchive: '../b.pdf' } },
    { key: 'attachment.archive-encrypted', params: { path: 'a.zip', inArchive: 'b.pdf' } },
    { key: 'attachment.archive-unsupported', params: { path: 'a.zip', inArchive: 'b.pdf', method: 12 } },
    { key: 'attachment.archive-too-large', params: { path: 'a.zip', sizeMb: 900, limitMb: 500 } },
    { key: 'attachment.damaged', params: { path: 'a.pdf', detail: 'Invalid PDF structure.' } },
    ...(['scan-without-text', 'password-protected', 'format-not-readable', 'image'] as const).map((reason): ProblemRef => ({
      key: 'privacy.not-checked',
      params: { path: 'a.pdf', reason },
    })),
  ];

  it.each(samples.map((sample) => [`${sample.key} ${JSON.stringify(sample.params)}`, sample] as const))(
    '%s: Thai and English, each with a fix, naming the file',
    (_, sample) => {
      const text = describeProblem(sample);
      expect(text.th).toMatch(thai);
      expect(text.fixTh).toMatch(thai);
      expect(text.en).not.toMatch(thai);
      expect(text.fixEn).toBeTruthy();
      expect(text.fixEn).not.toMatch(thai);
      const { path } = sample.params as { path: string };
      expect(text.th).toContain(`"${path}"`);
      expect(text.en).toContain(`"${path}"`);
    },
  );

  it('names an extension only when the file pretends to be an allowed type', () => {
    expect(describeProblem({ key: 'attachment.type-not-allowed', params: { path: 'a.png', found: 'svg', extension: 'png' } }).en).toContain('.png');
    expect(describeProblem({ key: 'attachment.type-not-allowed', params: { path: 'a.svg', found: 'svg', extension: '' } }).en).not.toContain('although');
  });
});
