/**
 * Reads whatever is stored (another version, another device, a hand-edited sync value) without
 * losing what is still good: each field that fails the schema goes back to its default, lists
 * lose only their bad items, and every repair is listed for the person to see once.
 */
import { formatList, formatNumber, t } from '../i18n';
import { type Schema, unwrap, z } from '../zod';
import {
  DEFAULT_SETTINGS,
  formatLimit,
  formatPath,
  issueLine,
  settingsFieldsSchema,
  storedBytes,
  SYNC_BUDGET_BYTES,
  type Settings,
  unknownKey,
} from './schema';

/** Keeps a notice readable and the work bounded whatever was stored. */
const MAX_PROBLEMS = 40;
const MAX_ITEMS_SCANNED = 500;

class Problems {
  readonly list: string[] = [];
  private dropped = 0;
  /** `note` is only worded for the problems shown, so a huge stored value stays cheap to read. */
  add(path: readonly PropertyKey[], note: () => string) {
    // The whole value has no path of its own: it is named as the stored item is.
    if (this.list.length < MAX_PROBLEMS) this.list.push(issueLine(path.length ? formatPath(path) : 'settings', note()));
    else this.dropped++;
  }
  result(): string[] {
    if (!this.dropped) return this.list;
    return [...this.list, t('settings.repair.moreProblems', this.dropped, { count: formatNumber(this.dropped) })];
  }
}

/** A value as the person would set it: numbers as typed, lists as lists, switches as on or off. */
function describe(value: unknown): string {
  if (value === null) return t('settings.value.none');
  if (typeof value === 'boolean') return value ? t('settings.value.switchOn') : t('settings.value.switchOff');
  if (typeof value === 'number') return formatLimit(value);
  if (Array.isArray(value)) {
    const items = value.map((v) => (typeof v === 'number' ? formatLimit(v) : String(v)));
    return items.length ? formatList(items, { type: 'unit', style: 'short' }) : t('settings.value.emptyList');
  }
  return String(value);
}

/** "must be 0 or more — reset to 60"; a group goes back to its defaults. */
function resetNote(problem: string, fallback: unknown): string {
  if (fallback !== null && typeof fallback === 'object' && !Array.isArray(fallback)) return t('settings.repair.resetToDefaults', { problem });
  return t('settings.repair.reset', { problem, value: describe(fallback) });
}

const removedNote = (problem: string) => t('settings.repair.removed', { problem });

// Works across realms, unlike a prototype check; arrays and class instances are not groups.
const isGroup = (v: unknown): v is Record<string, unknown> => Object.prototype.toString.call(v) === '[object Object]';

const own = (obj: Record<string, unknown>, key: string): unknown => (Object.hasOwn(obj, key) ? obj[key] : undefined);

const firstMessage = (error: z.core.$ZodError) => error.issues[0]?.message ?? t('settings.error.invalid');

function repair(schema: Schema, value: unknown, fallback: unknown, path: PropertyKey[], problems: Problems): unknown {
  // A missing field is not a problem: a newer field simply has its default.
  if (value === undefined) return fallback;
  const inner = unwrap(schema);
  if (inner instanceof z.ZodMiniObject) return repairGroup(inner, value, fallback as Record<string, unknown>, path, problems);
  const direct = schema.safeParse(value);
  if (direct.success) return direct.data;
  if (inner instanceof z.ZodMiniArray) return repairList(inner, value, fallback, path, problems);
  problems.add(path, () => resetNote(firstMessage(direct.error), fallback));
  return fallback;
}

