/**
 * Settings live in one `sync:` item so they follow the person across their browsers.
 *
 * Quota: chrome.storage.sync holds at most 8,192 bytes per item. Rather than spill into
 * `local:` (and lose syncing without the person knowing), the schema caps the whole object
 * at SYNC_BUDGET_BYTES and saving more is refused with a clear error; the defaults use
 * about 2 KB, so the limit is only met with well over a hundred extra phrases.
 *
 * The item's value is typed `unknown` on purpose: another device, another version or a hand
 * edit may have written it. Read it through `loadSettings` / `watchSettings`, which repair it.
 */
import { storage } from 'wxt/utils/storage';
import { isRuleId } from '../catalog/rules';
import { t } from '../i18n';
import { parseSettingsLenient } from './parse';
import { DEFAULT_SETTINGS, formatIssues, issueLine, ruleSettingsSchema, settingsSchema, type Settings } from './schema';

/**
 * Bump when the stored shape changes in a way the lenient parser cannot absorb (a renamed or
 * restructured field) and add `[n]: (previous) => next` to SETTINGS_MIGRATIONS. New fields
 * and new rules need no migration: missing values take their defaults when read.
 */
export const SETTINGS_VERSION = 1;

export type SettingsMigration = (previous: unknown) => unknown;

/** v1 is the first stored shape, so there is nothing to migrate from yet. */
export const SETTINGS_MIGRATIONS: Readonly<Record<number, SettingsMigration>> = {};

/**
 * The settings item at a given version. WXT counts a value stored without a version as v1
 * (there is no v0) and runs each migration above the stored version, in order, on startup.
 * Migrations only reshape: their result is still read through the lenient parser.
 */
export function defineSettingsItem(version: number, migrations: Readonly<Record<number, SettingsMigration>>) {
  return storage.defineItem<unknown>('sync:settings', { fallback: DEFAULT_SETTINGS, version, migrations: { ...migrations } });
}

let item: ReturnType<typeof defineSettingsItem> | null = null;
/** The settings item, defined on first use: defining a versioned item reads storage to migrate, which a page without a composer never needs. */
export function settingsItem(): ReturnType<typeof defineSettingsItem> {
  item ??= defineSettingsItem(SETTINGS_VERSION, SETTINGS_MIGRATIONS);
  return item;
}

export interface SettingsNotice {
  /** Epoch ms of the first repair not yet shown. */
  at: number;
  problems: string[];
}

/** Repairs made while loading, kept until the UI has told the person (device-local). */
export const settingsNoticeItem = storage.defineItem<SettingsNotice | null>('local:settingsNotice', { fallback: null });

const MAX_NOTICE_PROBLEMS = 40;

export class SettingsValidationError extends Error {
  readonly issues: string[];
  constructor(issues: string[]) {
    super(t('settings.notSaved', { problems: issues.join('; ') }));
    this.name = 'SettingsValidationError';
    this.issues = issues;
  }
}

async function recordNotice(problems: string[]): Promise<void> {
  const previous = await settingsNoticeItem.getValue();
  const merged = [...new Set([...(previous?.problems ?? []), ...problems])].slice(0, MAX_NOTICE_PROBLEMS);
  await settingsNoticeItem.setValue({ at: previous?.at ?? Date.now(), problems: merged });
}

/** The repair notice, once: reading it clears it. */
export async function takeSettingsNotice(): Promise<SettingsNotice | null> {
  const notice = await settingsNoticeItem.getValue();
  if (notice) await settingsNoticeItem.removeValue();
  return notice;
}

/** What is stored, repaired field by field; repairs are written back and noted for the person. */
export async function loadSettings(): Promise<{ settings: Settings; problems: string[] }> {
  const { settings, problems } = parseSettingsLenient(await settingsItem().getValue());
  if (problems.length) {
    await recordNotice(problems);
    // The repaired value is still usable when the write fails (quota, offline sync).
    await settingsItem()
      .setValue(settings)
      .catch(() => undefined);
  }
  return { settings, problems };
}

async function write(next: unknown): Promise<Settings> {
  const parsed = settingsSchema.safeParse(next);
  if (!parsed.success) throw new SettingsValidationError(formatIssues(parsed.error));
  await settingsItem().setValue(parsed.data);
  return parsed.data;
}

// Writes from this page run one at a time, so an update always starts from the last save.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Validates strictly; on any error throws SettingsValidationError and writes nothing. */
export function saveSettings(next: Settings): Promise<Settings> {
  return serial(() => write(next));
}

/** Reads the current settings, applies `change` to a copy and saves the result strictly. */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return serial(async () => {
    const { settings } = await loadSettings();
    return write(change(settings));
  });
}

/** Calls `onChange` with repaired settings whenever any page or device changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem().watch((value) => onChange(parseSettingsLenient(value).settings));
}

export function setRuleEnabled(id: string, enabled: boolean): Promise<Settings> {
  if (!isRuleId(id)) return Promise.reject(new SettingsValidationError([issueLine(`rules.${id}`, t('settings.error.unknownRule'))]));
  return updateSettings((s) => ({ ...s, rules: { ...s.rules, [id]: { ...(s.rules[id] ?? ruleSettingsSchema.parse({})), enabled } } }));
}

/** Pause every hint until `untilMs` (epoch ms); `null` ends the snooze. */
export function snooze(untilMs: number | null): Promise<Settings> {
  return updateSettings((s) => ({ ...s, snoozeUntil: untilMs }));
}
