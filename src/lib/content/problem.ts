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
