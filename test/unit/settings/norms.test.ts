/** Team norms files: export the shareable part, import all or nothing. */
import { describe, expect, test } from 'vitest';
import { exportNorms, importNorms, NORMS_FORMAT } from '../../../utils/settings/norms';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings/schema';

/** A lead's settings with team choices and personal ones. */
function lead(): Settings {
  const s = structuredClone(DEFAULT_SETTINGS);
  s.rules['no-deadline'] = { enabled: false, sensitivity: 'balanced', extraPhrases: [], allow: [] };
  s.rules['false-urgency'] = { enabled: true, sensitivity: 'strict', extraPhrases: ['code red'], allow: ['urgent care'] };
  s.allowList = ['Project ASAP'];
  s.workingHours = { start: '08:30', end: '16:30', days: [1, 2, 3, 4] };
  s.largeMeetingGuests = 6;
  s.longMeetingMinutes = 45;
  s.hourlyRate = 85;
  s.currency = 'EUR';
  s.responseNorms = { urgent: 'within 2 hours', important: 'same day', normal: 'this week' };
  s.reviewBeforeSend = true;
  // Personal: never exported.
  s.timeZone = 'Europe/Lisbon';
  s.sites.slack = false;
  s.snoozeUntil = 1_900_000_000_000;
  s.statsRetentionDays = 90;
  return s;
}

/** A member's own settings before importing. */
function member(): Settings {
  const s = structuredClone(DEFAULT_SETTINGS);
  s.timeZone = 'Asia/Kolkata';
  s.sites.gcal = false;
  s.statsRetentionDays = 30;
  s.snoozeUntil = 1_800_000_000_000;
  return s;
}

const file = (value: unknown) => JSON.stringify(value);
const validFile = () => exportNorms(lead(), 'Platform team') as unknown as Record<string, unknown> & { settings: Record<string, unknown> };

describe('exportNorms', () => {
  test('holds the format header and only the shareable settings', () => {
    const out = exportNorms(lead(), '  Platform   team ');
    expect(out).toMatchObject({ format: NORMS_FORMAT, schemaVersion: 1, teamName: 'Platform team' });
    expect(new Date(out.exportedAt).toISOString()).toBe(out.exportedAt);
    expect(Object.keys(out.settings).sort()).toEqual(
      ['allowList', 'currency', 'hourlyRate', 'largeMeetingGuests', 'longMeetingMinutes', 'responseNorms', 'reviewBeforeSend', 'rules', 'workingHours'].sort(),
    );
    expect(exportNorms(lead())).not.toHaveProperty('teamName');
  });

  test('is a copy: changing it does not change the settings', () => {
    const s = lead();
    exportNorms(s).settings.allowList.push('changed');
    expect(s.allowList).toEqual(['Project ASAP']);
  });
});