function repairGroup(schema: z.ZodMiniObject, value: unknown, defaults: Record<string, unknown>, path: PropertyKey[], problems: Problems): unknown {
  // Checked before zod, which would take a Date or a class instance for an empty group.
  if (!isGroup(value)) {
    problems.add(path, () => t('settings.repair.resetToDefaults', { problem: t('settings.error.group') }));
    return defaults;
  }
  const direct = schema.safeParse(value);
  if (direct.success) return direct.data;
  const shape = schema.def.shape as Record<string, Schema>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) out[key] = repair(shape[key] as Schema, own(value, key), defaults[key], [...path, key], problems);
  for (const key of Object.keys(value)) {
    if (!Object.hasOwn(shape, key)) problems.add([...path, key], () => t('settings.repair.ignored', { problem: unknownKey(path.at(-1)) }));
  }
  // Checks across fields (end after start): reset the field each one names, then the group.
  let whole = schema.safeParse(out);
  for (let n = 0; !whole.success && n < Object.keys(shape).length; n++) {
    const issue = whole.error.issues[0];
    const key = issue?.path[0];
    if (!issue || typeof key !== 'string' || !Object.hasOwn(shape, key) || out[key] === defaults[key]) break;
    problems.add([...path, key], () => resetNote(issue.message, defaults[key]));
    out[key] = defaults[key];
    whole = schema.safeParse(out);
  }
  if (whole.success) return whole.data;
  problems.add(path, () => t('settings.repair.resetToDefaults', { problem: firstMessage(whole.error) }));
  return defaults;
}

function repairList(schema: z.ZodMiniArray, value: unknown, fallback: unknown, path: PropertyKey[], problems: Problems): unknown {
  if (!Array.isArray(value)) {
    problems.add(path, () => resetNote(t('settings.error.list'), fallback));
    return fallback;
  }
  const element = schema.def.element as Schema;
  const kept: unknown[] = [];
  const scanned = Math.min(value.length, MAX_ITEMS_SCANNED);
  for (let i = 0; i < scanned; i++) {
    const item = element.safeParse(value[i]);
    if (!item.success) {
      problems.add([...path, i], () => removedNote(firstMessage(item.error)));
      continue;
    }
    // List-wide limits (count, duplicates) drop the item that breaks them.
    const grown = schema.safeParse([...kept, item.data]);
    if (grown.success) kept.push(item.data);
    else problems.add([...path, i], () => removedNote(firstMessage(grown.error)));
  }
  const more = value.length - scanned;
  if (more > 0) problems.add(path, () => t('settings.repair.moreItems', more, { count: formatNumber(more) }));
  const list = schema.safeParse(kept);
  if (list.success) return list.data;
  problems.add(path, () => resetNote(firstMessage(list.error), fallback));
  return fallback;
}

/** Trims the longest phrase lists until the value fits chrome.storage.sync's per-item quota. */
function fitSyncBudget(s: Settings, problems: Problems): void {
  const lists: Array<{ path: string[]; items: string[] }> = [{ path: ['allowList'], items: s.allowList }];
  for (const [id, rule] of Object.entries(s.rules)) {
    if (!rule) continue;
    lists.push({ path: ['rules', id, 'extraPhrases'], items: rule.extraPhrases }, { path: ['rules', id, 'allow'], items: rule.allow });
  }
  const removed = new Map<(typeof lists)[number], number>();
  while (storedBytes(s) > SYNC_BUDGET_BYTES) {
    const longest = lists.reduce((a, b) => (b.items.length > a.items.length ? b : a));
    if (!longest.items.length) break;
    longest.items.pop();
    removed.set(longest, (removed.get(longest) ?? 0) + 1);
  }
  for (const [list, n] of removed) problems.add(list.path, () => t('settings.repair.phrasesRemoved', n, { count: formatNumber(n) }));
}

/**
 * Every valid field of `value`, defaults for the rest, and one human-readable line per repair.
 * Never throws: whatever the input, the result is valid settings.
 */
export function parseSettingsLenient(value: unknown): { settings: Settings; problems: string[] } {
  if (value === undefined || value === null) return { settings: structuredClone(DEFAULT_SETTINGS), problems: [] };
  const problems = new Problems();
  try {
    const repaired = repair(settingsFieldsSchema, value, DEFAULT_SETTINGS, [], problems) as Settings;
    // Fresh objects only: the result never shares (frozen) arrays with the defaults.
    const settings = structuredClone(repaired);
    fitSyncBudget(settings, problems);
    return { settings, problems: problems.result() };
  } catch {
    // A hostile value (a throwing getter, a revoked proxy): nothing of it can be trusted.
    return { settings: structuredClone(DEFAULT_SETTINGS), problems: [t('settings.repair.unreadable')] };
  }
}
