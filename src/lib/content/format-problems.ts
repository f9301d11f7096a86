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

function groupByFile(problems: readonly ContentProblem[]): Map<string, ContentProblem[]> {
  const groups = new Map<string, ContentProblem[]>();
  for (const problem of problems) groups.set(problem.file, [...(groups.get(problem.file) ?? []), problem]);
  return groups;
}

function byFile(problems: readonly ContentProblem[]): string[] {
  return [...groupByFile(problems)].flatMap(([file, fileProblems]) => [file, ...fileProblems.flatMap(formatOne), '']);
}

export interface FormatOptions {
  /**
   * Warnings the agency cannot act on (`noted`): every one in full (`npm run check`, the default), one line per file
   * (the build, the dev server), or none (the build, when the previous build said the same).
   */
  noted?: 'full' | 'summary' | 'omit';
}

/** Errors first, grouped by file, then the warnings once under their own heading; Thai first with the English beside it. */
export function formatProblems(problems: readonly ContentProblem[], { noted = 'full' }: FormatOptions = {}): string {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity !== 'error' && (noted === 'full' || !problem.noted));
  const notedWarnings = noted === 'summary' ? problems.filter((problem) => problem.severity !== 'error' && problem.noted) : [];
  const out = [...byFile(errors)];
  if (warnings.length > 0) out.push(words.warningsHeading(warnings.length, new Set(warnings.map((problem) => problem.file)).size), '', ...byFile(warnings));
  for (const [file, fileNotes] of groupByFile(notedWarnings)) out.push(words.notedSummary(file, fileNotes.length));
  if (notedWarnings.length > 0) out.push('');
  return out.join('\n');
}

/** One-line count of errors, warnings and files (the noted warnings counted apart), Thai then English. */
export function summarizeProblems(problems: readonly ContentProblem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const noted = problems.filter((problem) => problem.severity !== 'error' && problem.noted).length;
  const warnings = problems.length - errors - noted;
  const files = new Set(problems.filter((problem) => !problem.noted || problem.severity === 'error').map((problem) => problem.file)).size;
  return words.summary({ errors, warnings, files, noted });
}

/** The noted warnings as one text, in a stable order: the build says them again only when this changes. */
export function notedFingerprint(problems: readonly ContentProblem[]): string {
  return problems
    .filter((problem) => problem.noted)
    .map((problem) => [problem.file, problem.line ?? '', problem.field ?? '', problem.en].join('\t'))
    .sort()
    .join('\n');
}
