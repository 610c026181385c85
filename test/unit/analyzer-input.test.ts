/**
 * analyze() checks its input at the edge: a number that arrived as NaN, Infinity or below zero,
 * an impossible clock, or a context clock Date cannot hold never throws and never reaches a
 * rule that would print "$NaN"; the rules that need the field are skipped.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../utils/analyzer';
import type { EventInput } from '../../utils/analyzer/types';

const event: EventInput = {
  kind: 'event',
  title: 'Budget review',
  description: '',
  guests: 12,
  durationMinutes: 90,
  recurring: false,
  recurrenceEnds: false,
  start: '2026-11-24T07:00',
};
const rules = (e: EventInput, ctx = {}) => analyze(e, ctx).map((f) => f.rule);

describe('event input', () => {
  test('the valid event gets its usual findings', () => {
    expect(rules(event)).toEqual(expect.arrayContaining(['large-meeting', 'long-meeting', 'meeting-cost', 'no-agenda', 'outside-hours']));
  });

  test.each([
    ['guests NaN', { guests: Number.NaN }, ['large-meeting', 'meeting-cost', 'no-agenda']],
    ['guests Infinity', { guests: Number.POSITIVE_INFINITY }, ['large-meeting', 'meeting-cost', 'no-agenda']],
    ['guests negative', { guests: -3 }, ['large-meeting', 'meeting-cost', 'no-agenda']],
    ['duration NaN', { durationMinutes: Number.NaN }, ['long-meeting', 'meeting-cost', 'outside-hours']],
    ['duration Infinity', { durationMinutes: Number.POSITIVE_INFINITY }, ['long-meeting', 'meeting-cost', 'outside-hours']],
    ['duration negative', { durationMinutes: -30 }, ['long-meeting', 'meeting-cost', 'outside-hours']],
    ['month 13, hour 25', { start: '2026-13-45T25:99' }, ['outside-hours']],
    ['hour 24', { start: '2026-11-24T24:00' }, ['outside-hours']],
    ['31 February', { start: '2026-02-31T07:00' }, ['outside-hours']],
  ] as const)('%s: no throw, the rules that need it are skipped', (_why, patch, skipped) => {
    const out = analyze({ ...event, ...patch }, {});
    const ids = out.map((f) => f.rule);
    for (const id of skipped) expect(ids).not.toContain(id);
    // Every number in the findings is a real number.
    expect(JSON.stringify(out)).not.toMatch(/null|NaN|Infinity/);
  });

  test('the other rules still run on the valid fields', () => {
    expect(rules({ ...event, start: '2026-13-45T25:99' })).toEqual(expect.arrayContaining(['large-meeting', 'long-meeting', 'meeting-cost', 'no-agenda']));
  });

  test('a non-finite hourly rate skips meeting-cost only', () => {
    const ids = rules(event, { hourlyRate: Number.NaN });
    expect(ids).not.toContain('meeting-cost');
    expect(ids).toContain('large-meeting');
  });
});

describe('context clock', () => {
  const message = { kind: 'message', surface: 'chat', text: 'hi' } as const;
  test.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e20])('now = %s: no throw, no after-hours', (now) => {
    expect(() => analyze(message, { now })).not.toThrow();
    expect(analyze(message, { now }).map((f) => f.rule)).not.toContain('after-hours');
  });

  test('sends with an unusable time are ignored, not thrown on', () => {
    const now = Date.UTC(2026, 10, 24, 10);
    expect(() => analyze(message, { now, recentSends: [{ at: Number.NaN, chars: 3 }] })).not.toThrow();
  });
});
