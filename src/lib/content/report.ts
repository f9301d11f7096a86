import type { ProblemArgs, ProblemKey } from '../../i18n/problems.ts';
import type { ContentProblem } from './problem.ts';
import type { RawEntry } from './read-content.ts';

/** How a rule module reports a problem: severity, the entry, the field path (for file, line and field) and the message. */
export type ReportProblem = <K extends ProblemKey>(severity: ContentProblem['severity'], entry: RawEntry, fieldPath: readonly PropertyKey[], key: K, ...args: ProblemArgs<K>) => void;

/** The checks an attachment field gets in every collection (exists, inside content/, same Unicode form). */
export type CheckAttachment = (entry: RawEntry, fieldPath: readonly PropertyKey[], file: string) => void;
