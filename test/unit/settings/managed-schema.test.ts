/**
 * The manifest's managed_schema is generated from the policy's zod schema: this fails when
 * public/managed-schema.json is stale (run `npm run managed-schema`) or when the output leaves
 * the JSON-schema subset Chrome accepts (Chrome refuses to load an extension whose schema it rejects).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { managedSchema, managedSchemaText } from '../../../utils/settings/managed-schema';
import { POLICY_KEYS, POLICY_SETTING_KEYS } from '../../../utils/settings/policy';

/** The attributes Chrome's policy schema parser knows (components/policy/core/common/schema.cc). */
const CHROME_ATTRIBUTES = new Set([
  'type',
  'properties',
  'additionalProperties',
  'patternProperties',
  'items',
  'enum',
  'minimum',
  'maximum',
  'pattern',
  'required',
  'id',
  '$ref',
  'title',
  'description',
]);
const CHROME_TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

function walk(node: Record<string, unknown>, path: string, visit: (node: Record<string, unknown>, path: string) => void) {
  visit(node, path);
  for (const [k, v] of Object.entries((node.properties as Record<string, Record<string, unknown>>) ?? {})) walk(v, `${path}.${k}`, visit);
  if (node.items) walk(node.items as Record<string, unknown>, `${path}[]`, visit);
}

describe('managed_schema', () => {
  test('public/managed-schema.json is what the zod schema generates (run `npm run managed-schema` after changing settings)', () => {
    expect(readFileSync('public/managed-schema.json', 'utf8')).toBe(managedSchemaText());
  });

  test('stays inside what Chrome accepts: object at the top without additionalProperties, one type or $ref each', () => {
    const schema = managedSchema();
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    walk(schema, '', (node, path) => {
      for (const key of Object.keys(node)) expect(CHROME_ATTRIBUTES.has(key), `${path}: ${key}`).toBe(true);
      expect(('type' in node ? 1 : 0) + ('$ref' in node ? 1 : 0), path).toBe(1);
      if ('type' in node) expect(CHROME_TYPES.has(node.type as string), `${path}: ${String(node.type)}`).toBe(true);
      for (const bound of ['minimum', 'maximum']) if (bound in node) expect(node.type, `${path}.${bound}`).toBe('integer');
    });
  });

  test('the parser and the schema know the same policies', () => {
    expect(Object.keys(managedSchema().properties as object)).toEqual([...POLICY_KEYS]);
  });

  test('every setting a policy may set is in it, and locked refers to the same block as defaults', () => {
    const props = managedSchema().properties as Record<string, Record<string, unknown>>;
    expect(Object.keys((props.defaults as { properties: object }).properties)).toEqual([...POLICY_SETTING_KEYS]);
    expect(props.locked).toEqual({ $ref: props.defaults?.id });
  });
});
