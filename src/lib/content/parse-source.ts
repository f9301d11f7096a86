import { FAILSAFE_SCHEMA, load as loadYaml, Type } from 'js-yaml';
import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from 'yaml';

/** Same front-matter rule as Astro's, so both read the same block. */
const frontmatterPattern = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

export interface MarkdownSource {
  /** Front-matter YAML text ('' when the file has none) */
  frontmatter: string;
  /** 1-based line of the front matter's first line in the file */
  frontmatterFirstLine: number;
  /** Markdown body after the front matter */
  body: string;
  hasFrontmatter: boolean;
}

export function splitMarkdownSource(source: string): MarkdownSource {
  const match = frontmatterPattern.exec(source);
  if (!match) return { frontmatter: '', frontmatterFirstLine: 1, body: source, hasFrontmatter: false };
  return {
    frontmatter: match[1] ?? '',
    frontmatterFirstLine: 2,
    body: source.slice(match[0].length),
    hasFrontmatter: true,
  };
}

export interface YamlSyntaxError {
  line: number;
  /** The yaml package's error code (e.g. DUPLICATE_KEY), or RESOURCE_LIMIT when the aliases would expand without end */
  code: string;
  message: string;
}

export interface ParsedYaml {
  data: unknown;
  syntaxErrors: YamlSyntaxError[];
  /** 1-based file line of the value at a field path, when it exists */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** The fields written in the mapping at a path, in file order: name, first and last file line, column of the name (0-based) */
  fieldLayout(path: readonly PropertyKey[]): FieldPlace[];
}

export interface FieldPlace {
  key: string;
  line: number;
  lastLine: number;
  column: number;
}

/** What the core schema (YAML 1.2) reads as an integer, and as a float, when written as a plain scalar. */
export const yamlIntPattern = /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/;
export const yamlFloatPattern = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/;

/**
 * The yaml package's core schema (YAML 1.2), rule for rule (its schema/core and schema/common/null.js), for js-yaml:
 * a plain scalar gets the same value from both readers.
 */
const yamlCoreScalars = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:null', {
      kind: 'scalar',
      resolve: (text: string | null) => text === null || /^(?:~|[Nn]ull|NULL)?$/.test(text),
      construct: () => null,
    }),
    new Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (text: string | null) => text !== null && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text),
      construct: (text: string) => text[0] === 't' || text[0] === 'T',
    }),
    new Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (text: string | null) => text !== null && yamlIntPattern.test(text),
      construct: (text: string) => (text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10)),
    }),
    new Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (text: string | null) => text !== null && yamlFloatPattern.test(text),
      construct: (text: string) =>
        text.slice(-3).toLowerCase() === 'nan' ? NaN : text.slice(-3).toLowerCase() === 'inf' ? (text[0] === '-' ? -Infinity : Infinity) : parseFloat(text),
    }),
  ],
});

/**
 * Anchors and aliases (the alias-count guard), tags, directives and tabs: only the yaml package reads these. Where the
 * two readers could differ, or a file is wrong, it is the yaml package that decides.
 */
const needsFullReader = /[&*!\t]|^%/m;

