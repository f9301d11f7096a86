/**
 * Where a missing field goes: after the line of the field before it in the form's order (or after the last field of its
 * group), indented as its neighbours, with an example line to copy. Pure: the caller passes the parsed file's layout.
 */
import type { z } from 'zod';
import { attachment, beYear, dateField, monthField, partialDateField } from '../../schemas/common.ts';
import { fieldExamples, valueKindExamples } from '../../i18n/field-examples.ts';
import type { FieldPlace } from './parse-source.ts';
import { knownKeysOfSchemaAt } from './schema-keys.ts';

type AnySchema = z.core.$ZodType;
const defOf = (schema: AnySchema) => schema._zod.def as unknown as Record<string, unknown> & { type: string };

export interface MissingFieldAdvice {
  /** File line after which to add the field */
  afterLine: number;
  /** The field on that line */
  afterField: string;
  /** The line to add, indented */
  example: string;
}

export interface FieldLayoutSource {
  fieldLayout(path: readonly PropertyKey[]): FieldPlace[];
}

function unwrapOptional(schema: AnySchema): AnySchema {
  let inner = schema;
  while (['optional', 'default', 'prefault', 'nullable', 'readonly'].includes(defOf(inner).type)) inner = defOf(inner).innerType as AnySchema;
  return inner;
}

/** The object schemas that may sit at a path (through lists, wrappers and unions). */
function objectsAt(root: AnySchema, path: readonly PropertyKey[]): AnySchema[] {
  const expand = (schema: AnySchema): AnySchema[] => {
    const inner = unwrapOptional(schema);
    const def = defOf(inner);
    if (def.type === 'pipe') return expand(def.in as AnySchema);
    if (def.type === 'union') return (def.options as AnySchema[]).flatMap(expand);
    return [inner];
  };
  let current = expand(root);
  for (const key of path) {
    current = current.flatMap((schema) => {
      const def = defOf(schema);
      if (def.type === 'object' && typeof key === 'string') {
        const child = (def.shape as Record<string, AnySchema>)[key];
        return child ? expand(child) : [];
      }
      if (def.type === 'array' && typeof key === 'number') return expand(def.element as AnySchema);
      return [];
    });
  }
  return current;
}

/** An example value for a field: its own example, else one for its kind of value. */
export function exampleValue(key: string, schema: AnySchema | undefined): string {
  const own = fieldExamples[key];
  if (own) return own;
  if (!schema) return valueKindExamples.text;
  const inner = unwrapOptional(schema);
  if (inner === dateField || inner === partialDateField) return valueKindExamples.date;
  if (inner === monthField) return valueKindExamples.month;
  if (inner === beYear) return valueKindExamples.beYear;
  if (inner === attachment) return `{ file: ${fieldExamples.file}, title: ${fieldExamples.title} }`;
  const def = defOf(inner);
  if (def.type === 'enum') return String(Object.values(def.entries as Record<string, string>)[0]);
  if (def.type === 'union' && (def.options as AnySchema[]).every((option) => defOf(option).type === 'literal')) {
    return String((defOf((def.options as AnySchema[])[0]!).values as unknown[])[0]);
  }
  if (def.type === 'number') return valueKindExamples.number;
  if (def.type === 'boolean') return valueKindExamples.boolean;
  if (def.type === 'array') return `[${exampleValue(`${key}.*`, def.element as AnySchema)}]`;
  return valueKindExamples.text;
}

/** Where to add the field missing at `path`, or undefined when its group has no field to place it by. */
export function missingFieldAdvice(schema: AnySchema, path: readonly PropertyKey[], source: FieldLayoutSource): MissingFieldAdvice | undefined {
  const key = path.at(-1);
  if (typeof key !== 'string') return undefined;
  const parent = path.slice(0, -1);
  const placed = source.fieldLayout(parent);
  if (placed.length === 0) return undefined;
  const order = knownKeysOfSchemaAt(schema, parent);
  const before = order.slice(0, Math.max(0, order.indexOf(key)));
  const previous = [...before].reverse().map((name) => placed.find((place) => place.key === name)).find((place) => place !== undefined) ?? placed.at(-1)!;
  const fieldSchema = objectsAt(schema, parent)
    .map((object) => (defOf(object).type === 'object' ? (defOf(object).shape as Record<string, AnySchema>)[key] : undefined))
    .find((found) => found !== undefined);
  return { afterLine: previous.lastLine, afterField: previous.key, example: `${' '.repeat(previous.column)}${key}: ${exampleValue(key, fieldSchema)}` };
}
