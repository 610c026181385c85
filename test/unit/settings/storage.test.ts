/** The settings item in chrome.storage.sync, through WXT's storage and fakeBrowser. */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/schema';
import {
  defineSettingsItem,
  loadSettings,
  saveSettings,
  setRuleEnabled,
  SETTINGS_VERSION,
  settingsItem,
  SettingsValidationError,
  snooze,
  takeSettingsNotice,
  updateSettings,
  watchSettings,
} from '../../../utils/settings/storage';

const stored = async () => (await fakeBrowser.storage.sync.get('settings')).settings;
const changed = (patch: Partial<Settings>): Settings => ({ ...structuredClone(DEFAULT_SETTINGS), ...patch });

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings storage', () => {
  test('nothing stored → defaults, and loading writes nothing', async () => {
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(await stored()).toBeUndefined();
    expect(await takeSettingsNotice()).toBeNull();
  });

  test('save → load round trip through sync storage', async () => {
    const next = changed({ hourlyRate: 120, currency: 'EUR', reviewBeforeSend: true });
    await saveSettings(next);
    expect(await stored()).toEqual(next);
    expect((await loadSettings()).settings).toEqual(next);
  });

  test('saveSettings rejects invalid input with readable errors and writes nothing', async () => {
    const before = changed({ hourlyRate: 75 });
    await saveSettings(before);
    const bad = { ...before, hourlyRate: -5, workingHours: { start: '18:00', end: '09:00', days: [1] } };
    const error = await saveSettings(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsValidationError);
    expect((error as SettingsValidationError).issues).toEqual(['workingHours.end: must be after the start time', 'hourlyRate: must be 0 or more']);
    expect((error as Error).message).toBe('Settings not saved: workingHours.end: must be after the start time; hourlyRate: must be 0 or more');
    expect(await stored()).toEqual(before);
  });

  test('a rejected save does not block the next one', async () => {
    await expect(saveSettings({ ...DEFAULT_SETTINGS, currency: 'nope' })).rejects.toThrow('currency');
    await saveSettings(changed({ currency: 'GBP' }));
    expect((await loadSettings()).settings.currency).toBe('GBP');
  });

  test('corrupted storage is repaired, written back, and noted once for the person', async () => {
    await fakeBrowser.storage.sync.set({ settings: { hourlyRate: 'lots', currency: 'JPY', rules: { 'no-deadline': { sensitivity: 'loud' } } } });
    const { settings, problems } = await loadSettings();
    expect(settings).toEqual(changed({ currency: 'JPY' }));
    expect(problems).toEqual([
      'rules.no-deadline.sensitivity: expected strict, balanced or relaxed — reset to balanced',
      'hourlyRate: expected a number — reset to 60',
    ]);
    expect(await stored()).toEqual(settings);

    const notice = await takeSettingsNotice();
    expect(notice?.problems).toEqual(problems);
    expect(typeof notice?.at).toBe('number');
    expect(await takeSettingsNotice()).toBeNull();
    // Repaired: the next load is clean and does not raise the notice again.
    expect((await loadSettings()).problems).toEqual([]);
    expect(await takeSettingsNotice()).toBeNull();
  });

  test('repairs not yet shown accumulate in one notice', async () => {
    await fakeBrowser.storage.sync.set({ settings: { hourlyRate: 'lots' } });
    await loadSettings();
    await fakeBrowser.storage.sync.set({ settings: { currency: 1 } });
    await loadSettings();
    expect((await takeSettingsNotice())?.problems).toEqual([
      'hourlyRate: expected a number — reset to 60',
      'currency: expected a currency code like USD — reset to USD',
    ]);
  });

  test('updateSettings applies a change to the current value; concurrent updates all land', async () => {
    await Promise.all([
      updateSettings((s) => ({ ...s, hourlyRate: 99 })),
      updateSettings((s) => ({ ...s, reviewBeforeSend: true })),
      setRuleEnabled('no-deadline', false),
      setRuleEnabled('large-meeting', false),
    ]);
    const { settings } = await loadSettings();
    expect(settings.hourlyRate).toBe(99);
    expect(settings.reviewBeforeSend).toBe(true);
    expect(settings.rules['no-deadline']?.enabled).toBe(false);
    expect(settings.rules['large-meeting']?.enabled).toBe(false);
    expect(settings.rules['vague-ask']?.enabled).toBe(true);
  });

  test('setRuleEnabled refuses an unknown rule', async () => {
    await expect(setRuleEnabled('no-such-rule', false)).rejects.toThrow('rules.no-such-rule: unknown rule');
    expect(await stored()).toBeUndefined();
  });

  test('an update that produces invalid settings changes nothing', async () => {
    await saveSettings(changed({ hourlyRate: 10 }));
    await expect(updateSettings((s) => ({ ...s, hourlyRate: 10, statsRetentionDays: 1 }))).rejects.toBeInstanceOf(SettingsValidationError);
    expect(await stored()).toEqual(changed({ hourlyRate: 10 }));
  });

  test('snooze sets and clears snoozeUntil, and refuses nonsense', async () => {
    await snooze(1_800_000_000_000);
    expect((await loadSettings()).settings.snoozeUntil).toBe(1_800_000_000_000);
    await snooze(null);
    expect((await loadSettings()).settings.snoozeUntil).toBeNull();
    await expect(snooze(-1)).rejects.toThrow('snoozeUntil: must not be negative');
  });

  test('watchSettings reports changes (as another tab would see them) until unwatched', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await saveSettings(changed({ hourlyRate: 42 }));
    // Another page writing straight to storage, even something broken, arrives repaired.
    await fakeBrowser.storage.sync.set({ settings: { ...changed({ hourlyRate: 43 }), currency: 'not money' } });
    await settingsItem().removeValue();
    unwatch();
    await saveSettings(changed({ hourlyRate: 44 }));
    expect(seen.map((s) => [s.hourlyRate, s.currency])).toEqual([
      [42, 'USD'],
      [43, 'USD'],
      [60, 'USD'],
    ]);
  });
});

