/**
 * The team policy as one zod schema, for the manifest's managed_schema (scripts/managed-schema.ts)
 * and its tests. Built from the same pieces `parseTeamPolicy` checks each field with (the
 * settings schema's own fields), so the two cannot disagree; kept apart so the content scripts,
 * which only parse, don't carry it.
 */
import { type Schema, shapeOf, unwrap, z } from '../zod';
import {
  ATOMIC_GROUPS,
  dayNumber,
  FOCUS_BLOCKS_MAX,
  fieldShape,
  focusBlockSchema,
  lockReasonSchema,
  POLICY_SETTING_KEYS,
  ROSTER_MAX,
  rosterEntrySchema,
  skipOnboardingSchema,
  teamNameSchema,
} from './policy';

/** A settings group with every field optional and no defaults: only what the policy names applies. */
function partialOf(schema: Schema, key: string): Schema {
  const shape = ATOMIC_GROUPS.has(key) ? null : shapeOf(schema);
  if (!shape) return unwrap(schema);
  return z.strictObject(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, z.optional(partialOf(v, k))])));
}

/** A documented optional policy. */
const described = (schema: Schema, description: string) => z.optional(schema.check(z.describe(description)));

/** Settings as a policy gives them: any subset, each value as the settings schema checks it. */
export const policySettingsSchema = z.strictObject(
  Object.fromEntries(POLICY_SETTING_KEYS.map((key) => [key, z.optional(partialOf(fieldShape[key] as Schema, key))])),
);

/** Everything a policy may carry; each top-level key is one policy in `chrome://policy`. */
export const teamPolicySchema = z.strictObject({
  /** Shown on the options page beside every value that comes from the team. */
  teamName: described(teamNameSchema, 'Shown beside every value that comes from the team.'),
  /** Why locked settings are locked ("Set by IT for the whole company: ask #it-help"). */
  lockReason: described(lockReasonSchema, 'Why the locked settings are locked; shown next to each.'),
  /** Don't open the welcome page on install: the team has already chosen sites and hours. */
  skipOnboarding: described(skipOnboardingSchema, 'Do not open the welcome page on install.'),
  /** Team defaults: they apply until the person picks their own value. */
  defaults: described(policySettingsSchema, 'Team defaults: apply until the person picks their own value.'),
  /** Locked values: they apply always and the options page shows them greyed out. */
  locked: described(policySettingsSchema, 'Locked settings: always apply; the person cannot change them.'),
  /** Days with no meetings (0 = Sunday … 6 = Saturday), in the organiser's time zone. */
  noMeetingDays: described(z.array(dayNumber).check(z.maxLength(7)), 'Days without meetings: 0 = Sunday … 6 = Saturday.'),
  focusBlocks: described(z.array(focusBlockSchema).check(z.maxLength(FOCUS_BLOCKS_MAX)), 'Recurring focus time kept free of meetings.'),
  /** Recipients' time zones and hours, so hints can say what time it is for the reader. */
  roster: described(z.array(rosterEntrySchema).check(z.maxLength(ROSTER_MAX)), "Teammates' time zones and hours (id: email address or Slack member id)."),
});
