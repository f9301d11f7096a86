import type { YamlSyntaxError } from './parse-source.ts';
import type { ContentProblem } from './problem.ts';
import { problemText, type ProblemText } from '../../i18n/problems.ts';

const keyOfLine = (line: string | undefined) => /^\s*(?:-\s+)?([^\s:#][^:#]*?)\s*:(?:\s|$)/.exec(line ?? '')?.[1];
const unbalanced = (line: string, open: string, close: string) => line.split(open).length - line.split(close).length > 0;

/** The nearest line at or above `from` (1-based) that `matches`. */
function searchUp(lines: readonly string[], from: number, matches: (line: string) => boolean): number | undefined {
  for (let line = Math.min(from, lines.length); line >= 1; line--) if (matches(lines[line - 1] ?? '')) return line;
  return undefined;
}

/**
 * YAML syntax errors as staff can act on them: the field named, the line where the mistake starts (the opening bracket
 * or quote, not where the parser gave up) and the fix, in Thai with English beside it. `source` is the whole file.
 */
export function yamlProblems(file: string, source: string, errors: readonly YamlSyntaxError[]): ContentProblem[] {
  const lines = source.split(/\r?\n/);
  const problems: ContentProblem[] = [];
  const seenLines = new Set<number>();
  const add = (line: number, text: ProblemText) => {
    if (seenLines.has(line)) return;
    seenLines.add(line);
    problems.push({ severity: 'error', file, line, ...text });
  };
  for (const error of errors) {
    const lineText = lines[error.line - 1] ?? '';
    const key = keyOfLine(lineText);
    if (error.code === 'RESOURCE_LIMIT') {
      add(error.line, problemText('yaml.too-many-aliases'));
    } else if (error.code === 'DUPLICATE_KEY' && key) {
      const indent = /^\s*/.exec(lineText)?.[0] ?? '';
      const first = searchUp(lines, error.line - 1, (line) => line.startsWith(indent) && keyOfLine(line) === key && /^\s*/.exec(line)?.[0] === indent);
      add(error.line, problemText('yaml.duplicate-key', { key, firstLine: first }));
    } else if (error.code === 'TAB_AS_INDENT') {
      add(error.line, problemText('yaml.tab-indent'));
    } else if (/flow (sequence|collection|mapping)|end with a [\]}]/i.test(error.message) || (error.code === 'MISSING_CHAR' && /[\]}]/.test(error.message))) {
      const bracketLine = searchUp(lines, error.line, (line) => unbalanced(line, '[', ']') || unbalanced(line, '{', '}')) ?? error.line;
      const bracket = unbalanced(lines[bracketLine - 1] ?? '', '[', ']') ? '[' : '{';
      add(bracketLine, problemText('yaml.unclosed-bracket', { bracket }));
    } else if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
      const quoteLine = searchUp(lines, error.line, (line) => (line.split('"').length - 1) % 2 === 1 || (line.split("'").length - 1) % 2 === 1) ?? error.line;
      add(quoteLine, problemText('yaml.unclosed-quote'));
    } else if ((error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY') && key && /:\s/.test(lineText.slice(lineText.indexOf(':') + 1))) {
      add(error.line, problemText('yaml.colon-in-value', { key }));
    } else if (error.code === 'UNEXPECTED_TOKEN' && /block-seq-ind/.test(error.message) && key) {
      add(error.line, problemText('yaml.dash-in-value', { key }));
    } else {
      add(error.line, problemText('yaml.syntax', { detail: error.message }));
    }
  }
  return problems;
}
