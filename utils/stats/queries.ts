/** Read-side helpers for the popup (call them inside `useLiveQuery`). Day bounds are inclusive. */
import type { Table } from 'dexie';
import { RULE_COUNTS, SITE_COUNTS, zeroRuleCounts, zeroSiteCounts, type Day, type RuleCounts, type Site, type SiteCounts, type StatsDb } from './db';

const DAY_MS = 86_400_000;

// Calendar arithmetic runs on UTC midnights so a DST change never shifts a day.
const dayToUtc = (day: Day) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const utcToDay = (ms: number): Day => new Date(ms).toISOString().slice(0, 10);

export const addDays = (day: Day, n: number): Day => utcToDay(dayToUtc(day) + n * DAY_MS);

/** Monday of the ISO week that contains `day`. */
export function weekStartOf(day: Day): Day {
  const sinceMonday = (new Date(dayToUtc(day)).getUTCDay() + 6) % 7;
  return addDays(day, -sinceMonday);
}

function rowsBetween<T extends { day: Day; site: Site }, K>(table: Table<T, K>, fromDay: Day, toDay: Day, site?: Site): Promise<T[]> {
  const range = site ? table.where('[site+day]').between([site, fromDay], [site, toDay], true, true) : table.where('day').between(fromDay, toDay, true, true);
  return range.toArray();
}

function addInto<C extends string, T extends Record<C, number>>(into: T, row: Record<C, number>, counts: readonly C[]): T {
  const sums: Record<C, number> = into;
  for (const count of counts) sums[count] += row[count];
  return into;
}

export interface Totals {
  site: SiteCounts;
  rules: RuleCounts;
}

/** Sums of every count between two days, over all sites or one. */
export function totalsBetween(db: StatsDb, fromDay: Day, toDay: Day, site?: Site): Promise<Totals> {
  return db.transaction('r', db.siteDays, db.ruleDays, async () => {
    const [siteRows, ruleRows] = await Promise.all([rowsBetween(db.siteDays, fromDay, toDay, site), rowsBetween(db.ruleDays, fromDay, toDay, site)]);
    return {
      site: siteRows.reduce((sum, row) => addInto(sum, row, SITE_COUNTS), zeroSiteCounts()),
      rules: ruleRows.reduce((sum, row) => addInto(sum, row, RULE_COUNTS), zeroRuleCounts()),
    };
  });
}

export interface WeekPoint {
  weekStart: Day;
  messagesSent: number;
  messagesClean: number;
  nudgesShown: number;
  meetingsFlagged: number;
  flaggedCost: number;
  callProposals: number;
}

/** The last `weeks` ISO weeks up to the one holding `today`, oldest first; empty weeks are zeros. */
export function weeklySeries(db: StatsDb, weeks: number, today: Day): Promise<WeekPoint[]> {
  const thisWeek = weekStartOf(today);
  const points = new Map<Day, WeekPoint>();
  for (let i = weeks - 1; i >= 0; i--) {
    const weekStart = addDays(thisWeek, -7 * i);
    points.set(weekStart, { weekStart, messagesSent: 0, messagesClean: 0, nudgesShown: 0, meetingsFlagged: 0, flaggedCost: 0, callProposals: 0 });
  }
  const [first] = points.keys();
  if (first === undefined) return Promise.resolve([]);
  return db.transaction('r', db.siteDays, db.ruleDays, async () => {
    const last = addDays(thisWeek, 6);
    const [siteRows, ruleRows] = await Promise.all([rowsBetween(db.siteDays, first, last), rowsBetween(db.ruleDays, first, last)]);
    for (const row of siteRows) {
      const point = points.get(weekStartOf(row.day));
      if (!point) continue;
      point.messagesSent += row.messagesSent;
      point.messagesClean += row.messagesClean;
      point.meetingsFlagged += row.meetingsFlagged;
      point.flaggedCost += row.flaggedCost;
      point.callProposals += row.callProposals;
    }
    for (const row of ruleRows) {
      const point = points.get(weekStartOf(row.day));
      if (point) point.nudgesShown += row.shown;
    }
    return [...points.values()];
  });
}

export interface RuleTotals extends RuleCounts {
  rule: string;
}

/** The `n` rules shown most often between two days, summed over sites; ties by rule id. */
export async function topRules(db: StatsDb, fromDay: Day, toDay: Day, n: number): Promise<RuleTotals[]> {
  const byRule = new Map<string, RuleTotals>();
  for (const row of await rowsBetween(db.ruleDays, fromDay, toDay)) {
    const totals = byRule.get(row.rule) ?? { rule: row.rule, ...zeroRuleCounts() };
    byRule.set(row.rule, addInto(totals, row, RULE_COUNTS));
  }
  return [...byRule.values()].sort((a, b) => b.shown - a.shown || a.rule.localeCompare(b.rule)).slice(0, Math.max(0, n));
}
