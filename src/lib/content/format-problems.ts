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

function byFile(problems: readonly ContentProblem[]): string[] {
  const groups = new Map<string, ContentProblem[]>();
  for (const problem of problems) groups.set(problem.file, [...(groups.get(problem.file) ?? []), problem]);
  return [...groups].flatMap(([file, fileProblems]) => [file, ...fileProblems.flatMap(formatOne), '']);
}

/** Errors first, grouped by file, then the warnings once under their own heading; Thai first with the English beside it. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity !== 'error');
  const out = [...byFile(errors)];
  if (warnings.length > 0) out.push(words.warningsHeading(warnings.length), '', ...byFile(warnings));
  return out.join('\n');
}

/** One-line count of errors, warnings and files, Thai then English. */
export function summarizeProblems(problems: readonly ContentProblem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const files = new Set(problems.map((problem) => problem.file)).size;
  return words.summary({ errors, warnings, files });
}
