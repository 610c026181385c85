/** The team's meeting norms as pure functions: end early, no-meeting days and focus blocks, invitee replies. */
import { describe, expect, test } from 'vitest';
import type { EventInput, Finding } from '../../../utils/analyzer/types';
import { endEarly, inviteeReplies, teamTimeConflict } from '../../../utils/team/meetings';

const event = (patch: Partial<EventInput>): EventInput => ({
  kind: 'event',
  title: 'Roadmap review',
  description: '',
  guests: 3,
  durationMinutes: 60,
  recurring: false,
  recurrenceEnds: false,
  // A Wednesday.
  start: '2026-12-09T10:00',
  ...patch,
});

const norms = {
  noMeetingDays: [3],
  focusBlocks: [{ name: 'Focus', days: [2, 4], start: '09:00', end: '12:00' }],
};

describe('end early', () => {
  test.each([
    [30, 5, 'a 30-minute meeting: end at 25'],
    [60, 10, 'an hour: end at 50'],
  ])('%i minutes → %i early (%s)', (durationMinutes, earlyMinutes) => {
    expect(endEarly(event({ durationMinutes }))).toEqual({ kind: 'end-early', durationMinutes, earlyMinutes });
  });
  test.each([
    [45, 'no calendar preset for 45 minutes'],
    [25, 'already short'],
    [90, 'long-meeting speaks to that'],
  ])('%i minutes → nothing (%s)', (durationMinutes) => {
    expect(endEarly(event({ durationMinutes }))).toBeNull();
  });
  test('no guests, no meeting to shorten', () => {
    expect(endEarly(event({ guests: 0 }))).toBeNull();
  });
});

describe('team time', () => {
  test('on the no-meeting day', () => {
    expect(teamTimeConflict(event({}), norms)).toEqual({ kind: 'no-meeting-day', day: 3 });
  });
  test('overlapping a focus block, at either edge', () => {
    // Thursday 11:30–12:30 overlaps 09:00–12:00; Tuesday 08:30–09:30 too.
    expect(teamTimeConflict(event({ start: '2026-12-10T11:30' }), norms)).toMatchObject({ kind: 'focus-block', name: 'Focus', day: 4 });
    expect(teamTimeConflict(event({ start: '2026-12-08T08:30' }), norms)).toMatchObject({ kind: 'focus-block', day: 2 });
  });
  test('touching a block is not overlapping it; other days and no start are fine', () => {
    expect(teamTimeConflict(event({ start: '2026-12-10T12:00' }), norms)).toBeNull();
    expect(teamTimeConflict(event({ start: '2026-12-10T08:00' }), norms)).toBeNull();
    expect(teamTimeConflict(event({ start: '2026-12-07T10:00' }), norms)).toBeNull();
    expect(teamTimeConflict(event({ start: undefined }), norms)).toBeNull();
    expect(teamTimeConflict(event({ guests: 0 }), norms)).toBeNull();
  });
});

describe('invitee replies', () => {
  const finding = (rule: string) => ({ rule }) as Finding;
  test('no agenda → ask for one; status meeting → a written update; both; neither', () => {
    expect(inviteeReplies([finding('no-agenda')])).toEqual(['ask-agenda']);
    expect(inviteeReplies([finding('status-meeting')])).toEqual(['written-update']);
    expect(inviteeReplies([finding('status-meeting'), finding('no-agenda'), finding('meeting-cost')])).toEqual(['ask-agenda', 'written-update']);
    expect(inviteeReplies([finding('meeting-cost')])).toEqual([]);
  });
});
