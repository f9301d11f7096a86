import type { ContentProblem } from './problem.ts';

function formatOne(problem: ContentProblem): string[] {
  const mark = problem.severity === 'error' ? '✗ ผิดพลาด' : '! คำเตือน';
  const where = [problem.line ? `บรรทัด ${problem.line}` : undefined, problem.field ? `ช่อง ${problem.field}` : undefined]
    .filter(Boolean)
    .join(' · ');
  const lines = [`  ${mark}${where ? ` [${where}]` : ''}: ${problem.th}`];
  if (problem.fixTh) lines.push(`    วิธีแก้: ${problem.fixTh}`);
  const whereEn = [problem.line ? `line ${problem.line}` : undefined, problem.field ? `field ${problem.field}` : undefined]
    .filter(Boolean)
    .join(', ');
  lines.push(`    (${problem.severity}${whereEn ? `, ${whereEn}` : ''}: ${problem.en}${problem.fixEn ? ` — fix: ${problem.fixEn}` : ''})`);
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

/** One-line count, e.g. "ผิดพลาด 2 รายการ คำเตือน 1 รายการ ใน 2 ไฟล์ (2 errors, 1 warning in 2 files)". */
export function summarizeProblems(problems: readonly ContentProblem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const files = new Set(problems.map((problem) => problem.file)).size;
  return `ผิดพลาด ${errors} รายการ คำเตือน ${warnings} รายการ ใน ${files} ไฟล์ (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'})`;
}
