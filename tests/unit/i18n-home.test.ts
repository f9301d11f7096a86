import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/ui.ts';
import { problemText, problemTextOfUntyped } from '../../src/i18n/problems.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const thai = /[\u0E00-\u0E7F]/;

/** Every source folder is checked except the dictionary itself. */
const outsideCheck = ['src/i18n/'];

/** Thai that is not words for a reader: each entry names the exact literals allowed (or the whole file) and why. */
const exceptions: { file: string; literals?: string[]; why: string }[] = [
  { file: 'src/lib/calendar/thai-date.ts', literals: ['/[๐-๙]/g', "'๐'"], why: 'turns Thai digits typed in dates into 0–9' },
  {
    file: 'src/lib/guards/thai-national-id.ts',
    literals: ['/[๐-๙]/g'],
    why: 'reads national ID numbers written in Thai digits in the privacy allow-list',
  },
  { file: 'src/schemas/privacy-allowlist.ts', literals: ['/^[\\d๐-๙][\\d๐-๙ -]{11,}$/'], why: 'an allow-listed ID may be typed in Thai digits' },
  { file: 'src/lib/ita/scores.ts', literals: ["'ของทางราชการ'", "'ของราชการ'"], why: 'matches two spellings of an indicator name in reports' },
  {
    file: 'src/schemas/site.ts',
    literals: ["'อบต.'", "'เทศบาลตำบล'", "'เทศบาลเมือง'", "'เทศบาลนคร'", "'อบจ.'", "'ส่วนราชการ'", "'รัฐวิสาหกิจ'", "'อื่น ๆ'"],
    why: 'the agency kinds staff type in site.yaml are themselves Thai',
  },
  { file: 'src/client/score-charts.ts', literals: ["'ก'"], why: 'a Thai glyph makes the browser load the Thai font before charts draw' },
  { file: 'scripts/bench/lib/thai-corpus.ts', why: 'generates Thai sample content for benchmarks: input to the build, not words shown' },
  {
    file: 'src/lib/import-files/read-guesses.ts',
    why: 'reads the month names, "เรื่อง" and signing lines printed in Thai documents: patterns for input, not words shown',
  },
  { file: 'src/lib/ocr/scan-national-id.ts', why: 'finds national IDs in Thai digits and the words printed beside them on ID cards in machine-read text' },
  {
    file: 'src/lib/search/word-fallback.ts',
    why: 'the Thai small words a search falls back without (และ, ประจำ …) or joins to the next (การ, ของ …): language data, not words shown',
  },
  {
    file: 'src/lib/search/date-forms.ts',
    literals: ["'ปี'", "'พ.ศ'", "'พศ'", "'ปีงบ'", "'ปีงบประมาณ'", "'ปีงบฯ'", "'งบประมาณ'"],
    why: 'the words that say the number a citizen types beside them is a year: language data a search reads, not words shown',
  },
  {
    file: 'src/lib/search/spelling.ts',
    literals: ["'กขคฆ'", "'จชซฎฏฐฑฒดตถทธศษส'", "'บปพฟภ'", "'นณญรลฬ'"],
    why: 'Thai consonants that sound alike at the end of a syllable, for spelling suggestions',
  },
  { file: 'src/client/amount-charts.ts', literals: ["'ก'"], why: 'a Thai glyph makes the browser load the Thai font before charts draw' },
  {
    file: 'src/lib/editor/decap-config.ts',
    literals: ["'^[0-9๐-๙][0-9๐-๙,]*(\\\\.[0-9๐-๙]{1,2})?$'", "'^([0-9๐-๙][ -]?){12}[0-9๐-๙]$'"],
    why: 'money and tax IDs may be typed in Thai digits in the editor',
  },
  { file: 'src/lib/procurement/match-vocabulary.ts', literals: ['/^วิธี/'], why: 'staff write methods with or without the word วิธี' },
  { file: 'src/lib/procurement/money.ts', literals: ['/[๐-๙]/g', '/บาท|฿|THB/gi'], why: 'reads amounts typed with Thai digits and the word บาท' },
  { file: 'src/lib/procurement/tax-id.ts', literals: ['/[๐-๙]/g'], why: 'reads tax IDs typed in Thai digits' },
  { file: 'src/lib/procurement/row-slugs.ts', literals: ['/[๐-๙]/g'], why: 'a contract number typed in Thai digits names its row page in ASCII digits' },
  {
    file: 'src/lib/procurement-import/columns.ts',
    literals: ['/\\([^()]*(?:บาท|ถ้ามี)[^()]*\\)/g', '/^บาท/', '/^(?:ราคา|จำนวนเงิน|บาท)/', '/^วัน|วันที่/', '/ประเภท/', '/เลขที่|^ที่/'],
    why: 'headers carry "(บาท)" or "(ถ้ามี)" after the column name; a two-row header names each half (ราคา, บาท, วันที่, เลขที่) below it',
  },
  {
    file: 'src/lib/procurement-import/sheet-rows.ts',
    why: 'reads what staff type in sheets: Thai digits, "ราคา … บาท", "ลงวันที่", category words, a "รวม" totals row, "ไม่มีการจัดซื้อจัดจ้าง", "ประจำเดือน …"',
  },
  {
    file: 'src/lib/procurement-import/cell-text.ts',
    why: 'reads what staff write in one cell: Thai digits, "ราคา … บาท", "เลขที่", "ลงวันที่", category words, month names, "ไม่มีการจัดซื้อจัดจ้าง", the footer\'s "ลงชื่อ"',
  },
  { file: 'src/lib/procurement-import/thai-date-text.ts', why: 'reads Thai dates as sheets write them: Thai digits, month names, พ.ศ.' },
];

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .map((name) => path.posix.join(folder, name.split(path.sep).join('/')))
    .filter((file) => /\.(ts|astro)$/.test(file) && !outsideCheck.some((prefix) => file.startsWith(prefix)));
}

