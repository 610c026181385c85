/** The popup's reads: three range reads and the numbers derived from them (fixed clock, fake IndexedDB). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanShare, loadRuleWeeks, loadSiteWeeks, syncSplit, topRules, trendOf, trendWeekStarts } from '@/components/popup/popup-stats';
import type { NudgeMessage } from '@/utils/messages';
import { zeroRuleCounts, zeroSiteCounts, type StatsDb } from '@/utils/stats/db';
import { totalsBetween, weeklySeries, addDays } from '@/utils/stats/queries';
import { freshDb, send, TODAY } from '../stats/helpers';

let db: StatsDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

/** Local time on a day, so the recorded day is that day in any time zone. */
const at = (day: string, hour = 12, minute = 0) => new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), hour, minute);
const WEEKS = trendWeekStarts(TODAY);

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

describe('agrees with the shared queries', () => {
  it('eight weeks of mixed events sum to what totalsBetween and weeklySeries say', async () => {
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
    for (const [i, weekStart] of WEEKS.entries()) {
      const totals = await totalsBetween(db, weekStart, addDays(weekStart, 6));
      expect(sites[i]?.site).toEqual(totals.site);
      expect(rules[i]?.rules).toEqual(totals.rules);
    }
    const series = await weeklySeries(db, 8, TODAY);
    expect(trendOf(sites, rules).map((w) => [w.weekStart, w.messagesSent, w.nudgesShown])).toEqual(
      series.map((p) => [p.weekStart, p.messagesSent, p.nudgesShown]),
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
