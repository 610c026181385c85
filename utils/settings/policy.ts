/**
 * Team norms deployed by policy: what IT pushes through the browser's managed storage
 * (Chrome/Edge `storage.managed` with `managed_schema`, Firefox `3rdparty` policies). One zod
 * schema describes it; `scripts/managed-schema.ts` turns it into the manifest's JSON schema and a
 * test fails when the two differ.
 *
 * A bad policy never breaks the extension: every field is checked on its own, a bad one is
 * ignored with a named reason (shown on the options page) and the rest applies.
 */
import { t } from '../i18n';
import { type Schema, shapeOf, unwrap, z } from '../zod';
import { formatPath, issueLine, settingsFieldsSchema, type Settings } from './schema';

/**
 * Settings a team may set by policy: the team-norms keys plus the default time zone and sites.
 * Snooze and stats retention stay the person's own.
 */
export const POLICY_SETTING_KEYS = [
  'sites',
  'rules',
  'allowList',
  'workingHours',
  'timeZone',
  'largeMeetingGuests',
  'longMeetingMinutes',
  'hourlyRate',
  'currency',
  'responseNorms',
  'reviewBeforeSend',
] as const satisfies readonly (keyof Settings)[];

/**
 * Groups whose fields are checked together (an end after a start), so they apply as one value:
 * a policy's working hours replace the person's as a whole, never half of them.
 */
export const ATOMIC_GROUPS: ReadonlySet<string> = new Set(['workingHours']);

export const TEAM_NAME_MAX_CHARS = 80;
export const LOCK_REASON_MAX_CHARS = 200;
export const ROSTER_MAX = 500;
export const FOCUS_BLOCKS_MAX = 20;

export const fieldShape = settingsFieldsSchema.def.shape as Record<string, Schema>;

const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
export const text = (max: number) =>
  z
    .string({ error: () => t('settings.error.text') })
    .check(
      z.minLength(1, { error: () => t('settings.error.empty') }),
      z.maxLength(max, { error: () => t('settings.error.maxChars', max, { count: String(max) }) }),
    );
export const dayNumber = z
  .number({ error: () => t('settings.error.number') })
  .check(
    z.int({ error: () => t('settings.error.wholeNumber') }),
    z.gte(0, { error: () => t('settings.error.atLeast', { min: '0' }) }),
    z.lte(6, { error: () => t('settings.error.atMost', { max: '6' }) }),
  );
const time = z.string({ error: () => t('settings.error.time') }).check(z.regex(HHMM, { error: () => t('settings.error.time24') }));
const days = z.array(dayNumber, { error: () => t('settings.error.list') }).check(z.minLength(1, { error: () => t('settings.error.noDays') }), z.maxLength(7));
const zoneSchema = unwrap(fieldShape.timeZone as Schema);
const hours = unwrap(fieldShape.workingHours as Schema);

/** One person the team's messages go to: an email address or a Slack member id (U…/W…). */
export const rosterEntrySchema = z.strictObject({
  id: text(254),
  timeZone: zoneSchema,
  /** Their working hours; the built-in 09:00–17:00, Monday to Friday, when left out. */
  workingHours: z.optional(hours),
});

/** A recurring time the team keeps free of meetings ("Focus", Tuesdays and Thursdays 09:00–12:00). */
export const focusBlockSchema = z
  .strictObject({ name: text(40), days, start: time, end: time })
  .check(z.refine((b) => b.end > b.start, { path: ['end'], error: () => t('settings.error.endAfterStart') }));

/** The policies (top-level keys) the extension reads; `policy-schema.ts` describes each. */
export const POLICY_KEYS = ['teamName', 'lockReason', 'skipOnboarding', 'defaults', 'locked', 'noMeetingDays', 'focusBlocks', 'roster'] as const;

