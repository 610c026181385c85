/** Settings reach the analyzer: each option changes what `analyze` reports. */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../../utils/analyzer/analyze';
import type { EventInput } from '../../../utils/analyzer/types';
import { isSiteEnabled, isSnoozed, toAnalyzeContext } from '../../../utils/settings/context';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../utils/settings/schema';
import { findingText, words } from '../../../utils/i18n/finding-text';

type Patch = Omit<Partial<Settings>, 'rules'> & { rules?: Record<string, Partial<Settings['rules'][string]>> };

/** Defaults plus a patch, validated like a save would be. */
function settings(patch: Patch = {}): Settings {
  const rules = structuredClone(DEFAULT_SETTINGS.rules);
  for (const [id, rule] of Object.entries(patch.rules ?? {})) rules[id] = { ...rules[id], ...rule } as Settings['rules'][string];
  return settingsSchema.parse({ ...structuredClone(DEFAULT_SETTINGS), ...patch, rules });
}

const fired = (text: string, s: Settings, now?: number) => analyze({ kind: 'message', surface: 'email', text }, toAnalyzeContext(s, now)).map((f) => f.rule);

const meeting: EventInput = {
  kind: 'event',
  title: 'Roadmap planning',
  description: '',
  guests: 5,
  durationMinutes: 45,
  recurring: false,
  recurrenceEnds: false,
};

describe('toAnalyzeContext', () => {
  test('maps every field the analyzer reads', () => {
    const s = settings({ timeZone: 'Europe/Berlin', hourlyRate: 80, currency: 'EUR' });
    expect(toAnalyzeContext(s, 1_700_000_000_000)).toEqual({
      now: 1_700_000_000_000,
      timeZone: 'Europe/Berlin',
      workingHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
      hourlyRate: 80,
      currency: 'EUR',
      largeMeetingGuests: 8,
      longMeetingMinutes: 60,
      responseNorms: DEFAULT_SETTINGS.responseNorms,
      rules: s.rules,
      allowList: [],
      recentSends: [],
    });
    expect(toAnalyzeContext(s)).not.toHaveProperty('now');
  });

  test('calls for the same settings share the rules object (the analyzer caches its scanner by it)', () => {
    const s = settings();
    expect(toAnalyzeContext(s, 1).rules).toBe(toAnalyzeContext(s, 2).rules);
  });

  test('turning no-deadline off stops it firing on "Could you review my PR?"', () => {
    expect(fired('Could you review my PR?', settings())).toContain('no-deadline');
    expect(fired('Could you review my PR?', settings({ rules: { 'no-deadline': { enabled: false } } }))).not.toContain('no-deadline');
  });

  test("sensitivity strict lowers unstructured-wall's word limit", () => {
    const wall = `${Array.from({ length: 120 }, (_, i) => `word${i % 10}`).join(' ')}.`;
    expect(fired(wall, settings())).not.toContain('unstructured-wall');
    expect(fired(wall, settings({ rules: { 'unstructured-wall': { sensitivity: 'strict' } } }))).toContain('unstructured-wall');
  });

  test("an extra phrase makes false-urgency fire on the team's own word", () => {
    const text = 'Need the numbers, code red.';
    expect(fired(text, settings())).not.toContain('false-urgency');
    expect(fired(text, settings({ rules: { 'false-urgency': { extraPhrases: ['Code Red'] } } }))).toContain('false-urgency');
  });

  test('the global allow-list and a rule allow-list both suppress a trigger', () => {
    const text = 'Need the numbers ASAP.';
    expect(fired(text, settings())).toContain('false-urgency');
    expect(fired(text, settings({ allowList: ['asap'] }))).not.toContain('false-urgency');
    expect(fired(text, settings({ rules: { 'false-urgency': { allow: ['ASAP'] } } }))).not.toContain('false-urgency');
  });

  test('working hours, days and time zone drive after-hours', () => {
    const tuesday22utc = Date.parse('2026-11-24T22:10:00Z');
    expect(fired('Deploy is done.', settings(), tuesday22utc)).toContain('after-hours');
    // 22:10 UTC is 14:10 in Los Angeles.
    expect(fired('Deploy is done.', settings({ timeZone: 'America/Los_Angeles' }), tuesday22utc)).not.toContain('after-hours');
    expect(fired('Deploy is done.', settings({ timeZone: 'UTC', workingHours: { start: '14:00', end: '23:00', days: [2] } }), tuesday22utc)).not.toContain(
      'after-hours',
    );
  });

  test('meeting limits, hourly rate and currency reach the event rules', () => {
    const defaults = analyze(meeting, toAnalyzeContext(settings()));
    expect(defaults.map((f) => f.rule)).not.toContain('large-meeting');
    expect(defaults.find((f) => f.rule === 'meeting-cost')?.data).toMatchObject({ amount: 270 });
    expect(words(defaults.find((f) => f.rule === 'meeting-cost')?.data)).toMatchObject({ cost: '$270' });

    const tight = analyze(meeting, toAnalyzeContext(settings({ largeMeetingGuests: 4, longMeetingMinutes: 30, hourlyRate: 100, currency: 'EUR' })));
    expect(tight.map((f) => f.rule)).toEqual(expect.arrayContaining(['large-meeting', 'long-meeting']));
    expect(tight.find((f) => f.rule === 'meeting-cost')?.data).toMatchObject({ amount: 450 });
    expect(words(tight.find((f) => f.rule === 'meeting-cost')?.data)).toMatchObject({ cost: '€450' });
  });

  test("the team's response-time norms appear in suggestions", () => {
    const s = settings({ responseNorms: { urgent: 'within the hour', important: 'same day', normal: 'this week' } });
    const finding = analyze({ kind: 'message', surface: 'chat', text: 'Need the numbers ASAP.' }, toAnalyzeContext(s)).find((f) => f.rule === 'false-urgency');
    expect(finding && findingText(finding).suggestion).toContain('within the hour');
  });
});

describe('isSiteEnabled / isSnoozed', () => {
  test('sites by settings key or by site id', () => {
    const s = settings({ sites: { ...DEFAULT_SETTINGS.sites, outlookCalendar: false, slack: false } });
    expect(isSiteEnabled(s, 'gmail')).toBe(true);
    expect(isSiteEnabled(s, 'slack')).toBe(false);
    expect(isSiteEnabled(s, 'outlook-calendar')).toBe(false);
    expect(isSiteEnabled(s, 'outlookCalendar')).toBe(false);
  });

  test('snoozed until the moment passes', () => {
    expect(isSnoozed(settings(), 1000)).toBe(false);
    const s = settings({ snoozeUntil: 5000 });
    expect(isSnoozed(s, 4999)).toBe(true);
    expect(isSnoozed(s, 5000)).toBe(false);
  });
});
