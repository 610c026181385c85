/**
 * Team policy from managed storage: each field checked on its own (bad ones ignored with a named
 * reason, the rest applied), and the precedence locked policy > person's choice > policy default >
 * built-in default, leaf by leaf, through the same storage functions every page uses.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { resolveSettings } from '../../../utils/settings/effective';
import { loadTeamPolicy } from '../../../utils/settings/managed';
import { isEmptyPolicy, NO_POLICY, parseTeamPolicy } from '../../../utils/settings/policy';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/schema';
import { loadSettings, loadSettingsView, SettingsValidationError, updateSettings, watchSettings } from '../../../utils/settings/storage';

const defaults = (): Settings => structuredClone(DEFAULT_SETTINGS);
const setPolicy = (policy: Record<string, unknown>) => fakeBrowser.storage.managed.set(policy);

beforeEach(() => {
  fakeBrowser.reset();
});

describe('parseTeamPolicy: repair field by field', () => {
  test('nothing in managed storage → no policy', () => {
    expect(parseTeamPolicy({})).toBe(NO_POLICY);
    expect(parseTeamPolicy(undefined)).toBe(NO_POLICY);
    expect(isEmptyPolicy(parseTeamPolicy({}))).toBe(true);
  });

  test('a valid policy: defaults and locks by leaf path, hours as one value, meeting norms and roster', () => {
    const p = parseTeamPolicy({
      teamName: 'Platform',
      lockReason: 'Agreed in the Q3 retro',
      skipOnboarding: true,
      defaults: { hourlyRate: 90, workingHours: { start: '08:00', end: '16:00', days: [1, 2, 3, 4] }, rules: { 'no-deadline': { sensitivity: 'strict' } } },
      locked: { currency: 'eur', rules: { 'greeting-only': { enabled: true } }, responseNorms: { urgent: 'within 2 hours' } },
      noMeetingDays: [3, 3],
      focusBlocks: [{ name: 'Focus', days: [2, 4], start: '09:00', end: '12:00' }],
      roster: [{ id: 'maria@example.com', timeZone: 'Europe/Berlin' }],
    });
    expect(p.problems).toEqual([]);
    expect(p.skipOnboarding).toBe(true);
    expect([...p.defaults]).toEqual([
      ['hourlyRate', 90],
      ['workingHours', { start: '08:00', end: '16:00', days: [1, 2, 3, 4] }],
      ['rules.no-deadline.sensitivity', 'strict'],
    ]);
    // Values are normalised as the settings schema does it (currency upper-cased).
    expect([...p.locked]).toEqual([
      ['currency', 'EUR'],
      ['rules.greeting-only.enabled', true],
      ['responseNorms.urgent', 'within 2 hours'],
    ]);
    expect(p.noMeetingDays).toEqual([3]);
    expect(p.roster).toEqual([{ id: 'maria@example.com', timeZone: 'Europe/Berlin' }]);
  });

  test('each invalid field is ignored with its path and reason; every valid one still applies', () => {
    const p = parseTeamPolicy({
      teamName: 42,
      defaults: {
        hourlyRate: -5,
        longMeetingMinutes: 45,
        snoozeUntil: 1,
        colour: 'red',
        rules: { 'no-such-rule': { enabled: false }, 'ask-to-ask': { enabled: 'yes', sensitivity: 'relaxed' } },
      },
      locked: { workingHours: { start: '18:00', end: '09:00' }, timeZone: 'Mars/Olympus', currency: 'EUR' },
      focusBlocks: [
        { name: 'Focus', days: [2], start: '12:00', end: '09:00' },
        { name: 'Deep work', days: [5], start: '13:00', end: '17:00' },
      ],
      roster: [
        { id: 'ok@example.com', timeZone: 'Asia/Tokyo' },
        { id: 'bad@example.com', timeZone: 'Nowhere' },
      ],
      extra: true,
    });
    expect(p.problems).toEqual([
      'extra: unknown setting — ignored',
      'teamName: expected text — ignored',
      'defaults.hourlyRate: must be 0 or more — ignored',
      'defaults.snoozeUntil: personal setting, not part of team norms — ignored',
      'defaults.colour: unknown setting — ignored',
      'defaults.rules.no-such-rule: unknown rule — ignored',
      'defaults.rules.ask-to-ask.enabled: expected on or off (true or false) — ignored',
      'locked.workingHours: must be after the start time — ignored',
      'locked.timeZone: expected an IANA time zone like Europe/Berlin — ignored',
      'focusBlocks[0].end: must be after the start time — ignored',
      'roster[1].timeZone: expected an IANA time zone like Europe/Berlin — ignored',
    ]);
    expect(p.teamName).toBeUndefined();
    expect([...p.defaults]).toEqual([
      ['longMeetingMinutes', 45],
      ['rules.ask-to-ask.sensitivity', 'relaxed'],
    ]);
    expect([...p.locked]).toEqual([['currency', 'EUR']]);
    expect(p.focusBlocks.map((b) => b.name)).toEqual(['Deep work']);
    expect(p.roster.map((r) => r.id)).toEqual(['ok@example.com']);
  });

  test('garbage of any shape never throws', () => {
    for (const raw of [[], 'x', 7, { defaults: [] }, { locked: 'all' }, { roster: {} }, { noMeetingDays: 'wed' }]) {
      expect(() => parseTeamPolicy(raw)).not.toThrow();
      expect(parseTeamPolicy(raw).defaults.size + parseTeamPolicy(raw).locked.size).toBe(0);
    }
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    expect(parseTeamPolicy(hostile).problems).toHaveLength(1);
  });
});

describe('precedence: locked policy > person > policy default > built-in default', () => {
  const policy = parseTeamPolicy({
    defaults: { hourlyRate: 90, largeMeetingGuests: 6, longMeetingMinutes: 30 },
    locked: { currency: 'EUR', largeMeetingGuests: 5 },
  });

  test('leaf by leaf, with where each value comes from', () => {
    const stored = { ...defaults(), hourlyRate: 120, currency: 'GBP', largeMeetingGuests: 20 };
    const { settings, sources } = resolveSettings(stored, new Set(), policy);
    expect(settings.currency).toBe('EUR'); // locked beats the person's GBP
    expect(sources.get('currency')).toBe('locked');
    expect(settings.largeMeetingGuests).toBe(5); // locked beats both the person's and the team default
    expect(settings.hourlyRate).toBe(120); // the person's choice beats the team default
    expect(sources.get('hourlyRate')).toBe('person');
    expect(settings.longMeetingMinutes).toBe(30); // team default beats the built-in 60
    expect(sources.get('longMeetingMinutes')).toBe('team');
    expect(settings.statsRetentionDays).toBe(DEFAULT_SETTINGS.statsRetentionDays);
    expect(sources.get('statsRetentionDays')).toBeUndefined();
  });

  test('a person who picked the built-in value on purpose keeps it over the team default', () => {
    const { settings, sources } = resolveSettings(defaults(), new Set(['longMeetingMinutes']), policy);
    expect(settings.longMeetingMinutes).toBe(DEFAULT_SETTINGS.longMeetingMinutes);
    expect(sources.get('longMeetingMinutes')).toBe('person');
  });

  test('through storage: team defaults stay out of what is saved; a change becomes the person’s choice; locked leaves refuse', async () => {
    await setPolicy({ defaults: { longMeetingMinutes: 30, hourlyRate: 90 }, locked: { currency: 'EUR' } });
    expect((await loadSettings()).settings).toMatchObject({ longMeetingMinutes: 30, hourlyRate: 90, currency: 'EUR' });

    // Changing one field saves that field only, not the team's values around it.
    await updateSettings((s) => ({ ...s, reviewBeforeSend: true }));
    const stored = (await fakeBrowser.storage.sync.get('settings')).settings as Settings;
    expect(stored).toMatchObject({ reviewBeforeSend: true, longMeetingMinutes: 60, hourlyRate: DEFAULT_SETTINGS.hourlyRate, currency: 'USD' });

    // Setting the built-in value on purpose is remembered, so the team default no longer applies.
    await updateSettings((s) => ({ ...s, longMeetingMinutes: 60 }));
    expect((await loadSettings()).settings.longMeetingMinutes).toBe(60);
    expect((await loadSettingsView()).sources.get('longMeetingMinutes')).toBe('person');

    await expect(updateSettings((s) => ({ ...s, currency: 'USD' }))).rejects.toThrow(SettingsValidationError);
    await expect(updateSettings((s) => ({ ...s, currency: 'USD' }))).rejects.toMatchObject({ issues: ["currency: locked by your team's policy"] });
  });

  test('IT changing the policy reaches every page live', async () => {
    const seen: number[] = [];
    const unwatch = watchSettings((s) => seen.push(s.hourlyRate));
    await setPolicy({ defaults: { hourlyRate: 75 } });
    await expect.poll(() => seen.at(-1)).toBe(75);
    unwatch();
  });

  test('a slow first policy read (Chrome at startup) does not hold the page up; the policy follows through the watchers', async () => {
    await setPolicy({ defaults: { hourlyRate: 75 } });
    const managed = fakeBrowser.storage.managed;
    const get = managed.get;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((done) => (release = done));
    managed.get = ((keys: null) => gate.then(() => get.call(managed, keys))) as typeof managed.get;
    try {
      const seen: number[] = [];
      const unwatch = watchSettings((s) => seen.push(s.hourlyRate));
      expect((await loadSettings()).settings.hourlyRate).toBe(DEFAULT_SETTINGS.hourlyRate);
      release();
      await expect.poll(() => seen.at(-1)).toBe(75);
      unwatch();
    } finally {
      managed.get = get;
    }
  });

  test('a slow first read shared by every caller is reported once; landing with no policy is no change at all', async () => {
    const managed = fakeBrowser.storage.managed;
    const get = managed.get;
    let reads = 0;
    const gated = (policy: Record<string, unknown>) => {
      let release: () => void = () => undefined;
      const gate = new Promise<void>((done) => (release = done));
      managed.get = ((keys: null) => {
        reads++;
        return gate.then(() => get.call(managed, keys));
      }) as typeof managed.get;
      return { release, ready: setPolicy(policy) };
    };
    const settle = () => new Promise((done) => setTimeout(done, 50));
    try {
      // No policy: the page's watcher, and three more readers, all give up on one slow read.
      let none = gated({});
      await none.ready;
      const quiet: unknown[] = [];
      let unwatch = watchSettings((s) => quiet.push(s));
      await Promise.all([loadSettings(), loadSettings(), loadSettingsView()]);
      expect(reads).toBe(1);
      none.release();
      await settle();
      expect(quiet).toEqual([]);
      unwatch();

      // A policy: the same wait, and the watcher hears it once.
      fakeBrowser.reset();
      reads = 0;
      none = gated({ defaults: { hourlyRate: 75 } });
      await none.ready;
      const seen: number[] = [];
      unwatch = watchSettings((s) => seen.push(s.hourlyRate));
      await Promise.all([loadSettings(), loadSettings(), loadSettingsView()]);
      none.release();
      await expect.poll(() => seen).toEqual([75]);
      await settle();
      expect(seen).toEqual([75]);
      expect(reads).toBe(1);
      unwatch();
    } finally {
      managed.get = get;
    }
  });

  test('no managed storage at all (Firefox without policies.json rejects the read) → no policy', async () => {
    const managed = fakeBrowser.storage.managed;
    const get = managed.get;
    managed.get = () => Promise.reject(new Error('Managed storage manifest not found'));
    try {
      expect(await loadTeamPolicy()).toBe(NO_POLICY);
      expect((await loadSettings()).settings).toEqual(DEFAULT_SETTINGS);
    } finally {
      managed.get = get;
    }
  });
});