export const teamNameSchema = text(TEAM_NAME_MAX_CHARS);
export const lockReasonSchema = text(LOCK_REASON_MAX_CHARS);
export const skipOnboardingSchema = z.boolean({ error: () => t('settings.error.boolean') });

export type PolicySettings = { [K in (typeof POLICY_SETTING_KEYS)[number]]?: unknown };
/** The zone and hours come from the settings schema's own fields (typed loosely through `unwrap`). */
export interface RosterEntry {
  id: string;
  timeZone: string;
  workingHours?: Settings['workingHours'];
}
export type FocusBlock = z.output<typeof focusBlockSchema>;

export interface TeamPolicy {
  teamName?: string;
  lockReason?: string;
  skipOnboarding: boolean;
  /** Leaf path (`rules.no-deadline.enabled`, `workingHours`) → checked value. */
  defaults: ReadonlyMap<string, unknown>;
  locked: ReadonlyMap<string, unknown>;
  noMeetingDays: readonly number[];
  focusBlocks: readonly FocusBlock[];
  roster: readonly RosterEntry[];
  /** One line per ignored field: `locked.hourlyRate: must be at least 0 — ignored`. */
  problems: readonly string[];
}

export const NO_POLICY: TeamPolicy = Object.freeze({
  skipOnboarding: false,
  defaults: new Map(),
  locked: new Map(),
  noMeetingDays: [],
  focusBlocks: [],
  roster: [],
  problems: [],
});

/** Whether two reads carry the same policy (its maps compared by their entries). */
export function samePolicy(a: TeamPolicy, b: TeamPolicy): boolean {
  const text = (p: TeamPolicy) => JSON.stringify(p, (_key, value: unknown) => (value instanceof Map ? [...value] : value));
  return a === b || text(a) === text(b);
}

const isGroup = (v: unknown): v is Record<string, unknown> => Object.prototype.toString.call(v) === '[object Object]';
const firstMessage = (error: z.core.$ZodError) => error.issues[0]?.message ?? t('settings.error.invalid');
const MAX_PROBLEMS = 40;

class Problems {
  readonly list: string[] = [];
  ignore(path: readonly PropertyKey[], problem: string) {
    if (this.list.length < MAX_PROBLEMS) this.list.push(issueLine(formatPath(path), t('settings.repair.ignored', { problem })));
  }
}

/**
 * The leaves of a settings group a policy names, each checked on its own against the settings
 * schema: good ones into `out` by path, bad ones into `problems`.
 */
function collectLeaves(schema: Schema, value: unknown, path: string[], out: Map<string, unknown>, problems: Problems): void {
  const key = path.at(-1) ?? '';
  const shape = ATOMIC_GROUPS.has(key) ? null : shapeOf(schema);
  if (shape) {
    if (!isGroup(value)) return problems.ignore(path, t('settings.error.group'));
    for (const [k, v] of Object.entries(value)) {
      if (!Object.hasOwn(shape, k)) problems.ignore([...path, k], key === 'rules' ? t('settings.error.unknownRule') : t('settings.error.unknownSetting'));
      else collectLeaves(shape[k] as Schema, v, [...path, k], out, problems);
    }
    return;
  }
  const parsed = unwrap(schema).safeParse(value);
  if (parsed.success) out.set(path.slice(1).join('.'), parsed.data);
  else problems.ignore(path, firstMessage(parsed.error));
}

function settingsLayer(value: unknown, name: 'defaults' | 'locked', problems: Problems): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value === undefined) return out;
  if (!isGroup(value)) {
    problems.ignore([name], t('settings.error.group'));
    return out;
  }
  for (const [key, v] of Object.entries(value)) {
    if (!(POLICY_SETTING_KEYS as readonly string[]).includes(key)) {
      problems.ignore([name, key], Object.hasOwn(fieldShape, key) ? t('settings.error.personal') : t('settings.error.unknownSetting'));
    } else collectLeaves(fieldShape[key] as Schema, v, [name, key], out, problems);
  }
  return out;
}

