/**
 * Every setting, validated by one schema whose defaults are the product's defaults.
 * Messages are written for people: the options page and the repair notice show them as-is.
 * Each is a function, so it is read from `locales/` when validation fails, not at load time.
 */
import { z } from '../zod';
import { DEFAULT_CONTEXT, minutesOf, runtimeZoneName } from '../analyzer/context';
import { RULE_IDS } from '../catalog/rules';
import { SITE_KEYS, type SiteKey } from '../catalog/sites';
import type { GeneratedI18nStructure } from '#i18n';
import { formatNumber, t, weekdayName } from '../i18n';

export const PHRASE_MIN_CHARS = 2;
export const PHRASE_MAX_CHARS = 60;
export const PHRASES_PER_LIST = 30;
export const ALLOW_LIST_MAX = 100;
export const NORM_MAX_CHARS = 40;
/**
 * chrome.storage.sync refuses an item over 8,192 bytes (JSON of the value plus the key).
 * The defaults take about 2 KB; the rest leaves room for roughly 180 extra phrases of 30 characters.
 */
export const SYNC_BUDGET_BYTES = 8000;

/** The pause in typing before hints update (see utils/sites/composer/pause.ts). */
export const HINT_DELAY_DEFAULT_MS = 600;
export const HINT_DELAY_MIN_MS = 0;
export const HINT_DELAY_MAX_MS = 2000;

export const SENSITIVITIES = ['strict', 'balanced', 'relaxed'] as const;

const HHMM = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

// The runtime's list of zones answers without building a formatter (which costs the page tens of
// milliseconds of ICU set-up the first time); a zone it does not list (an alias) still gets the formatter's word.
let knownZones: ReadonlySet<string> | null = null;
function isTimeZone(zone: string): boolean {
  if (zone === 'UTC') return true;
  knownZones ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  if (knownZones.has(zone)) return true;
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
  const zone = runtimeZoneName();
  return zone && isTimeZone(zone) ? zone : 'UTC';
}

/** A limit as the person types it into a number box: the UI language's digits, no grouping. */
export const formatLimit = (n: number): string => formatNumber(n, { useGrouping: false });

/** `settings.error.*` messages without placeholders. */
type ErrorKey = {
  [K in keyof GeneratedI18nStructure]: K extends `settings.error.${string}`
    ? GeneratedI18nStructure[K] extends { plural: false; substitutions: 0; namedSubstitutions: readonly string[] }
      ? never
      : GeneratedI18nStructure[K] extends { plural: false; substitutions: 0 }
        ? K
        : never
    : never;
}[keyof GeneratedI18nStructure];

/** A zod message, read when validation fails (so in the person's language), not when this module loads. */
const says = (key: ErrorKey) => ({ error: () => t(key) });

const unique = (items: readonly (string | number)[]) => new Set(items.map((i) => (typeof i === 'string' ? i.toLowerCase() : i))).size === items.length;

const bool = () => z.boolean(says('settings.error.boolean'));
const group = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.strictObject(shape, { error: (iss) => (iss.code === 'invalid_type' ? t('settings.error.group') : undefined) });

const minChars = (n: number) => ({ error: () => t('settings.error.minChars', n, { count: formatLimit(n) }) });
const maxChars = (n: number) => ({ error: () => t('settings.error.maxChars', n, { count: formatLimit(n) }) });
const maxPhrases = (n: number) => ({ error: () => t('settings.error.maxPhrases', n, { count: formatLimit(n) }) });
const atLeast = (n: number) => ({ error: () => t('settings.error.atLeast', { min: formatLimit(n) }) });
const atMost = (n: number) => ({ error: () => t('settings.error.atMost', { max: formatLimit(n) }) });
const dayList = { error: () => t('settings.error.days', { sunday: weekdayName(0), saturday: weekdayName(6) }) };

/**
 * Bidi embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and the invisible
 * direction marks (U+200E, U+200F, U+061C): pasted into a norm or phrase, they make the hint
 * panel render the text reversed or reordered while it looks fine where it was typed.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** Free text as stored: no bidi controls, one space between words, none at the ends. */
