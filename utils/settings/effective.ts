/**
 * The settings in force, leaf by leaf (`hourlyRate`, `rules.no-deadline.enabled`, `workingHours`):
 *
 *   locked policy  >  the person's choice  >  policy default  >  built-in default
 *
 * "The person's choice" is a leaf they changed (recorded in `chosen`) or one whose stored value
 * differs from the built-in default (settings saved before policies existed). Pure: no storage.
 */
import { DEFAULT_SETTINGS, type Settings } from './schema';
import { NO_POLICY, settingsLeaves, type TeamPolicy } from './policy';

export type SettingSource = 'locked' | 'person' | 'team' | 'default';

export interface Resolved {
  settings: Settings;
  /** Every leaf's source; leaves not listed are `default`. */
  sources: ReadonlyMap<string, SettingSource>;
}

let leaves: string[] | null = null;
/** Computed once: walking the schema is cheap, but settings resolve on every change. */
export function leafPaths(): readonly string[] {
  return (leaves ??= settingsLeaves());
}

function getAt(obj: unknown, path: string): unknown {
  let cur = obj;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function setAt(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let cur = obj;
  for (const key of keys.slice(0, -1)) {
    const next = cur[key];
    cur = cur[key] = next && typeof next === 'object' ? { ...(next as Record<string, unknown>) } : {};
  }
  cur[keys.at(-1) as string] = structuredClone(value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function resolveSettings(stored: Settings, chosen: ReadonlySet<string>, policy: TeamPolicy = NO_POLICY): Resolved {
  const settings = structuredClone(stored) as unknown as Record<string, unknown>;
  const sources = new Map<string, SettingSource>();
  for (const path of leafPaths()) {
    const own = getAt(stored, path);
    if (policy.locked.has(path)) {
      setAt(settings, path, policy.locked.get(path));
      sources.set(path, 'locked');
    } else if (chosen.has(path) || !same(own, getAt(DEFAULT_SETTINGS, path))) {
      sources.set(path, 'person');
    } else if (policy.defaults.has(path)) {
      setAt(settings, path, policy.defaults.get(path));
      sources.set(path, 'team');
    }
  }
  return { settings: settings as unknown as Settings, sources };
}

/** The leaves whose values differ between two settings objects. */
export function changedLeaves(before: Settings, after: Settings): string[] {
  return leafPaths().filter((path) => !same(getAt(before, path), getAt(after, path)));
}

/** `stored` with the given leaves taken from `from`. */
export function withLeaves(stored: Settings, paths: readonly string[], from: Settings): Settings {
  const out = structuredClone(stored) as unknown as Record<string, unknown>;
  for (const path of paths) setAt(out, path, getAt(from, path));
  return out as unknown as Settings;
}
