/** Lenient reading: keep every valid field, reset only what is broken, say what was repaired. */
import { describe, expect, test } from 'vitest';
import { RULE_IDS as ruleIds } from '../../../utils/catalog/rules';
import { parseSettingsLenient } from '../../../utils/settings/parse';
import { DEFAULT_SETTINGS, settingsSchema, storedBytes, SYNC_BUDGET_BYTES } from '../../../utils/settings/schema';

describe('parseSettingsLenient', () => {
  test('nothing stored → defaults, no problems', () => {
    expect(parseSettingsLenient(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(parseSettingsLenient(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  test('valid settings come back unchanged, with no problems', () => {
    const s = { ...structuredClone(DEFAULT_SETTINGS), hourlyRate: 95, currency: 'EUR', timeZone: 'Asia/Tokyo' };
    expect(parseSettingsLenient(s)).toEqual({ settings: s, problems: [] });
  });

  test('the result is a fresh object, never the frozen defaults', () => {
    const { settings } = parseSettingsLenient({});
    settings.allowList.push('ok');
    settings.workingHours.days.push(6);
    expect(DEFAULT_SETTINGS.allowList).toEqual([]);
  });

  test('wrong types reset field by field and the rest is kept', () => {
    const { settings, problems } = parseSettingsLenient({
      sites: { gmail: false, slack: 'yes' },
      rules: {
        'no-deadline': { enabled: false, sensitivity: 'loud' },
        'false-urgency': { extraPhrases: ['code red', 42, '  ', 'code red', 'fire drill'] },
        'vague-ask': 'off',
        'made-up-rule': { enabled: false },
      },
      hourlyRate: '80',
      currency: 'eur',
      reviewBeforeSend: true,
      colour: 'blue',
    });
    expect(settings.sites).toEqual({ ...DEFAULT_SETTINGS.sites, gmail: false });
    expect(settings.rules['no-deadline']).toEqual({ enabled: false, sensitivity: 'balanced', extraPhrases: [], allow: [] });
    expect(settings.rules['false-urgency']?.extraPhrases).toEqual(['code red', 'fire drill']);
    expect(settings.rules['vague-ask']).toEqual(DEFAULT_SETTINGS.rules['vague-ask']);
    expect(settings.rules).not.toHaveProperty('made-up-rule');
    expect(settings.hourlyRate).toBe(DEFAULT_SETTINGS.hourlyRate);
    expect(settings.currency).toBe('EUR');
    expect(settings.reviewBeforeSend).toBe(true);
    expect(settings).not.toHaveProperty('colour');
    expect(problems).toEqual([
      'sites.slack: expected on or off (true or false) — reset to on',
      'rules.false-urgency.extraPhrases[1]: expected text — removed',
      'rules.false-urgency.extraPhrases[2]: must be at least 2 characters — removed',
      'rules.false-urgency.extraPhrases[3]: lists the same phrase twice — removed',
      'rules.no-deadline.sensitivity: expected strict, balanced or relaxed — reset to balanced',
      'rules.vague-ask: expected a group of settings — reset to the defaults',
      'rules.made-up-rule: unknown rule — ignored',
      'hourlyRate: expected a number — reset to 60',
      'colour: unknown setting — ignored',
    ]);
    expect(settingsSchema.safeParse(settings).success).toBe(true);
  });

  test('bad times and end-before-start reset only the times; the days are kept', () => {
    const bad = parseSettingsLenient({ workingHours: { start: '25:00', end: '18:00', days: [1, 2, 9, 3, 'x', 2] } });
    expect(bad.settings.workingHours).toEqual({ start: '09:00', end: '18:00', days: [1, 2, 3] });
    expect(bad.problems).toEqual([
      'workingHours.start: expected a 24-hour time like 09:00 — reset to 09:00',
      'workingHours.days[2]: must be at most 6 — removed',
      'workingHours.days[4]: expected a number — removed',
      'workingHours.days[5]: lists the same day twice — removed',
    ]);

    const reversed = parseSettingsLenient({ workingHours: { start: '08:00', end: '07:00', days: [0, 6] } });
    expect(reversed.settings.workingHours).toEqual({ start: '08:00', end: '17:00', days: [0, 6] });
    expect(reversed.problems).toEqual(['workingHours.end: must be after the start time — reset to 17:00']);

    const late = parseSettingsLenient({ workingHours: { start: '18:00', end: '07:00' } });
    expect(late.settings.workingHours).toEqual(DEFAULT_SETTINGS.workingHours);
    expect(late.problems).toHaveLength(2);

    expect(parseSettingsLenient({ workingHours: { days: ['mon'] } }).settings.workingHours.days).toEqual([1, 2, 3, 4, 5]);
  });

  test('bad zone, currency and numbers reset to their defaults', () => {
    const { settings, problems } = parseSettingsLenient({
      timeZone: 'Mars/Olympus_Mons',
      currency: 'XYZ',
      largeMeetingGuests: -3,
      longMeetingMinutes: 90,
      statsRetentionDays: 1e9,
      snoozeUntil: 'soon',
    });
    expect(settings).toMatchObject({
      timeZone: DEFAULT_SETTINGS.timeZone,
      currency: 'USD',
      largeMeetingGuests: 8,
      longMeetingMinutes: 90,
      statsRetentionDays: 365,
      snoozeUntil: null,
    });
    expect(problems).toEqual([
      `timeZone: expected an IANA time zone like Europe/Berlin — reset to ${DEFAULT_SETTINGS.timeZone}`,
      'currency: is not a known ISO 4217 currency code — reset to USD',
      'largeMeetingGuests: must be at least 1 — reset to 8',
      'snoozeUntil: expected a time (epoch ms) or null — reset to none',
      'statsRetentionDays: must be at most 3650 — reset to 365',
    ]);
  });

  test('lists keep their first valid items up to the limit', () => {
    const { settings, problems } = parseSettingsLenient({ allowList: Array.from({ length: 2000 }, (_, i) => `term ${i}`) });
    expect(settings.allowList).toHaveLength(100);
    expect(settings.allowList[0]).toBe('term 0');
    expect(problems.length).toBeLessThanOrEqual(41);
    expect(problems.at(-1)).toMatch(/^…and \d+ more problems$/);
  });

  test.each([
    ['a string', 'settings'],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['a boolean', true],
    ['a date', new Date()],
    ['a function', () => 1],
  ])('garbage (%s) → defaults and one problem', (_, value) => {
    const { settings, problems } = parseSettingsLenient(value);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual(['settings: expected a group of settings — reset to the defaults']);
  });

  test('prototype-pollution keys are reported and never applied', () => {
    const value = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "rules": {"__proto__": {"enabled": false}}, "sites": {"gmail": false}}',
    );
    const { settings, problems } = parseSettingsLenient(value);
    expect(settings.sites.gmail).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(settings.rules)).toBe(Object.prototype);
    expect(problems).toEqual(['rules.__proto__: unknown rule — ignored', '__proto__: unknown setting — ignored', 'constructor: unknown setting — ignored']);
  });

  test('hostile objects (throwing getters, proxies) never make it throw', () => {
    const throwing = Object.defineProperty({}, 'sites', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const value of [throwing, revoked.proxy]) {
      const { settings, problems } = parseSettingsLenient(value);
      expect(settingsSchema.safeParse(settings).success).toBe(true);
      expect(problems.length).toBeGreaterThan(0);
    }
  });

  test('huge objects are read in bounded time with a bounded problem list', () => {
    const huge: Record<string, unknown> = {};
    for (let i = 0; i < 100_000; i++) huge[`key${i}`] = i;
    huge.rules = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`rule-${i}`, {}]));
    const started = performance.now();
    const { settings, problems } = parseSettingsLenient(huge);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toHaveLength(41);
  });

  test('a value over the sync budget loses phrases from its longest lists until it fits', () => {
    const value = structuredClone(DEFAULT_SETTINGS);
    for (const id of ruleIds)
      value.rules[id] = {
        enabled: true,
        sensitivity: 'balanced',
        extraPhrases: Array.from({ length: 30 }, (_, i) => `a fairly long custom phrase ${i}`),
        allow: [],
      };
    const { settings, problems } = parseSettingsLenient(value);
    expect(storedBytes(settings)).toBeLessThanOrEqual(SYNC_BUDGET_BYTES);
    expect(settingsSchema.safeParse(settings).success).toBe(true);
    expect(problems[0]).toMatch(/^rules\.[a-z-]+\.extraPhrases: \d+ phrases removed to fit the sync storage limit$/);
  });
});
