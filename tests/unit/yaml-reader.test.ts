import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { parseYaml, runsAcrossLines, splitMarkdownSource } from '../../src/lib/content/parse-source.ts';
import { procurementMonthFiles } from '../../scripts/bench/lib/bench-site.ts';

/** What the yaml package alone says of a text (the reader before js-yaml's fast path): its data, or that it refuses it. */
function fullReader(text: string): { refused: true } | { refused: false; data: unknown } {
  const document = parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: false });
  if (document.errors.length > 0) return { refused: true };
  try {
    return { refused: false, data: document.toJS({ maxAliasCount: 100 }) };
  } catch {
    return { refused: true };
  }
}

/** Scalars where YAML readers part ways: number forms, null and boolean spellings, quotes, block scalars, comments. */
const scalars = [
  ...['1_000', '0b101', '+12', '0o17', '017', '0x1F', '-0x1F', '+0o7', '0xFFFFFFFFFFFFFFFFFFFF', '123456789012345678901'],
  ...['1e3', '1E3', '.5', '5.', '+.5', '-.5', '-0', '-0.0', '0001.5', '1e400', '-1.5e+3', '+1e2', '1.e1', '.e1', '1e', 'e3'],
  ...['-.inf', '.Inf', '.NaN', '.nan', '0o', '0x', '0b', '1.2.3', '1__0', '_1', '1_', '1,000', '๑๒๓', '1:20', '2567-10-01'],
  ...['~', 'null', 'Null', 'NULL', 'yes', 'no', 'on', 'off', 'y', 'true', 'TRUE', 'False', 'tRue', '+', '-', '.', '..'],
  ...['"1"', "'a''b'", '"\\u0E01\\x41\\N\\_"', '""', "''", '"a\\tb"', 'a #c', 'a#c', '"# x"', '"\\"', "it's", 'x "y" z'],
  ...['[1, 2, a]', '{a: 1, b: [x, y]}', '[]', '{}', '[a, b]]', '{a: 1,}', '[,]'],
  ...['|\n  a\n  b\n', '>\n  a\n  b\n\n  c\n', '|-\n  a\n', '|+\n  a\n\n', '>2\n   a\n', 'a\n  b\n  c', '"a\n  b"', "'a\n\n  b'"],
  ...['- a', '? x', 'a: b', 'x:y', 'x :y', 'http://x.y/z?q=1#f', '@x', '`x', '%x', 'x\r\ny'],
];
const edgeTexts = [
  ...scalars.flatMap((scalar) => [`v: ${scalar}\n`, `- ${scalar}\n`, `${scalar}: v\n`, `m:\n  k: ${scalar}\n  j: [${scalar}]\n`, `v: ${scalar}`]),
  ...['---\na: 1\n', '---\na: 1\n...\n', 'a: 1\n---\nb: 2\n', '\uFEFFa: 1\n', 'a: 1\r\nb: 2\r\n', '# only a comment\n', ' a: 1\n'],
  ...['__proto__: 1\n', '__proto__: {a: 1}\n', 'a: 1\na: 2\n', 'a:\n  - 1\n -2\n', 'a: [1,\n2]\n', 'a: {b: 1\n}', 'a: "unterminated\n'],
  ...['  a: 1\n b: 2\n', 'a: b: c\n', 'a:\n  b: 1\n   c: 2\n', '"quoted key": 1\n', '1.5: a\n2: b\n', '[a, b]: c\n', '? a\n: b\n'],
  ...['a: |\n  x\n b: 1\n', 'a: !!str 1\n', 'a: &x 1\nb: *x\n', 'a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n', 'a:\tb\n', 'a: 1\n  b: 2\n'],
  ...['a: x\n  # c\n  y\n', 'a: [x # c\n  , y]\n', 'a: "x\\\n  y"\n', "a: 'x\n  y'\n", 'a:\n- b\n c\n', 'a: {, x: 1}\n', '%YAML 1.2\n---\na: 1\n'],
];

/** Every YAML file and front matter of the example site and the fixtures, and a year of generated procurement months. */
function realTexts(): string[] {
  const texts: string[] = [...procurementMonthFiles(1200).values()];
  for (const root of ['content', 'tests/fixtures']) {
    for (const name of readdirSync(root, { recursive: true }).map(String)) {
      const file = path.join(root, name);
      if (/\.ya?ml$/.test(name)) texts.push(readFileSync(file, 'utf8'));
      else if (/\.mdx?$/.test(name)) texts.push(splitMarkdownSource(readFileSync(file, 'utf8')).frontmatter);
    }
  }
  return texts;
}

