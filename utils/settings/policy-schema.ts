/**
 * The team policy as one zod schema, for the manifest's managed_schema (scripts/managed-schema.ts)
 * and its tests. Built from the same pieces `parseTeamPolicy` checks each field with (the
 * settings schema's own fields), so the two cannot disagree; kept apart so the content scripts,
 * which only parse, don't carry it.
 */
import { z } from '../zod';
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
  unwrap,
} from './policy';

/** A settings group with every field optional and no defaults: only what the policy names applies. */
function partialOf(schema: z.ZodType, key: string): z.ZodType {
  const inner = unwrap(schema);
  if (!(inner instanceof z.ZodObject) || ATOMIC_GROUPS.has(key)) return inner;
  const shape = inner.shape as Record<string, z.ZodType>;
  return z.strictObject(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, partialOf(v, k).optional()])));
}

/** Settings as a policy gives them: any subset, each value as the settings schema checks it. */
export const policySettingsSchema = z.strictObject(
  Object.fromEntries(POLICY_SETTING_KEYS.map((key) => [key, partialOf(fieldShape[key] as z.ZodType, key).optional()])),
);

/** Everything a policy may carry; each top-level key is one policy in `chrome://policy`. */
export const teamPolicySchema = z.strictObject({
  /** Shown on the options page beside every value that comes from the team. */
  teamName: teamNameSchema.describe('Shown beside every value that comes from the team.').optional(),
  /** Why locked settings are locked ("Set by IT for the whole company: ask #it-help"). */
  lockReason: lockReasonSchema.describe('Why the locked settings are locked; shown next to each.').optional(),
  /** Don't open the welcome page on install: the team has already chosen sites and hours. */
  skipOnboarding: skipOnboardingSchema.describe('Do not open the welcome page on install.').optional(),
  /** Team defaults: they apply until the person picks their own value. */
  defaults: policySettingsSchema.describe('Team defaults: apply until the person picks their own value.').optional(),
  /** Locked values: they apply always and the options page shows them greyed out. */
  locked: policySettingsSchema.describe('Locked settings: always apply; the person cannot change them.').optional(),
  /** Days with no meetings (0 = Sunday … 6 = Saturday), in the organiser's time zone. */
  noMeetingDays: z.array(dayNumber).max(7).describe('Days without meetings: 0 = Sunday … 6 = Saturday.').optional(),
  focusBlocks: z.array(focusBlockSchema).max(FOCUS_BLOCKS_MAX).describe('Recurring focus time kept free of meetings.').optional(),
  /** Recipients' time zones and hours, so hints can say what time it is for the reader. */
  roster: z.array(rosterEntrySchema).max(ROSTER_MAX).describe("Teammates' time zones and hours (id: email address or Slack member id).").optional(),
});
