/** The reader's local time as pure functions: masking, places, Slack's shown times, outside-hours with the next start. */
import { describe, expect, test } from 'vitest';
import { maskAddress, parseShownTime, placeOf, readersOutsideHours } from '../../../utils/team/recipient-time';

// Monday 7 December 2026, 22:10 UTC: 23:10 in Berlin, 17:10 in New York, 07:10 Tuesday in Tokyo.
const NOW = Date.UTC(2026, 11, 7, 22, 10);
const roster = [
  { id: 'maria@example.com', timeZone: 'Europe/Berlin' },
  { id: 'kenji@example.com', timeZone: 'Asia/Tokyo' },
  { id: 'sam@example.com', timeZone: 'America/New_York', workingHours: { start: '08:00', end: '18:00', days: [1, 2, 3, 4, 5] } },
  { id: 'U05JONAS01', timeZone: 'Europe/Berlin' },
];
const email = (address: string) => ({ kind: 'email' as const, address });

describe('pieces', () => {
  test('addresses are masked to their local part', () => {
    expect(maskAddress('maria.schmidt@example.com')).toBe('maria.schmidt@…');
  });
  test('time zones read as their city', () => {
    expect(placeOf('Europe/Berlin')).toBe('Berlin');
    expect(placeOf('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
  });
  test.each([
    ['11:10 PM local time', 23 * 60 + 10],
    ['12:05 am', 5],
    ['23:10', 23 * 60 + 10],
    ['9.30 a.m.', 9 * 60 + 30],
    ['local time', null],
    ['25:00', null],
  ])('%s → %s minutes', (text, minutes) => {
    expect(parseShownTime(text)).toBe(minutes);
  });
});

describe('readersOutsideHours', () => {
  test('23:10 in Berlin: outside, next start 09:00 tomorrow (no weekday named)', () => {
    expect(readersOutsideHours([email('Maria@Example.com')], roster, NOW)).toEqual([
      { label: 'maria@…', place: 'Berlin', localTime: '23:10', nextStart: '09:00', nextDay: null },
    ]);
  });
  test('07:10 Tuesday in Tokyo: before the day starts, today at 09:00', () => {
    expect(readersOutsideHours([email('kenji@example.com')], roster, NOW)).toMatchObject([{ localTime: '07:10', nextStart: '09:00', nextDay: null }]);
  });
  test('17:10 in New York with their own hours to 18:00: inside, nothing said', () => {
    expect(readersOutsideHours([email('sam@example.com')], roster, NOW)).toEqual([]);
  });
  test('Friday night in Berlin: next start named with its weekday (Monday)', () => {
    const friday = Date.UTC(2026, 11, 11, 22, 10);
    expect(readersOutsideHours([email('maria@example.com')], roster, friday)).toMatchObject([{ nextDay: 1 }]);
  });
  test('someone the roster does not know: nothing, whatever the time', () => {
    expect(readersOutsideHours([email('stranger@example.com')], roster, NOW)).toEqual([]);
  });
  test('Slack: the member id finds the roster entry; the time Slack shows wins over the roster zone', () => {
    const jonas = { kind: 'slack' as const, memberId: 'U05JONAS01', name: 'Jonas Weber', shownTime: null };
    expect(readersOutsideHours([jonas], roster, NOW)).toMatchObject([{ label: 'Jonas Weber', localTime: '23:10', place: 'Berlin' }]);
    expect(readersOutsideHours([{ ...jonas, shownTime: '10:30 AM local time' }], roster, NOW)).toEqual([]);
    // Not in the roster, but Slack shows their time: judged against the built-in hours.
    expect(readersOutsideHours([{ ...jonas, memberId: null, shownTime: '11:10 PM local time' }], [], NOW)).toMatchObject([{ localTime: '23:10', place: null }]);
  });
  test('each person once, in the order written', () => {
    expect(readersOutsideHours([email('maria@example.com'), email('kenji@example.com'), email('maria@example.com')], roster, NOW).map((r) => r.label)).toEqual([
      'maria@…',
      'kenji@…',
    ]);
  });
});