/** A list whose items are checked one by one: bad items are ignored, good ones kept. */
function listOf<T>(schema: Schema<T>, value: unknown, name: string, max: number, problems: Problems): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.ignore([name], t('settings.error.list'));
    return [];
  }
  const kept: T[] = [];
  value.forEach((item, i) => {
    if (kept.length >= max) return problems.ignore([name, i], t('settings.error.atMost', { max: String(max) }));
    const parsed = schema.safeParse(item);
    if (parsed.success) kept.push(parsed.data);
    else problems.ignore([name, i, ...(parsed.error.issues[0]?.path ?? [])], firstMessage(parsed.error));
  });
  return kept;
}

function optional<T>(schema: Schema<T>, value: unknown, name: string, problems: Problems): T | undefined {
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  problems.ignore([name], firstMessage(parsed.error));
  return undefined;
}

/**
 * Whatever the managed storage holds, as a policy the extension can apply. Never throws.
 * `raw` is the whole managed area (`storage.managed.get(null)`).
 */
export function parseTeamPolicy(raw: unknown): TeamPolicy {
  if (raw === undefined || raw === null) return NO_POLICY;
  const problems = new Problems();
  try {
    if (isGroup(raw) && Object.keys(raw).length === 0) return NO_POLICY;
    if (!isGroup(raw)) return { ...NO_POLICY, problems: [issueLine('policy', t('settings.repair.ignored', { problem: t('settings.error.group') }))] };
    for (const key of Object.keys(raw)) if (!(POLICY_KEYS as readonly string[]).includes(key)) problems.ignore([key], t('settings.error.unknownSetting'));
    const teamName = optional(teamNameSchema, raw.teamName, 'teamName', problems);
    const lockReason = optional(lockReasonSchema, raw.lockReason, 'lockReason', problems);
    const skip = optional(skipOnboardingSchema, raw.skipOnboarding, 'skipOnboarding', problems);
    const noMeetingDays = [...new Set(listOf(dayNumber, raw.noMeetingDays, 'noMeetingDays', 7, problems))];
    return {
      ...(teamName && { teamName }),
      ...(lockReason && { lockReason }),
      skipOnboarding: skip ?? false,
      defaults: settingsLayer(raw.defaults, 'defaults', problems),
      locked: settingsLayer(raw.locked, 'locked', problems),
      noMeetingDays,
      focusBlocks: listOf(focusBlockSchema, raw.focusBlocks, 'focusBlocks', FOCUS_BLOCKS_MAX, problems),
      roster: listOf(rosterEntrySchema as Schema<RosterEntry>, raw.roster, 'roster', ROSTER_MAX, problems),
      problems: problems.list,
    };
  } catch {
    // A hostile value (a throwing getter): nothing of it can be trusted.
    return { ...NO_POLICY, problems: [issueLine('policy', t('settings.repair.unreadable'))] };
  }
}

/** True when the policy changes nothing and says nothing (no managed storage, or an empty one). */
export function isEmptyPolicy(p: TeamPolicy): boolean {
  return (
    !p.teamName &&
    !p.skipOnboarding &&
    !p.defaults.size &&
    !p.locked.size &&
    !p.noMeetingDays.length &&
    !p.focusBlocks.length &&
    !p.roster.length &&
    !p.problems.length
  );
}

/** A leaf's path in the settings (`rules.no-deadline.enabled`), the unit a policy sets or locks. */
export function settingsLeaves(): string[] {
  const out: string[] = [];
  const walk = (schema: Schema, path: string[]) => {
    const shape = ATOMIC_GROUPS.has(path.at(-1) ?? '') ? null : shapeOf(schema);
    if (shape) for (const [k, v] of Object.entries(shape)) walk(v, [...path, k]);
    else out.push(path.join('.'));
  };
  walk(settingsFieldsSchema, []);
  return out;
}