describe('settings migrations', () => {
  // WXT has no v0: a value stored without a version counts as v1, so a future v2 migrates from it.
  const v1Stored = {
    ...structuredClone(DEFAULT_SETTINGS),
    hourlyRate: 80,
    sites: { gmail: false, slack: true, outlook: true, gcal: true, outlookCalendar: true },
  };
  const toV2 = (old: unknown) => {
    const { sites, ...rest } = old as { sites: Record<string, boolean> };
    return { ...rest, sites: { ...sites, outlookCalendar: sites.outlook }, renamedInV2: true };
  };

  test('a later version runs its migration on stored v1 data once and records the new version', async () => {
    await fakeBrowser.storage.sync.set({ settings: v1Stored });
    const v2 = defineSettingsItem(2, { 2: toV2 });
    const migrated = (await v2.getValue()) as Record<string, unknown>;
    expect(migrated).toMatchObject({ hourlyRate: 80, renamedInV2: true });
    expect((await fakeBrowser.storage.sync.get('settings$'))['settings$']).toEqual({ v: 2 });

    // A second start at v2 does not migrate again.
    let runs = 0;
    await defineSettingsItem(2, { 2: (old) => (runs++, old) }).getValue();
    expect(runs).toBe(0);
  });

  test('whatever a migration leaves behind is still read leniently', async () => {
    await fakeBrowser.storage.sync.set({ settings: v1Stored });
    await defineSettingsItem(2, { 2: toV2 }).getValue();
    const { settings, problems } = await loadSettings();
    expect(settings.hourlyRate).toBe(80);
    expect(settings.sites.gmail).toBe(false);
    expect(problems).toEqual(['renamedInV2: unknown setting — ignored']);
  });

  test('no data stored → no migration runs, defaults apply', async () => {
    let runs = 0;
    const v2 = defineSettingsItem(2, { 2: (old) => (runs++, old) });
    expect(await v2.getValue()).toEqual(DEFAULT_SETTINGS);
    expect(runs).toBe(0);
  });

  test('a fresh install records its version on the first save, so a later version migrates only from there', async () => {
    await defineSettingsItem(2, { 2: toV2 }).setValue(v1Stored);
    expect((await fakeBrowser.storage.sync.get('settings$'))['settings$']).toEqual({ v: 2 });
    const ran: number[] = [];
    await defineSettingsItem(3, { 2: (old) => (ran.push(2), old), 3: (old) => (ran.push(3), old) }).getValue();
    expect(ran).toEqual([3]);
  });

  test('the current version has no migrations to run on v1 data', async () => {
    await fakeBrowser.storage.sync.set({ settings: v1Stored, settings$: { v: 1 } });
    expect(await defineSettingsItem(SETTINGS_VERSION, {}).getValue()).toEqual(v1Stored);
  });
});
