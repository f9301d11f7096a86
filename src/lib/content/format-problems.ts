import type { ContentProblem } from './problem.ts';
import { problemListWords as words } from '../../i18n/terminal.ts';

function formatOne(problem: ContentProblem): string[] {
  const mark = problem.severity === 'error' ? words.error : words.warning;
  const places = [problem.line ? words.line(problem.line) : undefined, problem.field ? words.field(problem.field) : undefined].filter((place) => place !== undefined);
  const where = places.map((place) => place.th).join(' · ');
  const lines = [`  ${mark}${where ? ` [${where}]` : ''}: ${problem.th}`];
  if (problem.fixTh) lines.push(`    ${words.fixTh}: ${problem.fixTh}`);
  const whereEn = places.map((place) => place.en).join(', ');
  lines.push(`    (${problem.severity}${whereEn ? `, ${whereEn}` : ''}: ${problem.en}${problem.fixEn ? ` — ${words.fixEn}: ${problem.fixEn}` : ''})`);
  return lines;
}

/** Groups problems by file, Thai first with the English beside it, for the terminal. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const out: string[] = [];
  for (const [file, fileProblems] of byFile) {
    out.push(file, ...fileProblems.flatMap(formatOne), '');
  }
  return out.join('\n');
}

/** One-line count of errors, warnings and files, Thai then English. */
export function summarizeProblems(problems: readonly ContentProblem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const files = new Set(problems.map((problem) => problem.file)).size;
  return words.summary({ errors, warnings, files });
}
