/** The popup's read model: day arithmetic, the three range reads and the numbers derived from them (fixed clock, fake IndexedDB). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NudgeMessage } from '@/utils/messages';
import { RULE_COUNTS, SITE_COUNTS, zeroRuleCounts, zeroSiteCounts, type Day, type StatsDb } from '@/utils/stats/db';
import { addDays, cleanShare, loadRuleWeeks, loadSiteWeeks, syncSplit, topRules, trendOf, trendWeekStarts, weekStartOf } from '@/utils/stats/queries';
import { freshDb, send, TODAY } from './helpers';

let db: StatsDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

/** Local time on a day, so the recorded day is that day in any time zone. */
const at = (day: string, hour = 12, minute = 0) => new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), hour, minute);
const WEEKS = trendWeekStarts(TODAY);

/** Both reads of the same weeks, as one row per week of the counts the trend and the summary use. */
async function weekPoints(weekStarts: readonly Day[]) {
  const { weeks } = await loadSiteWeeks(db, weekStarts);
  const rules = await loadRuleWeeks(db, weekStarts);
  return weeks.map(({ weekStart, site }, i) => ({
    weekStart,
    messagesSent: site.messagesSent,
    messagesClean: site.messagesClean,
    nudgesShown: rules[i]?.rules.shown,
    meetingsFlagged: site.meetingsFlagged,
    flaggedCost: site.flaggedCost,
    callProposals: site.callProposals,
  }));
}

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

describe('trendWeekStarts', () => {
  it('is the eight Mondays up to the week of today, oldest first', () => {
    expect(WEEKS).toEqual(['2025-01-20', '2025-01-27', '2025-02-03', '2025-02-10', '2025-02-17', '2025-02-24', '2025-03-03', '2025-03-10']);
    // A Sunday still belongs to the week that started six days before.
    expect(trendWeekStarts('2025-03-16')).toEqual(WEEKS);
  });
});

describe('loadSiteWeeks', () => {
  it('a new install is empty', async () => {
    expect(await loadSiteWeeks(db, WEEKS)).toEqual({ weeks: WEEKS.map((weekStart) => ({ weekStart, site: zeroSiteCounts() })), empty: true });
  });

  it('sums per week, splitting at Sunday/Monday midnight, and ignores days outside the eight weeks', async () => {
    await send(db, [{ type: 'sent', site: 'gmail', remaining: [] }], at('2025-01-19', 23, 59)); // before the window
    await send(db, [{ type: 'sent', site: 'gmail', remaining: ['vague-ask'] }], at('2025-01-20', 0, 0)); // first day
    await send(db, [{ type: 'sent', site: 'slack', remaining: [], callProposal: true }], at('2025-03-09', 23, 59)); // last week's Sunday
    await send(db, [{ type: 'meeting', site: 'gcal', event: 'saved', rules: [], hours: 1, cost: 60 }], at('2025-03-10', 0, 0)); // this Monday
    await send(db, [{ type: 'meeting', site: 'gcal', event: 'checked', rules: ['no-agenda'], hours: 2, cost: 150 }], at('2025-03-10'));
    const { weeks, empty } = await loadSiteWeeks(db, WEEKS);
    expect(empty).toBe(false);
    expect(weeks[0]).toEqual({ weekStart: '2025-01-20', site: { ...zeroSiteCounts(), messagesSent: 1 } });
    expect(weeks[6]).toEqual({ weekStart: '2025-03-03', site: { ...zeroSiteCounts(), messagesSent: 1, messagesClean: 1, callProposals: 1 } });
    expect(weeks[7]).toEqual({
      weekStart: '2025-03-10',
      site: { ...zeroSiteCounts(), meetingsSaved: 1, meetingsChecked: 1, meetingsFlagged: 1, flaggedHours: 2, flaggedCost: 150 },
    });
  });

  it('is not empty when the only rows are older than eight weeks, or are rule rows', async () => {
    await send(db, [{ type: 'sent', site: 'gmail', remaining: [] }], at('2024-06-01'));
    expect((await loadSiteWeeks(db, WEEKS)).empty).toBe(false);
    const other = freshDb();
    await send(other, [{ type: 'shown', site: 'gmail', rules: ['vague-ask'] }], at(TODAY));
    expect((await loadSiteWeeks(other, WEEKS)).empty).toBe(false);
    other.close();
  });
});

