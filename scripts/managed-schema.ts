/**
 * Writes public/managed-schema.json (the manifest's `storage.managed_schema`) from the team
 * policy's zod schema. Run after changing the settings or the policy schema:
 *   npm run managed-schema
 */
import { writeFileSync } from 'node:fs';
import { managedSchemaText } from '../utils/settings/managed-schema';

writeFileSync(new URL('../public/managed-schema.json', import.meta.url), managedSchemaText());
