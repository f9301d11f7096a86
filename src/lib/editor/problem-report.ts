/** What the editor page's problem panel reads from `/admin/problems.json`: the build's own problems, Thai only. */
import type { ContentProblem } from '../content/problem.ts';

export interface EditorProblem {
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  field?: string;
  th: string;
  fixTh?: string;
}

export interface EditorProblemReport {
  /** ISO time of the check */
  checkedAt: string;
  /** Whether the site can be built as the content stands */
  valid: boolean;
  problems: EditorProblem[];
}

/** Errors first, then warnings, each in the order the validator found them. */
export function editorProblemReport(problems: readonly ContentProblem[], valid: boolean, checkedAt: Date): EditorProblemReport {
  const ordered = [...problems.filter((problem) => problem.severity === 'error'), ...problems.filter((problem) => problem.severity !== 'error')];
  return {
    checkedAt: checkedAt.toISOString(),
    valid,
    problems: ordered.map(({ severity, file, line, field, th, fixTh }) => ({ severity, file, th, ...(line ? { line } : {}), ...(field ? { field } : {}), ...(fixTh ? { fixTh } : {}) })),
  };
}
