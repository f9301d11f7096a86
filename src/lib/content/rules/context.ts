import type { z } from 'zod';
import type { RawContent, RawEntry } from '../read-content.ts';
import type { Entry } from '../model.ts';
import { describeZodIssue } from '../friendly-zod.ts';
import { missingFieldAdvice } from '../missing-field.ts';
import { knownKeysOfSchemaAt } from '../schema-keys.ts';
import { formatFieldPath, type ContentProblem } from '../problem.ts';
import { problemText, type ProblemArgs, type ProblemKey, type ProblemText } from '../../../i18n/problems.ts';

/** A file read and parsed by its collection's schema: the raw entry (for lines and typed values) beside the valid data. */
export type Parsed<T> = readonly [RawEntry, Entry<T>];

/** What every collection's rule module shares: the content read, and one list of problems they all report into. */
export interface RuleContext {
  raw: RawContent;
  problems: ContentProblem[];
  /** Reports a problem from the dictionary at a field of an entry (the line is found from the field). */
  report<K extends ProblemKey>(severity: ContentProblem['severity'], entry: RawEntry, fieldPath: readonly PropertyKey[], key: K, ...args: ProblemArgs<K>): void;
  /** Same, for text already worded (e.g. a finding described elsewhere). */
  reportText(severity: ContentProblem['severity'], entry: RawEntry, fieldPath: readonly PropertyKey[], text: ProblemText, marks?: Pick<ContentProblem, 'noted'>): void;
  /** Validates an entry against its schema; every schema issue becomes a problem and the entry is then left out. */
  parseEntry<S extends z.ZodType>(entry: RawEntry, schema: S): Entry<z.output<S>> | undefined;
  /** Every entry of a collection that passes its schema. */
  parseAll<S extends z.ZodType>(entries: RawEntry[], schema: S): Parsed<z.output<S>>[];
}

export function createRuleContext(raw: RawContent): RuleContext {
  const problems: ContentProblem[] = [...raw.problems];
  const reportText: RuleContext['reportText'] = (severity, entry, fieldPath, text, marks = {}) => {
    problems.push({
      severity,
      file: entry.file,
      line: entry.lineOf(fieldPath),
      field: fieldPath.length > 0 ? formatFieldPath(fieldPath) : undefined,
      ...text,
      ...marks,
    });
  };
  const parseEntry = <S extends z.ZodType>(entry: RawEntry, schema: S): Entry<z.output<S>> | undefined => {
    const result = schema.safeParse(entry.data);
    if (result.success) return { id: entry.id, file: entry.file, data: result.data, body: entry.body, html: entry.html ?? '' };
    for (const issue of result.error.issues) {
      const missingAt = (fieldPath: readonly PropertyKey[]) => (entry.fieldLayout ? missingFieldAdvice(schema, fieldPath, { fieldLayout: entry.fieldLayout }) : undefined);
      const text = describeZodIssue(issue, entry.data, (fieldPath) => knownKeysOfSchemaAt(schema, fieldPath), missingAt);
      const fieldPath = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
      reportText('error', entry, fieldPath, text);
    }
    return undefined;
  };
  return {
    raw,
    problems,
    reportText,
    report: (severity, entry, fieldPath, key, ...args) => reportText(severity, entry, fieldPath, problemText(key, ...args)),
    parseEntry,
    parseAll: (entries, schema) =>
      entries.map((entry) => [entry, parseEntry(entry, schema)] as const).filter((pair): pair is Parsed<z.output<typeof schema>> => pair[1] !== undefined),
  };
}

/** A value as staff typed it (a BE date stays BE in the message), falling back to the parsed one. */
export function asTyped(rawEntry: RawEntry, field: string, parsed: string): string {
  const typed = (rawEntry.data as Record<string, unknown> | undefined)?.[field];
  return typeof typed === 'string' || typeof typed === 'number' ? String(typed) : parsed;
}

export function values<T>(pairs: readonly Parsed<T>[]): Entry<T>[] {
  return pairs.map(([, entry]) => entry);
}
