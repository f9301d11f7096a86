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

/** Parses YAML with the core schema: dates stay strings, so BE dates such as 2567-02-29 reach our own parser intact. */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { schema: 'core', lineCounter, uniqueKeys: true, prettyErrors: false });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const syntaxErrors: YamlSyntaxError[] = doc.errors.map((error) => ({
    line: toFileLine(error.pos[0]),
    code: error.code,
    message: error.message.split('\n')[0] ?? error.message,
  }));
  let data: unknown;
  if (syntaxErrors.length === 0) {
    try {
      // Aliases that multiply (a "billion laughs" file) stop here with an error instead of filling the memory.
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      syntaxErrors.push({ line: firstLine, code: 'RESOURCE_LIMIT', message: error instanceof Error ? error.message : String(error) });
    }
  }
  return {
    data,
    syntaxErrors,
    lineOf(path) {
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) return toFileLine(node.range[0]);
      }
      return undefined;
    },
    fieldLayout(path) {
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