const cleanText = (s: string) => s.replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim();

// Parentheses and bars would be read as phrase patterns by the analyzer's lexicon.
const phrase = z.string(says('settings.error.text')).check(
  z.overwrite(cleanText),
  z.minLength(PHRASE_MIN_CHARS, minChars(PHRASE_MIN_CHARS)),
  z.maxLength(PHRASE_MAX_CHARS, maxChars(PHRASE_MAX_CHARS)),
  z.refine((s) => !/[()|]/.test(s), says('settings.error.phraseCharacters')),
);

const phraseList = (max: number) =>
  z._default(
    z.array(phrase, says('settings.error.phraseList')).check(z.maxLength(max, maxPhrases(max)), z.refine(unique, says('settings.error.duplicatePhrase'))),
    () => [],
  );

const time = z.string(says('settings.error.time')).check(z.trim(), z.regex(HHMM, says('settings.error.time24')));

const wholeNumber = (min: number, max: number) =>
  z.number(says('settings.error.number')).check(z.int(says('settings.error.wholeNumber')), z.gte(min, atLeast(min)), z.lte(max, atMost(max)));

const norm = z
  .string(says('settings.error.text'))
  .check(z.overwrite(cleanText), z.minLength(1, says('settings.error.empty')), z.maxLength(NORM_MAX_CHARS, maxChars(NORM_MAX_CHARS)));

export const ruleSettingsSchema = group({
  enabled: z._default(bool(), true),
  sensitivity: z._default(z.enum(SENSITIVITIES, says('settings.error.sensitivity')), 'balanced'),
  /** Extra trigger phrases for this rule (the person's or the team's words). */
  extraPhrases: phraseList(PHRASES_PER_LIST),
  /** Phrases this rule ignores. */
  allow: phraseList(PHRASES_PER_LIST),
});

const defaults = DEFAULT_CONTEXT;

/** The fields, without the whole-object size check (the lenient parser walks this shape). */
export const settingsFieldsSchema = group({
  sites: z.prefault(
    group(Object.fromEntries(SITE_KEYS.map((key) => [key, z._default(bool(), true)])) as Record<SiteKey, z.ZodMiniDefault<z.ZodMiniBoolean>>),
    {},
  ),
  rules: z.prefault(group(Object.fromEntries(RULE_IDS.map((id) => [id, z.prefault(ruleSettingsSchema, {})]))), {}),
  /** Phrases no rule treats as a trigger. */
  allowList: phraseList(ALLOW_LIST_MAX),
  workingHours: z.prefault(
    group({
      start: z._default(time, defaults.workingHours.start),
      end: z._default(time, defaults.workingHours.end),
      days: z._default(
        z.array(wholeNumber(0, 6), dayList).check(z.minLength(1, says('settings.error.noDays')), z.refine(unique, says('settings.error.duplicateDay'))),
        () => [...defaults.workingHours.days],
      ),
    }).check(z.refine((wh) => minutesOf(wh.end) > minutesOf(wh.start), { path: ['end'], error: () => t('settings.error.endAfterStart') })),
    {},
  ),
  timeZone: z._default(
    z
      .string(says('settings.error.timeZone'))
      .check(z.trim(), z.maxLength(64, says('settings.error.timeZone')), z.refine(isTimeZone, says('settings.error.ianaTimeZone'))),
    runtimeTimeZone,
  ),
  hourlyRate: z._default(
    z.number(says('settings.error.number')).check(z.gte(0, says('settings.error.notBelowZero')), z.lte(100_000, atMost(100_000))),
    defaults.hourlyRate,
  ),
  currency: z._default(
    z
      .string(says('settings.error.currency'))
      .check(
        z.trim(),
        z.toUpperCase(),
        z.regex(/^[A-Z]{3}$/, says('settings.error.currencyCode')),
        z.refine(isCurrency, says('settings.error.unknownCurrency')),
      ),
    defaults.currency,
  ),
  largeMeetingGuests: z._default(wholeNumber(1, 1000), defaults.largeMeetingGuests),
  longMeetingMinutes: z._default(wholeNumber(5, 1440), defaults.longMeetingMinutes),
  /** The team's response-time expectations, quoted in suggestions. */
  responseNorms: z.prefault(
    group({
      urgent: z._default(norm, defaults.responseNorms.urgent),
      important: z._default(norm, defaults.responseNorms.important),
      normal: z._default(norm, defaults.responseNorms.normal),
    }),
    {},
  ),
  /** How long a pause in typing (ms) before hints update: calm by default, 0 for every keystroke. */
  hintDelayMs: z._default(wholeNumber(HINT_DELAY_MIN_MS, HINT_DELAY_MAX_MS), HINT_DELAY_DEFAULT_MS),
  /** Ask for one review before sending while warnings remain. */
  reviewBeforeSend: z._default(bool(), false),
  /** Epoch ms until which hints are paused; null = not snoozed. */
  snoozeUntil: z._default(
    z.nullable(z.number(says('settings.error.snoozeUntil')).check(z.int(says('settings.error.milliseconds')), z.gte(0, says('settings.error.notNegative')))),
    null,
  ),
  statsRetentionDays: z._default(wholeNumber(7, 3650), 365),
});

