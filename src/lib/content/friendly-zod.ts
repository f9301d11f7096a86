import type { z } from 'zod';
import { problemText, problemTextOfUntyped, type ProblemText } from '../../i18n/problems.ts';
import { stringFormatLabels, valueTypeLabels } from '../../i18n/labels.ts';
import { closestMatch } from './closest-match.ts';

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  return typeof value;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Allowed keys of the object schema at a path, for "did you mean" hints on misspelt fields. */
export type KnownKeysAt = (path: readonly PropertyKey[]) => readonly string[];

/** Turns one zod issue into words staff can act on; `input` is the raw data, to tell "missing" from "wrong type". */
/** Where a missing field at a path should be added (see missing-field.ts). */
export type MissingFieldAt = (path: readonly PropertyKey[]) => { afterLine: number; afterField: string; example: string } | undefined;

export function describeZodIssue(issue: z.core.$ZodIssue, input: unknown, knownKeysAt?: KnownKeysAt, missingFieldAt?: MissingFieldAt): ProblemText {
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'custom': {
      const params = (issue as { params?: Record<string, unknown> }).params ?? {};
      return problemTextOfUntyped(String(params.problem ?? issue.message), params);
    }
    case 'invalid_type':
      if (value === undefined) return problemText('required', missingFieldAt?.(issue.path) ?? {});
      return problemText('wrong-type', {
        expected: issue.expected,
        // YAML reads an empty field as null; "got null" means nothing to a clerk.
        received: value === null ? 'an empty value' : typeOf(value),
        expectedTh: valueTypeLabels[issue.expected] ?? issue.expected,
        receivedTh: valueTypeLabels[typeOf(value)] ?? typeOf(value),
      });
    case 'invalid_value':
      // A choice left out is missing, not "the value undefined".
      if (value === undefined) return problemText('required-choice', { allowed: issue.values });
      return problemText('not-allowed-value', { value, allowed: issue.values });
    case 'too_small':
      if (issue.origin === 'string') return problemText('empty-text');
      if (issue.origin === 'array') return problemText('too-few-items', { minimum: issue.minimum });
      return problemText('number-too-small', { minimum: issue.minimum });
    case 'too_big':
      return problemText('number-too-big', { maximum: issue.maximum });
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      const suggestion = knownKeysAt ? closestMatch(key, knownKeysAt(issue.path)) : undefined;
      return problemText('unknown-field', { key, suggestion });
    }
    case 'invalid_format': {
      const name = stringFormatLabels[issue.format] ?? { th: issue.format };
      return problemText('bad-format', { format: issue.format, formatTh: name.th, exampleTh: name.example });
    }
    case 'not_multiple_of':
      return problemText('not-whole-number');
    case 'invalid_union': {
      const nested = issue.errors.flat()[0];
      if (nested) return describeZodIssue({ ...nested, path: [...issue.path, ...nested.path] }, input, knownKeysAt, missingFieldAt);
      return problemText('invalid-value', { detail: issue.message });
    }
    default:
      return problemText('invalid-value', { detail: issue.message });
  }
}
