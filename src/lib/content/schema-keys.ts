import type { z } from 'zod';

type AnySchema = z.core.$ZodType;

/** Unwraps optional/default/pipe/transform wrappers so we reach the schema that describes the value. */
function unwrap(schema: AnySchema): AnySchema[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
      return unwrap(def.innerType as AnySchema);
    case 'pipe':
      return unwrap(def.in as AnySchema);
    case 'union':
      return (def.options as AnySchema[]).flatMap(unwrap);
    default:
      return [schema];
  }
}

/** Field names an object schema allows at a path, for "did you mean" hints. */
export function knownKeysOfSchemaAt(root: AnySchema, fieldPath: readonly PropertyKey[]): string[] {
  let current = unwrap(root);
  for (const key of fieldPath) {
    const next: AnySchema[] = [];
    for (const schema of current) {
      const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
      if (def.type === 'object' && typeof key === 'string') {
        const child = (def.shape as Record<string, AnySchema>)[key];
        if (child) next.push(...unwrap(child));
      } else if (def.type === 'array' && typeof key === 'number') {
        next.push(...unwrap(def.element as AnySchema));
      }
    }
    current = next;
  }
  return current.flatMap((schema) => {
    const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
    return def.type === 'object' ? Object.keys(def.shape as object) : [];
  });
}