describe('importNorms', () => {
  test('round trip: the team norms apply, personal settings and stats retention stay', () => {
    const result = importNorms(file(exportNorms(lead(), 'Platform team')), member());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const l = lead();
    const m = member();
    expect(result.teamName).toBe('Platform team');
    expect(result.settings).toEqual({
      ...m,
      rules: l.rules,
      allowList: l.allowList,
      workingHours: l.workingHours,
      largeMeetingGuests: 6,
      longMeetingMinutes: 45,
      hourlyRate: 85,
      currency: 'EUR',
      responseNorms: l.responseNorms,
      reviewBeforeSend: true,
    });
    expect(result.settings).toMatchObject({ timeZone: 'Asia/Kolkata', statsRetentionDays: 30, snoozeUntil: 1_800_000_000_000, sites: m.sites });
  });

  test('fields a file leaves out keep their current values', () => {
    const current = member();
    current.hourlyRate = 42;
    current.rules['vague-ask'] = { enabled: true, sensitivity: 'relaxed', extraPhrases: ['any ideas'], allow: [] };
    const text = file({ format: NORMS_FORMAT, schemaVersion: 1, settings: { rules: { 'vague-ask': { enabled: false } }, currency: 'GBP' } });
    const result = importNorms(text, current);
    expect(result.ok && result.settings.rules['vague-ask']).toEqual({ enabled: false, sensitivity: 'relaxed', extraPhrases: ['any ideas'], allow: [] });
    expect(result.ok && [result.settings.hourlyRate, result.settings.currency]).toEqual([42, 'GBP']);
  });

  test.each([
    ['not JSON', 'team norms: be nice', ['This file is not valid JSON: choose a team norms file exported from Async Nudge.']],
    ['empty', '', ['This file is not valid JSON: choose a team norms file exported from Async Nudge.']],
    ['JSON but not an object', '[1,2]', ['This is not an Async Nudge team norms file.']],
    ['another format', file({ format: 'something-else', schemaVersion: 1, settings: {} }), ['This is not an Async Nudge team norms file.']],
    ['a settings backup instead', file(DEFAULT_SETTINGS), ['This is not an Async Nudge team norms file.']],
    [
      'a newer version',
      file({ format: NORMS_FORMAT, schemaVersion: 2, settings: {} }),
      ['This team norms file was made by a newer version of Async Nudge (format version 2): update the extension to import it.'],
    ],
    ['no version', file({ format: NORMS_FORMAT, settings: {} }), ['This team norms file has an unknown format version.']],
    ['too large', ' '.repeat(300_000), ['This file is too large to be a team norms file.']],
  ])('%s → one clear error', (_, text, errors) => {
    expect(importNorms(text, member())).toEqual({ ok: false, errors });
  });

  test('invalid fields → every error listed by field, nothing applied', () => {
    const bad = validFile();
    const rules = bad.settings.rules as Record<string, Record<string, unknown>>;
    bad.settings = {
      ...bad.settings,
      rules: { ...rules, 'no-deadline': { ...rules['no-deadline'], sensitivity: 'loud' }, 'made-up': { enabled: true } },
      workingHours: { start: '17:00', end: '09:00', days: [1] },
      currency: 'XYZ',
      hourlyRate: -10,
      allowList: ['ok', 7],
      timeZone: 'Europe/Paris',
      statsRetentionDays: 7,
      colour: 'blue',
    };
    bad.teamName = 12;
    bad.extra = true;
    const current = member();
    const before = structuredClone(current);
    const result = importNorms(file(bad), current);
    expect(result).toEqual({
      ok: false,
      errors: [
        'extra: unknown field',
        'teamName: expected text of at most 80 characters',
        'settings.timeZone: personal setting, not part of team norms',
        'settings.statsRetentionDays: personal setting, not part of team norms',
        'settings.colour: unknown setting',
        'settings.rules.made-up: unknown rule',
        'settings.rules.no-deadline.sensitivity: expected strict, balanced or relaxed',
        'settings.allowList[1]: expected text',
        'settings.workingHours.end: must be after the start time',
        'settings.hourlyRate: must be 0 or more',
        'settings.currency: is not a known ISO 4217 currency code',
      ],
    });
    expect(current).toEqual(before);
  });

  test('settings that are not a group → an error, nothing applied', () => {
    expect(importNorms(file({ format: NORMS_FORMAT, schemaVersion: 1, settings: 'all of them' }), member())).toEqual({
      ok: false,
      errors: ['settings: expected a group of settings'],
    });
    expect(importNorms(file({ ...validFile(), settings: { ...validFile().settings, rules: 'strict' } }), member())).toEqual({
      ok: false,
      errors: ['settings.rules: expected a group of settings'],
    });
  });

  test('prototype-pollution keys are errors and pollute nothing', () => {
    const text = `{"format":"${NORMS_FORMAT}","schemaVersion":1,"settings":{"__proto__":{"polluted":true},"rules":{"__proto__":{"enabled":false}},"responseNorms":{"constructor":{"prototype":{"polluted":true}}}}}`;
    const result = importNorms(text, member());
    expect(result).toEqual({
      ok: false,
      errors: ['settings.__proto__: unknown setting', 'settings.rules.__proto__: unknown rule', 'settings.responseNorms.constructor: unknown setting'],
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
