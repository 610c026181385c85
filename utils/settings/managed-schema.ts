/**
 * The manifest's `managed_schema` (Chrome/Edge), made from the policy's zod schema so the two
 * never drift: `npm run managed-schema` writes `public/managed-schema.json`, and
 * test/unit/settings/managed-schema.test.ts fails when the file differs from this output.
 *
 * Chrome validates the file strictly and refuses to load the extension when it holds anything
 * outside its JSON-schema subset: no `$schema`, no `minLength`/`maxItems`, `minimum`/`maximum`
 * only as 32-bit integers on integer types, `additionalProperties` only as a schema and never at
 * the top. Everything else the zod schema checks is checked again by `parseTeamPolicy`.
 */
import { z } from '../zod';
import { teamPolicySchema } from './policy-schema';

type Json = Record<string, unknown>;

const KEPT = new Set(['type', 'properties', 'items', 'enum', 'pattern', 'required', 'description', 'id', '$ref']);
const INT32 = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31;

function chromeSubset(node: Json): Json {
  if (node.anyOf || node.oneOf || node.allOf) throw new Error(`managed_schema cannot express ${JSON.stringify(node).slice(0, 80)}`);
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties') out.properties = Object.fromEntries(Object.entries(value as Record<string, Json>).map(([k, v]) => [k, chromeSubset(v)]));
    else if (key === 'items') out.items = chromeSubset(value as Json);
    else if ((key === 'minimum' || key === 'maximum') && node.type === 'integer' && INT32(value)) out[key] = value;
    else if (KEPT.has(key)) out[key] = value;
  }
  return out;
}

/** The schema Chrome reads, with the settings block written once and referenced by `locked`. */
export function managedSchema(): Json {
  const full = z.toJSONSchema(teamPolicySchema, { io: 'input', unrepresentable: 'throw' }) as Json;
  const schema = chromeSubset(full);
  const properties = schema.properties as Record<string, Json>;
  properties.defaults = { id: 'AsyncNudgeSettings', ...properties.defaults };
  properties.locked = { $ref: 'AsyncNudgeSettings' };
  return { type: 'object', properties };
}

/** The file's text: two-space JSON and a final newline, as Prettier leaves it. */
export function managedSchemaText(): string {
  return `${JSON.stringify(managedSchema(), null, 2)}\n`;
}