/** The characters runsAcrossLines acts on; the text between them is passed over at once */
const quotingMarks = /["'#[\]{}\\\n]/g;

/**
 * Whether a quoted text or a [..] / {..} list runs past the end of a line: the yaml package refuses some of these that
 * js-yaml reads (a continuation indented too little), so they go to the yaml package. Quotes and brackets inside
 * plain text count too — such a file is only read more slowly. Jumps from mark to mark: a year of procurement months is
 * megabytes of Thai text with none.
 */
export function runsAcrossLines(text: string): boolean {
  let quote: '"' | "'" | undefined;
  let depth = 0;
  quotingMarks.lastIndex = 0;
  for (let match = quotingMarks.exec(text); match; match = quotingMarks.exec(text)) {
    const at = match.index;
    const character = match[0];
    if (character === '\n') {
      if (quote || depth !== 0) return true;
      continue;
    }
    if (quote === '"') {
      if (character === '\\') {
        // An escape at the end of a line leaves the quote open there.
        if (text[at + 1] === '\n') return true;
        quotingMarks.lastIndex = at + 2;
      } else if (character === '"') quote = undefined;
    } else if (quote === "'") {
      if (character === "'") {
        if (text[at + 1] === "'") quotingMarks.lastIndex = at + 2;
        else quote = undefined;
      }
    } else if (character === '"' || character === "'") quote = character;
    else if (character === '#' && (at === 0 || /\s/.test(text[at - 1]!))) {
      // A comment: the rest of its line is not read.
      const lineEnd = text.indexOf('\n', at);
      if (lineEnd < 0) break;
      quotingMarks.lastIndex = lineEnd;
    } else if (character === '[' || character === '{') depth += 1;
    else if (character === ']' || character === '}') {
      depth -= 1;
      if (depth < 0) return true;
    }
  }
  return quote !== undefined || depth !== 0;
}

/** A key js-yaml and the yaml package write differently: a null key ("" against "null") or a list or map as a key. */
function hasOddKey(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    for (const item of value) if (hasOddKey(item)) return true;
    return false;
  }
  // A loop, not Object.entries: a year of procurement months is tens of thousands of small maps.
  for (const key in value) {
    if (key === '' || key === 'null' || key.includes(',') || key.includes('[object ') || hasOddKey((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

/**
 * The data of a plain YAML text read by js-yaml, about fifteen times faster than the yaml package (a year of procurement
 * months is megabytes of YAML); undefined when the text uses what only the yaml package reads, or is not valid.
 */
function readPlainYaml(text: string): { data: unknown } | undefined {
  if (text.trim() === '' || needsFullReader.test(text) || runsAcrossLines(text)) return undefined;
  try {
    const data = loadYaml(text, { schema: yamlCoreScalars });
    return hasOddKey(data) ? undefined : { data };
  } catch {
    return undefined;
  }
}

/** Parses YAML with the core schema: dates stay strings, so BE dates such as 2567-02-29 reach our own parser intact. */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  const plain = readPlainYaml(text);
  let document: { doc: Document; lineCounter: LineCounter } | undefined;
  // Lines are only needed to name where a problem is: the yaml package's document is made on the first question.
  const documentOf = () => {
    if (!document) {
      const lineCounter = new LineCounter();
      document = { doc: parseDocument(text, { schema: 'core', lineCounter, uniqueKeys: true, prettyErrors: false }), lineCounter };
    }
    return document;
  };
  const toFileLine = (offset: number) => documentOf().lineCounter.linePos(offset).line + firstLine - 1;
  const syntaxErrors: YamlSyntaxError[] = [];
  let data: unknown = plain?.data;
  if (!plain) {
    const { doc } = documentOf();
    for (const error of doc.errors)
      syntaxErrors.push({ line: toFileLine(error.pos[0]), code: error.code, message: error.message.split('\n')[0] ?? error.message });
    if (syntaxErrors.length === 0) {
      try {
        // Aliases that multiply (a "billion laughs" file) stop here with an error instead of filling the memory.
        data = doc.toJS({ maxAliasCount: 100 });
      } catch (error) {
        syntaxErrors.push({ line: firstLine, code: 'RESOURCE_LIMIT', message: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  return {
    data,
    syntaxErrors,
    lineOf(path) {
      const { doc } = documentOf();
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) return toFileLine(node.range[0]);
      }
      return undefined;
    },
    fieldLayout(path) {
      const { doc, lineCounter } = documentOf();
      const node = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
      if (!isMap(node)) return [];
      return node.items.flatMap((pair) => {
        if (!isScalar(pair.key) || !pair.key.range) return [];
        const start = pair.key.range[0];
        const value = isNode(pair.value) && pair.value.range ? pair.value.range : pair.key.range;
        // A node's end offset may sit on the next line's start (after its newline): step back one character.
        const end = Math.max(start, value[1] - 1);
        return [{ key: String(pair.key.value), line: toFileLine(start), lastLine: toFileLine(end), column: lineCounter.linePos(start).col - 1 }];
      });
    },
  };
}
