/**
 * Every setting, validated by one schema whose defaults are the product's defaults.
 * Messages are written for people: the options page and the repair notice show them as-is.
 */
import { z } from '../zod';
import { DEFAULT_CONTEXT, minutesOf } from '../analyzer/context';
import { ruleIds } from '../analyzer/registry';

export const PHRASE_MAX_CHARS = 60;
export const PHRASES_PER_LIST = 30;
export const ALLOW_LIST_MAX = 100;
export const NORM_MAX_CHARS = 40;
/**
 * chrome.storage.sync refuses an item over 8,192 bytes (JSON of the value plus the key).
 * The defaults take about 2 KB; the rest leaves room for roughly 180 extra phrases of 30 characters.
 */
export const SYNC_BUDGET_BYTES = 8000;

export const SENSITIVITIES = ['strict', 'balanced', 'relaxed'] as const;

const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// Intl.NumberFormat accepts any well-formed code ("XYZ"); the runtime's list says which exist.
const knownCurrencies: ReadonlySet<string> | null = typeof Intl.supportedValuesOf === 'function' ? new Set(Intl.supportedValuesOf('currency')) : null;

function isCurrency(code: string): boolean {
  try {
    new Intl.NumberFormat('en-US', { style: 'currency', currency: code });
  } catch {
    return false;
  }
  return knownCurrencies ? knownCurrencies.has(code) : true;
}

/** The zone this browser runs in: the default until the person picks one. */
export function runtimeTimeZone(): string {
  const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
}

const unique = (items: readonly (string | number)[]) => new Set(items.map((i) => (typeof i === 'string' ? i.toLowerCase() : i))).size === items.length;

const bool = () => z.boolean({ error: 'expected on or off (true or false)' });
const group = <T extends z.ZodRawShape>(shape: T) =>
  z.strictObject(shape, { error: (iss) => (iss.code === 'invalid_type' ? 'expected a group of settings' : undefined) });

// Parentheses and bars would be read as phrase patterns by the analyzer's lexicon.
const phrase = z
  .string({ error: 'expected text' })
  .overwrite((s) => s.replace(/\s+/g, ' ').trim())
  .min(2, 'must be at least 2 characters')
  .max(PHRASE_MAX_CHARS, `must be at most ${PHRASE_MAX_CHARS} characters`)
  .refine((s) => !/[()|]/.test(s), 'must not contain ( ) or |');

const phraseList = (max: number) =>
  z
    .array(phrase, { error: 'expected a list of phrases' })
    .max(max, `at most ${max} phrases`)
    .refine(unique, 'lists the same phrase twice')
    .default(() => []);

const time = z.string({ error: 'expected a time like 09:00' }).trim().regex(HHMM, 'expected a 24-hour time like 09:00');

const wholeNumber = (min: number, max: number) =>
  z.number({ error: 'expected a number' }).int('expected a whole number').min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);

const norm = z
  .string({ error: 'expected text' })
  .overwrite((s) => s.replace(/\s+/g, ' ').trim())
  .min(1, 'must not be empty')
  .max(NORM_MAX_CHARS, `must be at most ${NORM_MAX_CHARS} characters`);

export const ruleSettingsSchema = group({
  enabled: bool().default(true),
  sensitivity: z.enum(SENSITIVITIES, { error: 'expected strict, balanced or relaxed' }).default('balanced'),
  /** Extra trigger phrases for this rule (the person's or the team's words). */
  extraPhrases: phraseList(PHRASES_PER_LIST),
  /** Phrases this rule ignores. */
  allow: phraseList(PHRASES_PER_LIST),
});

const defaults = DEFAULT_CONTEXT;

