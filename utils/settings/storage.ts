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
import { changedLeaves, leafPaths, type Resolved, resolveSettings, withLeaves } from './effective';
import { loadTeamPolicySoon, watchTeamPolicy } from './managed';
import { parseSettingsLenient } from './parse';
import { NO_POLICY, samePolicy, type TeamPolicy } from './policy';
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

/**
 * A storage item defined on first use: WXT reads an item's value as it defines it (and a
 * versioned item's, to migrate), which a page without a composer never needs.
 */
function lazyItem<T>(define: () => T): () => T {
  let item: T | null = null;
  return () => (item ??= define());
}

/** The settings item. */
export const settingsItem = lazyItem(() => defineSettingsItem(SETTINGS_VERSION, SETTINGS_MIGRATIONS));

/**
 * Leaves the person set to the built-in default value on purpose, so a team default does not
 * replace them. A leaf whose stored value differs from the built-in default is the person's
 * choice anyway, so only these few need recording (the list stays far below the sync quota).
 */
const chosenItem = lazyItem(() => storage.defineItem<unknown>('sync:settingsChosen', { fallback: [] }));

async function loadChosen(): Promise<Set<string>> {
  const value = await chosenItem()
    .getValue()
    .catch(() => []);
  const known = new Set(leafPaths());
  return new Set(Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string' && known.has(p)) : []);
}

export interface SettingsNotice {
  /** Epoch ms of the first repair not yet shown. */
  at: number;
  problems: string[];
}

/** Repairs made while loading, kept until the UI has told the person (device-local). */
const settingsNoticeItem = lazyItem(() => storage.defineItem<SettingsNotice | null>('local:settingsNotice', { fallback: null }));

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
  const previous = await settingsNoticeItem().getValue();
  const merged = [...new Set([...(previous?.problems ?? []), ...problems])].slice(0, MAX_NOTICE_PROBLEMS);
  await settingsNoticeItem().setValue({ at: previous?.at ?? Date.now(), problems: merged });
}

/** The repair notice, once: reading it clears it. */
export async function takeSettingsNotice(): Promise<SettingsNotice | null> {
  const notice = await settingsNoticeItem().getValue();
  if (notice) await settingsNoticeItem().removeValue();
  return notice;
}

/** What the person stored, repaired field by field; repairs are written back and noted for the person. */
async function loadStored(): Promise<{ settings: Settings; problems: string[] }> {
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

export interface SettingsView extends Resolved {
  policy: TeamPolicy;
  problems: string[];
}

/**
 * How long a page waits for the browser's first policy read before showing the person's own
 * settings; the policy then arrives through the watchers (see managed.ts).
 */
export const POLICY_WAIT_MS = 200;

/** The settings in force (the team's policy over the person's choices) with where each leaf comes from. */
export async function loadSettingsView(): Promise<SettingsView> {
  const [{ settings, problems }, chosen, soon] = await Promise.all([loadStored(), loadChosen(), loadTeamPolicySoon(POLICY_WAIT_MS)]);
  const policy = soon ?? NO_POLICY;
  return { ...resolveSettings(settings, chosen, policy), policy, problems };
}

/** The settings in force, repaired; `problems` are the repairs made to what the person stored. */
export async function loadSettings(): Promise<{ settings: Settings; problems: string[] }> {
  const { settings, problems } = await loadSettingsView();
  return { settings, problems };
}

/**
 * Saves what changed between the settings in force and `next`, as the person's choices. Leaves
 * the team locked cannot change; team defaults the person left alone stay out of storage.
 */
/**
 * Saves `change` applied to the settings in force, read once. Not waiting for a slow first
 * policy read is safe: a locked value wins when settings are resolved whatever is stored; the
 * check below only words the refusal. Once any page has the policy, the browser answers at once.
 */
async function write(change: (current: Settings) => Settings): Promise<Settings> {
  const [{ settings: stored }, chosen, soon] = await Promise.all([loadStored(), loadChosen(), loadTeamPolicySoon(POLICY_WAIT_MS)]);
  const policy = soon ?? NO_POLICY;
  const current = resolveSettings(stored, chosen, policy);
  const next = change(current.settings);
  const changed = changedLeaves(current.settings, next);
  const locked = changed.filter((path) => current.sources.get(path) === 'locked');
  if (locked.length) throw new SettingsValidationError(locked.map((path) => issueLine(path, t('settings.error.locked'))));
  const parsed = settingsSchema.safeParse(withLeaves(stored, changed, next));
  if (!parsed.success) throw new SettingsValidationError(formatIssues(parsed.error));
  await settingsItem().setValue(parsed.data);
  const atDefault = changed.filter((path) => JSON.stringify(getLeaf(parsed.data, path)) === JSON.stringify(getLeaf(DEFAULT_SETTINGS, path)));
  const nextChosen = new Set([...chosen, ...atDefault]);
  if (nextChosen.size !== chosen.size) await chosenItem().setValue([...nextChosen]);
  return resolveSettings(parsed.data, nextChosen, policy).settings;
}

function getLeaf(s: Settings, path: string): unknown {
  return path.split('.').reduce<unknown>((cur, key) => (cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[key] : undefined), s);
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
  return serial(() => write(() => next));
}

/** Reads the current settings, applies `change` to a copy and saves the result strictly. */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return serial(() => write(change));
}

