import { maskLongDigitRuns, maskPersonIds } from '../guards/thai-national-id.ts';

/** One thing wrong (or worth a look) in the content, in words staff can act on. */
export interface ContentProblem {
  severity: 'error' | 'warning';
  /** Path from the project root, e.g. content/documents/2567/plan.md */
  file: string;
  /** 1-based line, where known */
  line?: number;
  /** Field path, e.g. attachments[0].file */
  field?: string;
  /** What is wrong, in Thai */
  th: string;
  /** What is wrong, in English */
  en: string;
  /** How to fix it, in Thai */
  fixTh?: string;
  /** How to fix it, in English */
  fixEn?: string;
  /** How to fix it in the web editor, when that differs from editing the file */
  fixFormTh?: string;
  /**
   * A warning the agency cannot act on, already shown on the site with a note (the ITA report contradicting itself):
   * the build summarizes it in one line per file, and says nothing when the previous build said the same.
   */
  noted?: boolean;
  /** An attachment whose text could not be read, so it was not checked for personal data (listed by `npm run check`) */
  personalDataNotChecked?: boolean;
}

/** Field path as staff read it in YAML: `rounds[1].date`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

export function hasErrors(problems: readonly ContentProblem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/**
 * A problem as it may be shown anywhere (build and CI logs, the dev server's page, the editor are often more public
 * than the content): every person's ID a message quotes from the content is masked as the guard names it
 * (1-2345-XXXXX-XX-3), and where the field is a tax ID, every run of ten or more digits in what is wrong (a 14-digit
 * typo of a person's ID is still theirs; the fix's example is ours and stays).
 */
export function maskedProblem(problem: ContentProblem): ContentProblem {
  const statement = problem.field !== undefined && /(?:^|\.)taxId$/.test(problem.field) ? maskLongDigitRuns : maskPersonIds;
  const masked: ContentProblem = { ...problem, th: statement(problem.th), en: statement(problem.en) };
  if (problem.fixTh !== undefined) masked.fixTh = maskPersonIds(problem.fixTh);
  if (problem.fixEn !== undefined) masked.fixEn = maskPersonIds(problem.fixEn);
  if (problem.fixFormTh !== undefined) masked.fixFormTh = maskPersonIds(problem.fixFormTh);
  return masked;
}
