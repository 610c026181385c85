/**
 * zod, configured once. The `zod/mini` build: the same checks as classic zod as plain functions
 * (`z.optional(s)`, `s.check(z.maxLength(8))`), so a content script carries only the parts it
 * uses, not every method and the JSON-schema writer. No `new Function` probe or compiled
 * validators either: the extension CSP (script-src 'self') forbids them and Firefox reports a
 * blocked eval.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };

/** Any schema: what the settings walkers (repair, policy leaves) take. */
export type Schema<T = unknown> = z.ZodMiniType<T>;

/** The schema inside defaults and prefaults: the settings walkers' view of a field. */
export function unwrap(schema: Schema): Schema {
  let s = schema;
  while (s instanceof z.ZodMiniDefault || s instanceof z.ZodMiniPrefault) s = s.def.innerType as Schema;
  return s;
}

/** A group's fields, when the schema (inside its defaults) is a group. */
export function shapeOf(schema: Schema): Record<string, Schema> | null {
  const inner = unwrap(schema);
  return inner instanceof z.ZodMiniObject ? (inner.def.shape as Record<string, Schema>) : null;
}