/** Serialized size as chrome.storage.sync counts it (UTF-8 JSON). */
export const storedBytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length + 'settings'.length;

const kilobytes = (bytes: number) => formatNumber(bytes / 1024, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const settingsSchema = settingsFieldsSchema.check(
  z.superRefine((s, ctx) => {
    const bytes = storedBytes(s);
    if (bytes > SYNC_BUDGET_BYTES) {
      ctx.addIssue({ code: 'custom', message: t('settings.error.tooLarge', { size: kilobytes(bytes), limit: kilobytes(SYNC_BUDGET_BYTES) }) });
    }
  }),
);

export type Settings = z.output<typeof settingsSchema>;
export type RuleSettings = z.output<typeof ruleSettingsSchema>;
export type { SiteKey };

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    // Data properties only: an accessor (the lazy zone) is a string, read when asked for.
    for (const d of Object.values(Object.getOwnPropertyDescriptors(value))) if ('value' in d) deepFreeze(d.value);
    Object.freeze(value);
  }
  return value;
}

/**
 * The defaults with the browser's zone read on first use, not when this module loads: asking
 * Intl for the zone sets up its time-zone data, tens of milliseconds a content script would
 * otherwise spend on every page load, with or without a composer. Reading, copying
 * (`structuredClone`) and serialising see a plain string.
 */
function withLazyZone(settings: Settings): Settings {
  let zone: string | null = null;
  return Object.defineProperty(settings, 'timeZone', {
    enumerable: true,
    get: () => (zone ??= runtimeTimeZone()),
  });
}

/** Frozen: copy before changing (the parsers and storage always hand out fresh objects). */
export const DEFAULT_SETTINGS: Settings = deepFreeze(withLazyZone(settingsSchema.parse({ timeZone: 'UTC' })));

/** `rules.no-deadline.extraPhrases[2]` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${String(seg)}` : String(seg);
  return out;
}

/** One problem with one setting, `path: problem`; the path stays as the settings file names it. */
export function issueLine(path: string, problem: string): string {
  return t('settings.issue', { path, problem });
}

/** "unknown rule" under `rules`, else "unknown setting". */
export function unknownKey(parent: PropertyKey | undefined): string {
  return parent === 'rules' ? t('settings.error.unknownRule') : t('settings.error.unknownSetting');
}

/** One line per problem, `path: message`, for errors shown to people. */
export function formatIssues(error: z.core.$ZodError, prefix: readonly PropertyKey[] = []): string[] {
  return error.issues.flatMap((issue) => {
    const full = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => issueLine(formatPath([...full, key]), unknownKey(full.at(-1))));
    const path = formatPath(full);
    return [path ? issueLine(path, issue.message) : issue.message];
  });
}