describe('reading YAML: the fast reader (js-yaml) never disagrees with the yaml package', () => {
  const texts = [...edgeTexts, ...realTexts()];

  it('gives the same data for every text the yaml package reads, and refuses every text it refuses', () => {
    const disagreements: string[] = [];
    for (const text of texts) {
      const expected = fullReader(text);
      const read = parseYaml(text);
      if (expected.refused) {
        if (read.syntaxErrors.length === 0) disagreements.push(`accepted what the yaml package refuses: ${JSON.stringify(text)}`);
      } else if (read.syntaxErrors.length > 0) disagreements.push(`refused: ${JSON.stringify(text)}`);
      else if (!isDeepStrictEqual(read.data, expected.data)) disagreements.push(`${JSON.stringify(text)}: ${JSON.stringify(read.data)}`);
    }
    expect(texts.length).toBeGreaterThan(800);
    expect(disagreements).toEqual([]);
  });

  it('sends a text to the full reader exactly when a quote or a list stays open at the end of a line, as read line by line', () => {
    // The rule as first written: each line on its own, character by character.
    const lineByLine = (text: string) =>
      text.split('\n').some((line) => {
        let quote: string | undefined;
        let depth = 0;
        for (let at = 0; at < line.length; at += 1) {
          const character = line[at]!;
          if (quote === '"') {
            if (character === '\\') at += 1;
            else if (character === '"') quote = undefined;
          } else if (quote === "'") {
            if (character === "'") quote = line[at + 1] === "'" ? ((at += 1), "'") : undefined;
          } else if (character === '"' || character === "'") quote = character;
          else if (character === '#' && (at === 0 || /\s/.test(line[at - 1]!))) break;
          else if (character === '[' || character === '{') depth += 1;
          else if (character === ']' || character === '}') {
            depth -= 1;
            if (depth < 0) return true;
          }
        }
        return quote !== undefined || depth !== 0;
      });
    // Every short text of the characters that matter, and random longer ones.
    const alphabet = ['"', "'", '#', '[', ']', '{', '}', '\\', '\n', ' ', 'ก', '\r'];
    const cases: string[] = [''];
    for (let length = 1; length <= 4; length += 1)
      for (const text of cases.filter((text) => text.length === length - 1)) for (const character of alphabet) cases.push(text + character);
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let count = 0; count < 3000; count += 1) cases.push(Array.from({ length: 5 + (next() % 40) }, () => alphabet[next() % alphabet.length]).join(''));
    const differing = cases.filter((text) => runsAcrossLines(text) !== lineByLine(text));
    expect(cases.filter((text) => lineByLine(text)).length).toBeGreaterThan(1000);
    expect(cases.filter((text) => !lineByLine(text)).length).toBeGreaterThan(1000);
    expect(differing.map((text) => JSON.stringify(text))).toEqual([]);
  });

  it('still names the line of a field and the layout of a map when the fast reader read the text', () => {
    const text = 'month: 2567-10\nrows:\n  - item: จัดซื้อวัสดุ\n    budget: 1000\n    winner: { name: ร้าน ก, taxId: "0105500000001" }\n';
    const parsed = parseYaml(text, 3);
    expect(parsed.data).toEqual({ month: '2567-10', rows: [{ item: 'จัดซื้อวัสดุ', budget: 1000, winner: { name: 'ร้าน ก', taxId: '0105500000001' } }] });
    expect(parsed.lineOf(['rows', 0, 'winner', 'taxId'])).toBe(7);
    expect(parsed.lineOf(['rows', 0, 'missing'])).toBe(5);
    expect(parsed.fieldLayout(['rows', 0])).toEqual([
      { key: 'item', line: 5, lastLine: 5, column: 4 },
      { key: 'budget', line: 6, lastLine: 6, column: 4 },
      { key: 'winner', line: 7, lastLine: 7, column: 4 },
    ]);
  });

  it('stops aliases that multiply, whichever reader is asked', () => {
    const laughs = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefghij'.split('').map((name, index) => `${name}: &${name} [${`*${'abcdefghij'[index]}, `.repeat(10).slice(0, -2)}]`),
    ].join('\n');
    const parsed = parseYaml(`${laughs}\n`);
    expect(parsed.syntaxErrors.map((error) => error.code)).toEqual(['RESOURCE_LIMIT']);
  });
});