/** The fields, without the whole-object size check (the lenient parser walks this shape). */
export const settingsFieldsSchema = group({
  sites: group({
    gmail: bool().default(true),
    slack: bool().default(true),
    outlook: bool().default(true),
    gcal: bool().default(true),
    outlookCalendar: bool().default(true),
  }).prefault({}),
  rules: group(Object.fromEntries(ruleIds.map((id) => [id, ruleSettingsSchema.prefault({})]))).prefault({}),
  /** Phrases no rule treats as a trigger. */
  allowList: phraseList(ALLOW_LIST_MAX),
  workingHours: group({
    start: time.default(defaults.workingHours.start),
    end: time.default(defaults.workingHours.end),
    days: z
      .array(wholeNumber(0, 6), { error: 'expected a list of days (0 = Sunday … 6 = Saturday)' })
      .min(1, 'pick at least one working day')
      .refine(unique, 'lists the same day twice')
      .default(() => [...defaults.workingHours.days]),
  })
    .refine((wh) => minutesOf(wh.end) > minutesOf(wh.start), { path: ['end'], message: 'must be after the start time' })
    .prefault({}),
  timeZone: z
    .string({ error: 'expected a time zone like Europe/Berlin' })
    .trim()
    .max(64, 'expected a time zone like Europe/Berlin')
    .refine(isTimeZone, 'expected an IANA time zone like Europe/Berlin')
    .default(runtimeTimeZone),
  hourlyRate: z.number({ error: 'expected a number' }).min(0, 'must be 0 or more').max(100_000, 'must be at most 100000').default(defaults.hourlyRate),
  currency: z
    .string({ error: 'expected a currency code like USD' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{3}$/, 'expected a 3-letter currency code like USD or EUR')
    .refine(isCurrency, 'is not a known ISO 4217 currency code')
    .default(defaults.currency),
  largeMeetingGuests: wholeNumber(1, 1000).default(defaults.largeMeetingGuests),
  longMeetingMinutes: wholeNumber(5, 1440).default(defaults.longMeetingMinutes),
  /** The team's response-time expectations, quoted in suggestions. */
  responseNorms: group({
    urgent: norm.default(defaults.responseNorms.urgent),
    important: norm.default(defaults.responseNorms.important),
    normal: norm.default(defaults.responseNorms.normal),
  }).prefault({}),
  /** Ask for one review before sending while warnings remain. */
  reviewBeforeSend: bool().default(false),
  /** Epoch ms until which hints are paused; null = not snoozed. */
  snoozeUntil: z
    .number({ error: 'expected a time (epoch ms) or null' })
    .int('expected a whole number of milliseconds')
    .min(0, 'must not be negative')
    .nullable()
    .default(null),
  statsRetentionDays: wholeNumber(7, 3650).default(365),
});

/** Serialized size as chrome.storage.sync counts it (UTF-8 JSON). */
export const storedBytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length + 'settings'.length;

export const settingsSchema = settingsFieldsSchema.superRefine((s, ctx) => {
  const bytes = storedBytes(s);
  if (bytes > SYNC_BUDGET_BYTES) {
    ctx.addIssue({
      code: 'custom',
      message: `settings are too large to sync (${(bytes / 1024).toFixed(1)} KB of ${(SYNC_BUDGET_BYTES / 1024).toFixed(1)} KB): remove some extra phrases or allow-list entries`,
    });
  }
});

export type Settings = z.output<typeof settingsSchema>;
export type RuleSettings = z.output<typeof ruleSettingsSchema>;
export type SiteKey = keyof Settings['sites'];

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Frozen: copy before changing (the parsers and storage always hand out fresh objects). */
export const DEFAULT_SETTINGS: Settings = deepFreeze(settingsSchema.parse({}));

/** `rules.no-deadline.extraPhrases[2]` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${String(seg)}` : String(seg);
  return out;
}

/** One line per problem, `path: message`, for errors shown to people. */
export function formatIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): string[] {
  return error.issues.flatMap((issue) => {
    const path = formatPath([...prefix, ...issue.path]);
    if (issue.code === 'unrecognized_keys') {
      const what = path === 'rules' || path.endsWith('.rules') ? 'unknown rule' : 'unknown setting';
      return issue.keys.map((key) => `${formatPath([...prefix, ...issue.path, key])}: ${what}`);
    }
    return [path ? `${path}: ${issue.message}` : issue.message];
  });
}