describe('one week, both reads', () => {
  beforeEach(async () => {
    await send(db, [{ type: 'sent', site: 'gmail', remaining: [] }], at('2025-03-02', 23, 59)); // the day before the week
    await send(db, [{ type: 'sent', site: 'gmail', remaining: ['vague-ask'] }], at('2025-03-03', 0, 0)); // its Monday
    await send(db, [{ type: 'sent', site: 'slack', remaining: [], callProposal: true }], at('2025-03-05'));
    await send(db, [{ type: 'meeting', site: 'gcal', event: 'checked', rules: ['no-agenda'], hours: 1.5, cost: 112.5 }], at('2025-03-09', 23, 59)); // its Sunday
    await send(db, [{ type: 'shown', site: 'gmail', rules: ['vague-ask'] }], at('2025-03-10')); // the day after
  });

  it('sums every site from Monday to Sunday, both included', async () => {
    const [week] = (await loadSiteWeeks(db, ['2025-03-03'])).weeks;
    const [ruleWeek] = await loadRuleWeeks(db, ['2025-03-03']);
    expect({ site: week?.site, rules: ruleWeek?.rules }).toEqual({
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

  it('is all zeros for weeks with no rows', async () => {
    const april = ['2025-03-31', '2025-04-07', '2025-04-14', '2025-04-21', '2025-04-28'];
    expect((await loadSiteWeeks(db, april)).weeks.map((w) => w.site)).toEqual(april.map(() => zeroSiteCounts()));
    expect((await loadRuleWeeks(db, april)).map((w) => w.rules)).toEqual(april.map(() => zeroRuleCounts()));
  });
});

describe('the weeks of the trend', () => {
  const empty = (weekStart: string) => ({ weekStart, messagesSent: 0, messagesClean: 0, nudgesShown: 0, meetingsFlagged: 0, flaggedCost: 0, callProposals: 0 });

  it('gives 8 ISO weeks oldest first, splitting rows at Sunday/Monday midnight', async () => {
    await send(db, [{ type: 'shown', site: 'gmail', rules: ['vague-ask'] }], at('2025-01-19', 23, 59)); // Sunday before the window
    await send(db, [{ type: 'shown', site: 'gmail', rules: ['vague-ask', 'no-deadline'] }], at('2025-01-20', 0, 0)); // first Monday of the window
    await send(db, [{ type: 'meeting', site: 'gcal', event: 'checked', rules: ['large-meeting'], hours: 3, cost: 225 }], at('2025-01-26', 23, 59)); // same week's Sunday
    await send(db, [{ type: 'sent', site: 'gmail', remaining: [] }], at('2025-03-09', 23, 59)); // last week's Sunday
    await send(db, [{ type: 'sent', site: 'slack', remaining: [], callProposal: true }], at('2025-03-09'));
    await send(db, [{ type: 'sent', site: 'gmail', remaining: ['vague-ask'] }], at('2025-03-10', 0, 0)); // this week's Monday
    await send(db, [{ type: 'shown', site: 'gmail', rules: ['vague-ask'] }], at('2025-03-12'));

    const series = await weekPoints(WEEKS);
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
    expect(await weekPoints(trendWeekStarts('2025-01-05').slice(-2))).toEqual([
      empty('2024-12-23'),
      { ...empty('2024-12-30'), messagesSent: 2, messagesClean: 2 },
    ]);
  });

  it('is empty for zero weeks', async () => {
    expect(await weekPoints([])).toEqual([]);
  });
});

describe('loadRuleWeeks and topRules', () => {
  beforeEach(async () => {
    const shown = (site: 'gmail' | 'slack', rules: string[]): NudgeMessage => ({ type: 'shown', site, rules });
    // Last week: vague-ask 3×, no-deadline 1×.
    await send(db, [shown('gmail', ['vague-ask', 'no-deadline']), shown('slack', ['vague-ask']), shown('gmail', ['vague-ask'])], at('2025-03-04'));
    await send(db, [{ type: 'resolved', site: 'gmail', rules: ['vague-ask'] }], at('2025-03-04'));
    // This week: no-deadline 2× (over two sites), ask-to-ask 2×, missing-context 1×, greeting-only 1×.
    await send(
      db,
      [shown('gmail', ['no-deadline', 'ask-to-ask']), shown('slack', ['no-deadline', 'ask-to-ask', 'missing-context']), shown('gmail', ['greeting-only'])],
      at('2025-03-11'),
    );
    await send(db, [{ type: 'sent', site: 'slack', remaining: ['ask-to-ask'] }], at('2025-03-11'));
  });

  it('sums every count per week and per rule over sites', async () => {
    const [last, current] = await loadRuleWeeks(db, WEEKS.slice(-2));
    expect(last?.rules).toEqual({ ...zeroRuleCounts(), shown: 4, resolved: 1 });
    expect(current?.rules).toEqual({ ...zeroRuleCounts(), shown: 6, sentAnyway: 1 });
    expect(current?.byRule.get('ask-to-ask')).toEqual({ rule: 'ask-to-ask', ...zeroRuleCounts(), shown: 2, sentAnyway: 1 });
  });

  it('ranks this week by times shown, ties by id, three at most, each with last week’s count', async () => {
    const [last, current] = await loadRuleWeeks(db, WEEKS.slice(-2));
    if (!last || !current) throw new Error('two weeks expected');
    const top = topRules(current, last);
    expect(top.week).toBe('this');
    expect(top.rules.map((r) => [r.rule, r.shown, r.lastWeekShown])).toEqual([
      ['ask-to-ask', 2, 0],
      ['no-deadline', 2, 1],
      ['greeting-only', 1, 0],
    ]);
  });

  it('on a Monday morning with nothing shown yet, shows last week’s top nudges', async () => {
    const [before, last] = await loadRuleWeeks(db, ['2025-02-24', '2025-03-03']);
    if (!before || !last) throw new Error('two weeks expected');
    expect(topRules(before, last)).toMatchObject({
      week: 'last',
      rules: [
        { rule: 'vague-ask', shown: 3 },
        { rule: 'no-deadline', shown: 1 },
      ],
    });
    const none = (await loadRuleWeeks(db, ['2025-02-17', '2025-02-24'])) as [never, never];
    expect(topRules(none[1], none[0])).toEqual({ week: 'this', rules: [] });
  });
});

describe('topRules over sites and meetings', () => {
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
    // Shown most often, but in the week before this one.
    const flagged: NudgeMessage = { type: 'meeting', site: 'gcal', event: 'checked', rules: ['no-agenda'], hours: 1, cost: 75 };
    await send(
      db,
      Array.from({ length: 5 }, () => flagged),
      at('2025-03-01'),
    );
  });

  it('ranks by times shown summed over sites, ties by rule id, and keeps the other counts', async () => {
    const [last, current] = await loadRuleWeeks(db, ['2025-03-03', TODAY]);
    if (!last || !current) throw new Error('two weeks expected');
    expect(topRules(current, last).rules).toEqual([
      { rule: 'no-deadline', ...zeroRuleCounts(), shown: 3, lastWeekShown: 0 },
      { rule: 'vague-ask', ...zeroRuleCounts(), shown: 3, resolved: 1, lastWeekShown: 0 },
      { rule: 'ask-to-ask', ...zeroRuleCounts(), shown: 1, dismissed: 1, lastWeekShown: 0 },
    ]);
  });

  it('counts only the week it ranks', async () => {
    const [before, week] = await loadRuleWeeks(db, ['2025-02-17', '2025-02-24']);
    if (!before || !week) throw new Error('two weeks expected');
    expect(topRules(week, before).rules.map((row) => row.rule)).toEqual(['no-agenda']);
  });
});

describe('shares', () => {
  it('clean share is clean of sent, null before the first message', () => {
    expect(cleanShare({ ...zeroSiteCounts(), messagesSent: 4, messagesClean: 3 })).toBe(0.75);
    expect(cleanShare(zeroSiteCounts())).toBeNull();
  });

  it('sync counts meetings saved and call proposals; a call proposal is not also async', () => {
    expect(syncSplit({ ...zeroSiteCounts(), messagesSent: 10, callProposals: 2, meetingsSaved: 1, meetingsChecked: 5 })).toEqual({
      sync: 3,
      async: 8,
      share: 3 / 11,
    });
    expect(syncSplit(zeroSiteCounts()).share).toBeNull();
    expect(syncSplit({ ...zeroSiteCounts(), meetingsSaved: 2 }).share).toBe(1);
  });
});

/** Every row between two days summed by hand, without an index range: what the week reads must agree with. */
async function plainSums(fromDay: Day, toDay: Day) {
  const inRange = (row: { day: Day }) => row.day >= fromDay && row.day <= toDay;
  const site = zeroSiteCounts();
  const rules = zeroRuleCounts();
  for (const row of (await db.siteDays.toArray()).filter(inRange)) for (const count of SITE_COUNTS) site[count] += row[count];
  for (const row of (await db.ruleDays.toArray()).filter(inRange)) for (const count of RULE_COUNTS) rules[count] += row[count];
  return { site, rules };
}

describe('agrees with a plain sum of every row', () => {
  it('eight weeks of mixed events sum per week to the rows of that week', async () => {
    const messages: NudgeMessage[] = [
      { type: 'shown', site: 'gmail', rules: ['vague-ask', 'no-deadline'] },
      { type: 'resolved', site: 'gmail', rules: ['no-deadline'] },
      { type: 'sent', site: 'gmail', remaining: ['vague-ask'] },
      { type: 'sent', site: 'slack', remaining: [], callProposal: true },
      { type: 'dismissed', site: 'outlook', rule: 'ask-to-ask' },
      { type: 'meeting', site: 'gcal', event: 'checked', rules: ['no-agenda'], hours: 1.5, cost: 112.5 },
      { type: 'meeting', site: 'outlook-calendar', event: 'saved', rules: [], hours: 1, cost: 60, fixesApplied: true },
    ];
    for (let day = 0; day < 56; day += 3) await send(db, messages.slice(0, 1 + (day % messages.length)), at(addDays(WEEKS[0] as string, day)));

    const { weeks: sites } = await loadSiteWeeks(db, WEEKS);
    const rules = await loadRuleWeeks(db, WEEKS);
    const sums = await Promise.all(WEEKS.map((weekStart) => plainSums(weekStart, addDays(weekStart, 6))));
    for (const [i, totals] of sums.entries()) {
      expect(sites[i]?.site).toEqual(totals.site);
      expect(rules[i]?.rules).toEqual(totals.rules);
    }
    expect(trendOf(sites, rules).map((w) => [w.weekStart, w.messagesSent, w.nudgesShown])).toEqual(
      sums.map((totals, i) => [WEEKS[i], totals.site.messagesSent, totals.rules.shown]),
    );
  });
});

describe('trendOf', () => {
  it('leaves a week’s nudge count undefined until its rule rows are read', async () => {
    await send(db, [{ type: 'sent', site: 'gmail', remaining: [] }], at('2025-01-21'));
    const { weeks } = await loadSiteWeeks(db, WEEKS);
    const recent = await loadRuleWeeks(db, WEEKS.slice(-2));
    const trend = trendOf(weeks, recent);
    expect(trend[0]).toEqual({ weekStart: '2025-01-20', messagesSent: 1, nudgesShown: undefined, cleanShare: 1, syncShare: 0 });
    expect(trend[7]).toEqual({ weekStart: '2025-03-10', messagesSent: 0, nudgesShown: 0, cleanShare: null, syncShare: null });
  });
});
