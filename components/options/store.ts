/**
 * The options page's view of the settings: the stored value, live from every page and device,
 * and one way to change it: validate the whole result with the schema first, save only when
 * it passes, and hand the problems back to the field that caused them.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from '@/utils/zod';
import { t } from '@/utils/i18n';
import type { SettingSource } from '@/utils/settings/effective';
import { NO_POLICY, type TeamPolicy } from '@/utils/settings/policy';
import { formatPath, settingsSchema, type Settings, unknownKey } from '@/utils/settings/schema';
import {
  loadSettings,
  loadSettingsView,
  type SettingsNotice,
  type SettingsView,
  SettingsValidationError,
  takeSettingsNotice,
  updateSettings,
  watchSettingsView,
} from '@/utils/settings/storage';

/** What the team's policy sets: each leaf's source and the policy itself (its name, lock reason, problems). */
export interface TeamState {
  sources: ReadonlyMap<string, SettingSource>;
  policy: TeamPolicy;
}

const NO_TEAM: TeamState = { sources: new Map(), policy: NO_POLICY };

/** One problem with a proposed value: `path` as the schema names it (`workingHours.end`). */
export interface Issue {
  path: string;
  message: string;
}

export type Change = (current: Settings) => Settings;

export type Checked = { ok: true; settings: Settings } | { ok: false; issues: Issue[] };

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

export interface SettingsStore {
  settings: Settings;
  /** Bumped when the settings change from outside this page (another tab, a sync, an import): fields reset their drafts. */
  version: number;
  saveState: SaveState;
  /** Which values come from the team, and which of them are locked. */
  team: TeamState;
  /** Fields whose current input is invalid and so not saved. */
  invalidFields: ReadonlySet<string>;
  check(change: Change): Checked;
  /** Validates, then saves. Resolves to the problems (empty when saved). */
  save(change: Change): Promise<Issue[]>;
  setInvalid(field: string, invalid: boolean): void;
  /**
   * Writes a change made of many fields at once (an import) and resets every field to the result.
   * `change` may throw to write nothing; the error is passed on.
   */
  replace(change: Change): Promise<Settings>;
}

export function issuesOf(error: z.core.$ZodError): Issue[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: unknownKey(issue.path.at(-1)) }));
    return [{ path: formatPath(issue.path), message: issue.message }];
  });
}

export function checkSettings(next: Settings): Checked {
  const parsed = settingsSchema.safeParse(next);
  return parsed.success ? { ok: true, settings: parsed.data } : { ok: false, issues: issuesOf(parsed.error) };
}

/** The last few values this page wrote, to tell their storage echoes from outside changes. */
const OWN_WRITES_KEPT = 20;

export function useSettingsStore(): { store: SettingsStore | null; notice: SettingsNotice | null; dismissNotice(): void; loadError: string | null } {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [version, setVersion] = useState(0);
  const [pending, setPending] = useState(0);
  const [result, setResult] = useState<SaveState>({ kind: 'idle' });
  const [invalidFields, setInvalidFields] = useState<ReadonlySet<string>>(() => new Set());
  const [notice, setNotice] = useState<SettingsNotice | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [team, setTeam] = useState<TeamState>(NO_TEAM);
  // Read by callbacks between renders: the settings every new change is checked against.
  const latest = useRef<Settings | null>(null);
  const ownWrites = useRef<string[]>([]);
  const lastSave = useRef(0);

  const expectWrite = useCallback((s: Settings) => {
    ownWrites.current = [...ownWrites.current, JSON.stringify(s)].slice(-OWN_WRITES_KEPT);
  }, []);

  const show = useCallback((s: Settings) => {
    latest.current = s;
    setSettings(s);
  }, []);

  useEffect(() => {
    let live = true;
    const unwatch = watchSettingsView((view: SettingsView) => {
      setTeam({ sources: view.sources, policy: view.policy });
      const next = view.settings;
      const text = JSON.stringify(next);
      // This page's own writes: already shown, and an early echo must not undo a later change.
      const own = ownWrites.current.indexOf(text);
      if (own >= 0) {
        ownWrites.current = ownWrites.current.filter((_, i) => i !== own);
        return;
      }
      if (text === JSON.stringify(latest.current)) return;
      show(next);
      setVersion((v) => v + 1);
    });
    loadSettingsView()
      .then(async ({ settings: loaded, sources, policy }) => {
        if (live) setTeam({ sources, policy });
        if (live && !latest.current) show(loaded);
        // Read after loading, which records any repair it made. Reading clears it, so keep whatever comes back.
        const taken = await takeSettingsNotice();
        if (taken) setNotice(taken);
      })
      .catch((error: unknown) => setLoadError(error instanceof Error ? error.message : String(error)));
    return () => {
      live = false;
      unwatch();
    };
  }, [show]);

  const check = useCallback((change: Change): Checked => {
    if (!latest.current) return { ok: false, issues: [{ path: '', message: t('options.field.stillLoading') }] };
    return checkSettings(change(latest.current));
  }, []);

  const save = useCallback(
    async (change: Change): Promise<Issue[]> => {
      const checked = check(change);
      if (!checked.ok) return checked.issues;
      // Shown at once; the write below starts from what is stored, so changes from elsewhere are kept.
      show(checked.settings);
      expectWrite(checked.settings);
      const seq = ++lastSave.current;
      setPending((n) => n + 1);
      try {
        const saved = await updateSettings(change);
        // Differs only when another page changed something meanwhile.
        if (JSON.stringify(saved) !== JSON.stringify(checked.settings)) expectWrite(saved);
        // Writes run in order, so the newest save's result already holds the older ones.
        if (seq === lastSave.current) show(saved);
        setResult({ kind: 'saved' });
        return [];
      } catch (error) {
        const { settings: stored } = await loadSettings().catch(() => ({ settings: null }));
        if (stored) show(stored);
        if (error instanceof SettingsValidationError) {
          setResult({ kind: 'idle' });
          return error.issues.map((message) => ({ path: '', message }));
        }
        setResult({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
        return [];
      } finally {
        setPending((n) => n - 1);
      }
    },
    [check, expectWrite, show],
  );

  const setInvalid = useCallback((field: string, invalid: boolean) => {
    setInvalidFields((prev) => {
      if (prev.has(field) === invalid) return prev;
      const next = new Set(prev);
      if (invalid) next.add(field);
      else next.delete(field);
      return next;
    });
  }, []);

  const replace = useCallback(
    async (change: Change): Promise<Settings> => {
      const seq = ++lastSave.current;
      setPending((n) => n + 1);
      try {
        const saved = await updateSettings(change);
        if (seq === lastSave.current) show(saved);
        setVersion((v) => v + 1);
        setResult({ kind: 'saved' });
        return saved;
      } finally {
        setPending((n) => n - 1);
      }
    },
    [show],
  );

  const dismissNotice = useCallback(() => setNotice(null), []);

  const store: SettingsStore | null = settings
    ? { settings, version, saveState: pending > 0 ? { kind: 'saving' } : result, team, invalidFields, check, save, setInvalid, replace }
    : null;
  return { store, notice, dismissNotice, loadError };
}
