/** The one settings schema: its defaults, its limits and its messages. */
import { describe, expect, test } from 'vitest';
import { DEFAULT_CONTEXT } from '../../../utils/analyzer/context';
import { RULE_IDS as ruleIds } from '../../../utils/catalog/rules';
import {
  DEFAULT_SETTINGS,
  formatIssues,
  PHRASES_PER_LIST,
  runtimeTimeZone,
  settingsSchema,
  storedBytes,
  SYNC_BUDGET_BYTES,
  type Settings,
} from '../../../utils/settings/schema';

const issues = (value: unknown) => {
  const r = settingsSchema.safeParse(value);
  return r.success ? [] : formatIssues(r.error);
};

describe('settings schema', () => {
  test('the defaults are valid and match PRODUCT.md and the analyzer', () => {
    expect(settingsSchema.parse(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.sites).toEqual({ gmail: true, slack: true, outlook: true, gcal: true, outlookCalendar: true });
    expect(DEFAULT_SETTINGS.workingHours).toEqual(DEFAULT_CONTEXT.workingHours);
    expect(DEFAULT_SETTINGS.responseNorms).toEqual({ urgent: 'under 4 hours', important: 'under 24 hours', normal: '2–3 days' });
    expect(DEFAULT_SETTINGS).toMatchObject({
      allowList: [],
      hourlyRate: DEFAULT_CONTEXT.hourlyRate,
      currency: DEFAULT_CONTEXT.currency,
      largeMeetingGuests: 8,
      longMeetingMinutes: 60,
      reviewBeforeSend: false,
      hintDelayMs: 600,
      snoozeUntil: null,
      statsRetentionDays: 365,
      timeZone: runtimeTimeZone(),
    });
  });

  test('every rule in the registry, message and event rules, has an entry', () => {
    expect(Object.keys(DEFAULT_SETTINGS.rules).sort()).toEqual([...ruleIds]);
    for (const id of ruleIds) expect(DEFAULT_SETTINGS.rules[id]).toEqual({ enabled: true, sensitivity: 'balanced', extraPhrases: [], allow: [] });
  });

  test('the defaults are frozen so no caller can change them for everyone', () => {
    expect(Object.isFrozen(DEFAULT_SETTINGS.allowList)).toBe(true);
    expect(() => (DEFAULT_SETTINGS.workingHours.days as number[]).push(6)).toThrow();
  });

  test('an empty object means all defaults', () => {
    expect(settingsSchema.parse({})).toEqual(DEFAULT_SETTINGS);
  });

  // U+202E (right-to-left override) made "under 4 hours" render as "sruoh 4 rednu" in the hint panel.
  test('bidi overrides, isolates and invisible marks are stripped from every free-text field', () => {
    const hidden = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
    const dirty = (text: string) => hidden.join('') + text.replace(' ', ` ${hidden.join('')}`) + hidden.join('');
    const s = settingsSchema.parse({
      responseNorms: { urgent: dirty('within 1h'), important: dirty('same day'), normal: dirty('this week') },
      allowList: [dirty('code red')],
      rules: { 'no-deadline': { extraPhrases: [dirty('by whenever')], allow: [dirty('no rush')] } },
    });
    expect(s.responseNorms).toEqual({ urgent: 'within 1h', important: 'same day', normal: 'this week' });
    expect(s.allowList).toEqual(['code red']);
    expect(s.rules['no-deadline']).toMatchObject({ extraPhrases: ['by whenever'], allow: ['no rush'] });
  });

  test('a norm of only invisible characters is empty, not accepted', () => {
    expect(issues({ responseNorms: { urgent: '\u202E\u200F' } })).toEqual(['responseNorms.urgent: must not be empty']);
  });

  test('phrases are trimmed, whitespace collapsed, currency upper-cased', () => {
    const s = settingsSchema.parse({ allowList: ['  code   red '], currency: ' eur ' });
    expect(s.allowList).toEqual(['code red']);
    expect(s.currency).toBe('EUR');
  });

  test.each([
    [{ rules: { 'no-deadline': { sensitivity: 'loud' } } }, 'rules.no-deadline.sensitivity: expected strict, balanced or relaxed'],
    [{ rules: { 'no-such-rule': {} } }, 'rules.no-such-rule: unknown rule'],
    [{ colour: 'blue' }, 'colour: unknown setting'],
    [{ workingHours: { start: '9am' } }, 'workingHours.start: expected a 24-hour time like 09:00'],
    [{ workingHours: { start: '18:00', end: '09:00' } }, 'workingHours.end: must be after the start time'],
    [{ workingHours: { days: [] } }, 'workingHours.days: pick at least one working day'],
    [{ workingHours: { days: [1, 7] } }, 'workingHours.days[1]: must be at most 6'],
    [{ timeZone: 'Mars/Olympus_Mons' }, 'timeZone: expected an IANA time zone like Europe/Berlin'],
    [{ currency: 'XYZ' }, 'currency: is not a known ISO 4217 currency code'],
    [{ currency: 'dollars' }, 'currency: expected a 3-letter currency code like USD or EUR'],
    [{ hourlyRate: -1 }, 'hourlyRate: must be 0 or more'],
    [{ hourlyRate: Number.NaN }, 'hourlyRate: expected a number'],
    [{ largeMeetingGuests: 2.5 }, 'largeMeetingGuests: expected a whole number'],
    [{ statsRetentionDays: 3 }, 'statsRetentionDays: must be at least 7'],
    [{ hintDelayMs: -1 }, 'hintDelayMs: must be at least 0'],
    [{ hintDelayMs: 2500 }, 'hintDelayMs: must be at most 2000'],
    [{ hintDelayMs: 600.5 }, 'hintDelayMs: expected a whole number'],
    [{ statsRetentionDays: 4000 }, 'statsRetentionDays: must be at most 3650'],
    [{ snoozeUntil: 'tomorrow' }, 'snoozeUntil: expected a time (epoch ms) or null'],
    [{ responseNorms: { urgent: '   ' } }, 'responseNorms.urgent: must not be empty'],
    [{ allowList: ['a'] }, 'allowList[0]: must be at least 2 characters'],
    [{ allowList: ['x'.repeat(61)] }, 'allowList[0]: must be at most 60 characters'],
    [{ allowList: ['(a|b)'] }, 'allowList[0]: must not contain ( ) or |'],
    [{ allowList: ['Foo', 'foo'] }, 'allowList: lists the same phrase twice'],
    [
      { rules: { 'false-urgency': { extraPhrases: Array.from({ length: PHRASES_PER_LIST + 1 }, (_, i) => `word ${i}`) } } },
      'rules.false-urgency.extraPhrases: at most 30 phrases',
    ],
    [{ sites: 'all' }, 'sites: expected a group of settings'],
  ])('%j → %s', (value, message) => {
    expect(issues(value)).toContain(message);
  });

  test('realistic settings fit chrome.storage.sync; more than the budget is refused, not spilled', () => {
    expect(storedBytes(DEFAULT_SETTINGS)).toBeLessThan(2500);
    const realistic: Settings = structuredClone(DEFAULT_SETTINGS);
    for (const id of ruleIds.slice(0, 6))
      realistic.rules[id] = { enabled: true, sensitivity: 'strict', extraPhrases: ['per our sync', 'circle back', 'quick sync'], allow: ['asap mode'] };
    realistic.allowList = Array.from({ length: 20 }, (_, i) => `project name ${i}`);
    expect(settingsSchema.safeParse(realistic).success).toBe(true);
    expect(storedBytes(realistic)).toBeLessThan(SYNC_BUDGET_BYTES);

    const huge: Settings = structuredClone(DEFAULT_SETTINGS);
    for (const id of ruleIds)
      huge.rules[id] = {
        enabled: true,
        sensitivity: 'balanced',
        extraPhrases: Array.from({ length: 30 }, (_, i) => `a fairly long custom phrase ${i}`),
        allow: [],
      };
    expect(issues(huge)[0]).toMatch(/^settings are too large to sync \(\d+\.\d KB of 7\.8 KB\)/);
  });
});
