import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NudgeMessage } from '@/utils/messages';
import { zeroRuleCounts, zeroSiteCounts, type StatsDb } from '@/utils/stats/db';
import { addDays, topRules, totalsBetween, weekStartOf, weeklySeries } from '@/utils/stats/queries';
import { freshDb, send, TODAY } from './helpers';

let db: StatsDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

/** Local noon on a day, so the recorded day is that day in any time zone. */
const at = (day: string, hour = 12, minute = 0) => new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), hour, minute);

describe('day arithmetic', () => {
  it.each([
    ['2025-03-10', '2025-03-10'], // a Monday is its own week start
    ['2025-03-16', '2025-03-10'], // Sunday belongs to the week before it (ISO), not the next
    ['2025-01-01', '2024-12-30'], // the week crosses the year
    ['2024-03-01', '2024-02-26'], // across a leap day
  ])('week of %s starts %s', (day, start) => expect(weekStartOf(day)).toBe(start));

  it.each([
    ['2025-03-29', 2, '2025-03-31'], // across the EU spring-forward night
    ['2024-11-02', 2, '2024-11-04'], // across the US fall-back night
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-01-01', -1, '2024-12-31'],
  ])('%s plus %i days is %s', (day, n, expected) => expect(addDays(day, n)).toBe(expected));
});

describe('totalsBetween', () => {
  beforeEach(async () => {
    await send(db, [{ type: 'sent', site: 'gmail', remaining: [] }], at('2025-03-02', 23, 59)); // the day before the range
    await send(db, [{ type: 'sent', site: 'gmail', remaining: ['vague-ask'] }], at('2025-03-03', 0, 0)); // first day of the range
    await send(db, [{ type: 'sent', site: 'slack', remaining: [], callProposal: true }], at('2025-03-05'));
    await send(db, [{ type: 'meeting', site: 'gcal', event: 'checked', rules: ['no-agenda'], hours: 1.5, cost: 112.5 }], at('2025-03-09', 23, 59)); // last day
    await send(db, [{ type: 'shown', site: 'gmail', rules: ['vague-ask'] }], at('2025-03-10')); // the day after
  });

  it('sums every site between two days, both included', async () => {
    expect(await totalsBetween(db, '2025-03-03', '2025-03-09')).toEqual({
      site: {
        ...zeroSiteCounts(),
        messagesSent: 2,
        messagesClean: 1,
        callProposals: 1,
        meetingsChecked: 1,
        meetingsFlagged: 1,
        flaggedHours: 1.5,
        flaggedCost: 112.5,
      },
      rules: { ...zeroRuleCounts(), sentAnyway: 1, shown: 1 },
    });
  });

  it('narrows to one site', async () => {
    expect(await totalsBetween(db, '2025-03-03', '2025-03-09', 'gmail')).toEqual({
      site: { ...zeroSiteCounts(), messagesSent: 1 },
      rules: { ...zeroRuleCounts(), sentAnyway: 1 },
    });
  });

  it('is all zeros for an empty or reversed range', async () => {
    const zeros = { site: zeroSiteCounts(), rules: zeroRuleCounts() };
    expect(await totalsBetween(db, '2025-04-01', '2025-04-30')).toEqual(zeros);
    expect(await totalsBetween(db, '2025-03-09', '2025-03-03')).toEqual(zeros);
  });
});