/** Calls `onChange` with the settings in force whenever any page, device or the team's policy changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return watchSettingsView((view) => onChange(view.settings));
}

export function watchSettingsView(onChange: (view: SettingsView) => void): () => void {
  // The person's choices list and the policy change rarely: they are read once and kept, so a
  // settings change is reported at once with the value it carried (a later re-read could skip
  // one). Changes that arrive before those first reads finish wait for them, in order.
  let chosen = new Set<string>();
  let policy: TeamPolicy = NO_POLICY;
  let ready = false;
  // A change heard while the first reads run is newer than what they return.
  let fresher = { chosen: false, policy: false };
  const emit = (stored: unknown) => {
    const { settings, problems } = parseSettingsLenient(stored);
    onChange({ ...resolveSettings(settings, chosen, policy), policy, problems });
  };
  const init = Promise.all([loadChosen(), loadTeamPolicySoon(POLICY_WAIT_MS)])
    .then(([c, p]) => {
      if (!fresher.chosen) chosen = c;
      if (!fresher.policy) policy = p ?? policy;
    })
    .catch(() => undefined)
    .then(() => {
      ready = true;
    });
  const onStored = (stored: unknown) => {
    if (ready) emit(stored);
    else void init.then(() => emit(stored));
  };
  const reread = () =>
    void settingsItem()
      .getValue()
      .then(onStored, () => undefined);
  const stops = [
    settingsItem().watch(onStored),
    chosenItem().watch(() => {
      void loadChosen().then((c) => {
        fresher = { ...fresher, chosen: true };
        chosen = c;
        reread();
      });
    }),
    watchTeamPolicy((p) => {
      fresher = { ...fresher, policy: true };
      // A slow first read that lands with the policy already in use is not news.
      if (samePolicy(p, policy)) return;
      policy = p;
      reread();
    }),
  ];
  // Changes already seen are still reported; none after this.
  return () => stops.forEach((stop) => stop());
}

export function setRuleEnabled(id: string, enabled: boolean): Promise<Settings> {
  if (!isRuleId(id)) return Promise.reject(new SettingsValidationError([issueLine(`rules.${id}`, t('settings.error.unknownRule'))]));
  return updateSettings((s) => ({ ...s, rules: { ...s.rules, [id]: { ...(s.rules[id] ?? ruleSettingsSchema.parse({})), enabled } } }));
}

/** Pause every hint until `untilMs` (epoch ms); `null` ends the snooze. */
export function snooze(untilMs: number | null): Promise<Settings> {
  return updateSettings((s) => ({ ...s, snoozeUntil: untilMs }));
}