/** Source text of every token-level node (literals, identifiers, JSX text) that holds Thai; comments are not nodes, so they pass. */
export function thaiInCode(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    let leaf = true;
    ts.forEachChild(node, (child) => {
      leaf = false;
      visit(child);
    });
    if (leaf && thai.test(node.getText(source))) found.push(node.getText(source));
  };
  visit(source);
  return found;
}

describe('dictionary keys', () => {
  it('fills every placeholder of a message', () => {
    expect(t('search.foundFor', { count: 3, query: 'ของขวัญ' })).toBe('พบ 3 รายการที่มีคำว่า “ของขวัญ”');
    expect(problemText('catalogue.weights-sum', { sum: 90 }).en).toBe('tool weights add up to 90, not 100');
  });

  it('throws for an unknown key or a missing value instead of printing a fallback', () => {
    // Only a cast gets past the compiler; these are what the casts would meet at run time.
    const untypedT = t as (key: string) => string;
    expect(() => untypedT('no.such.key')).toThrow('no.such.key');
    expect(() => untypedT('search.found')).toThrow('{count}');
    expect(() => problemTextOfUntyped('no.such.problem', {})).toThrow('no.such.problem');
  });
});

describe('thaiInCode', () => {
  it('finds Thai in strings, templates and regexes but not in comments', () => {
    const code = ['// ความเห็น', '/** เอกสาร */', "const a = 'ข้อ';", 'const b = `ปี ${a} พ.ศ.`;', 'const c = /[๐-๙]/;', 'const d = "ok";'].join('\n');
    expect(thaiInCode('sample.ts', code)).toEqual(["'ข้อ'", '`ปี ${', '} พ.ศ.`', '/[๐-๙]/']);
  });
});

describe('one home for words', () => {
  const files = sourceFiles('src');

  it('finds the source files', () => {
    expect(files).toContain('src/pages/index.astro');
    expect(files).toContain('src/lib/oit/status.ts');
    expect(files.some((file) => file.startsWith('src/i18n/'))).toBe(false);
  });

  it('no .astro file carries Thai: pages, components and layouts take their words from src/i18n/', () => {
    const offending = files
      .filter((file) => file.endsWith('.astro'))
      .flatMap((file) =>
        readFileSync(path.join(root, file), 'utf8')
          .split('\n')
          .flatMap((line, index) => (thai.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
      );
    expect(offending).toEqual([]);
  });

  it('no .ts file outside src/i18n/ carries Thai in its code, except the listed exceptions', () => {
    const offending = files
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => {
        const exception = exceptions.find((entry) => entry.file === file);
        if (exception && !exception.literals) return [];
        return thaiInCode(file, readFileSync(path.join(root, file), 'utf8'))
          .filter((literal) => !exception?.literals?.includes(literal))
          .map((literal) => `${file}: ${literal}`);
      });
    expect(offending).toEqual([]);
  });

  it('every exception still matches something, so the list does not outlive its reasons', () => {
    for (const exception of exceptions) {
      const found = thaiInCode(exception.file, readFileSync(path.join(root, exception.file), 'utf8'));
      if (exception.literals) expect(found, exception.file).toEqual(expect.arrayContaining(exception.literals));
      else expect(found.length, exception.file).toBeGreaterThan(0);
    }
  });
});