describe('weeklySeries', () => {
  const empty = (weekStart: string) => ({ weekStart, messagesSent: 0, messagesClean: 0, nudgesShown: 0, meetingsFlagged: 0, flaggedCost: 0, callProposals: 0 });

  it('gives 8 ISO weeks oldest first, splitting rows at Sunday/Monday midnight', async () => {
    await send(db, [{ type: 'shown', site: 'gmail', rules: ['vague-ask'] }], at('2025-01-19', 23, 59)); // Sunday before the window
    await send(db, [{ type: 'shown', site: 'gmail', rules: ['vague-ask', 'no-deadline'] }], at('2025-01-20', 0, 0)); // first Monday of the window
    await send(db, [{ type: 'meeting', site: 'gcal', event: 'checked', rules: ['large-meeting'], hours: 3, cost: 225 }], at('2025-01-26', 23, 59)); // same week's Sunday
    await send(db, [{ type: 'sent', site: 'gmail', remaining: [] }], at('2025-03-09', 23, 59)); // last week's Sunday
    await send(db, [{ type: 'sent', site: 'slack', remaining: [], callProposal: true }], at('2025-03-09'));
    await send(db, [{ type: 'sent', site: 'gmail', remaining: ['vague-ask'] }], at('2025-03-10', 0, 0)); // this week's Monday
    await send(db, [{ type: 'shown', site: 'gmail', rules: ['vague-ask'] }], at('2025-03-12'));

    const series = await weeklySeries(db, 8, TODAY);
    expect(series.map((point) => point.weekStart)).toEqual([
      '2025-01-20',
      '2025-01-27',
      '2025-02-03',
      '2025-02-10',
      '2025-02-17',
      '2025-02-24',
      '2025-03-03',
      '2025-03-10',
    ]);
    expect(series[0]).toEqual({ ...empty('2025-01-20'), nudgesShown: 3, meetingsFlagged: 1, flaggedCost: 225 });
    expect(series.slice(1, 6)).toEqual(['2025-01-27', '2025-02-03', '2025-02-10', '2025-02-17', '2025-02-24'].map(empty));
    expect(series[6]).toEqual({ ...empty('2025-03-03'), messagesSent: 2, messagesClean: 2, callProposals: 1 });
    expect(series[7]).toEqual({ ...empty('2025-03-10'), messagesSent: 1, nudgesShown: 1 });
  });

  it('works from any day of the week and across the new year', async () => {
    await send(db, [{ type: 'sent', site: 'gmail', remaining: [] }], at('2024-12-31'));
    await send(db, [{ type: 'sent', site: 'gmail', remaining: [] }], at('2025-01-05'));
    expect(await weeklySeries(db, 2, '2025-01-05')).toEqual([empty('2024-12-23'), { ...empty('2024-12-30'), messagesSent: 2, messagesClean: 2 }]);
  });

  it('is empty for zero weeks', async () => {
    expect(await weeklySeries(db, 0, TODAY)).toEqual([]);
  });
});

describe('topRules', () => {
  beforeEach(async () => {
    await send(db, [
      { type: 'shown', site: 'gmail', rules: ['vague-ask', 'no-deadline'] },
      { type: 'shown', site: 'gmail', rules: ['vague-ask', 'no-deadline'] },
      { type: 'resolved', site: 'gmail', rules: ['vague-ask'] },
    ]);
    await send(db, [
      { type: 'shown', site: 'slack', rules: ['vague-ask', 'no-deadline', 'ask-to-ask'] },
      { type: 'dismissed', site: 'slack', rule: 'ask-to-ask' },
    ]);
    // Shown most often, but before the range queried first.
    const flagged: NudgeMessage = { type: 'meeting', site: 'gcal', event: 'checked', rules: ['no-agenda'], hours: 1, cost: 75 };
    await send(
      db,
      Array.from({ length: 5 }, () => flagged),
      at('2025-03-01'),
    );
  });

  it('ranks by times shown summed over sites, ties by rule id, and keeps the other counts', async () => {
    expect(await topRules(db, '2025-03-03', TODAY, 3)).toEqual([
      { rule: 'no-deadline', ...zeroRuleCounts(), shown: 3 },
      { rule: 'vague-ask', ...zeroRuleCounts(), shown: 3, resolved: 1 },
      { rule: 'ask-to-ask', ...zeroRuleCounts(), shown: 1, dismissed: 1 },
    ]);
  });

  it('returns at most n', async () => {
    expect((await topRules(db, '2025-03-01', TODAY, 1)).map((row) => row.rule)).toEqual(['no-agenda']);
    expect(await topRules(db, '2025-03-01', TODAY, 0)).toEqual([]);
  });
});
