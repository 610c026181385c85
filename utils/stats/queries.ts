/**
 * The popup's read model: what it reads and the numbers it derives, in three range reads it runs
 * one after another (each inside useLiveQuery): the per-site rows of eight weeks first (at most
 * 5 sites × 56 days, enough for the clean share, meetings, sync ratio and trend), then the
 * per-rule rows of this and last week (nudge counts and the top three), then the older weeks'
 * rule rows (the trend table's nudge column). Rule rows are up to 19 times as many as site rows,
 * and reading a year's worth of them at once would keep the first numbers off screen past 100 ms.
 */
import { RULE_COUNTS, SITE_COUNTS, zeroRuleCounts, zeroSiteCounts, type Day, type RuleCounts, type SiteCounts, type StatsDb } from './db';

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

export const TREND_WEEKS = 8;
/** The share of sync work the product aims under: meetings and calls 20, async messages 80. */
export const SYNC_TARGET = 0.2;
export const TOP_RULES = 3;

export interface RuleTotals extends RuleCounts {
  rule: string;
}

export interface SiteWeek {
  /** Monday of the ISO week. */
  weekStart: Day;
  site: SiteCounts;
}

export interface RuleWeek {
  weekStart: Day;
  rules: RuleCounts;
  /** Per rule, summed over sites. */
  byRule: Map<string, RuleTotals>;
}

export interface TrendWeek {
  weekStart: Day;
  messagesSent: number;
  /** undefined while the rule rows of that week are still being read. */
  nudgesShown: number | undefined;
  /** null when nothing was sent that week. */
  cleanShare: number | null;
  /** null when there was neither a meeting nor a message. */
  syncShare: number | null;
}

export interface TopRule extends RuleTotals {
  lastWeekShown: number;
}

/** The Mondays of the last `TREND_WEEKS` weeks, oldest first, the week of `today` last. */
export function trendWeekStarts(today: Day): Day[] {
  const thisWeek = weekStartOf(today);
  return Array.from({ length: TREND_WEEKS }, (_, i) => addDays(thisWeek, -7 * (TREND_WEEKS - 1 - i)));
}

/** Messages sent with no nudge left, of all messages sent. */
export function cleanShare(site: SiteCounts): number | null {
  return site.messagesSent > 0 ? site.messagesClean / site.messagesSent : null;
}

/**
 * Sync = meetings saved in a calendar editor + messages that proposed a call; async = the
 * other messages sent (a call proposal is a sync step, so it is not also counted as async).
 */
export function syncSplit(site: SiteCounts): { sync: number; async: number; share: number | null } {
  const sync = site.meetingsSaved + site.callProposals;
  const async = Math.max(0, site.messagesSent - site.callProposals);
  return { sync, async, share: sync + async > 0 ? sync / (sync + async) : null };
}

const addInto = <C extends string>(into: Record<C, number>, row: Record<C, number>, counts: readonly C[]) => {
  for (const c of counts) into[c] += row[c];
};

/** Rows arrive in day order over a few weeks: each day's week is computed once. */
function weekFinder<T>(weeks: Map<Day, T>) {
  const seen = new Map<Day, T | undefined>();
  return (day: Day) => {
    if (!seen.has(day)) seen.set(day, weeks.get(weekStartOf(day)));
    return seen.get(day);
  };
}

export interface SiteWeeks {
  weeks: SiteWeek[];
  /** Nothing was ever recorded: a new install. */
  empty: boolean;
}

/** The site read made before React has loaded, for the first render (see entrypoints/popup/main.tsx). */
export interface FirstRead {
  today: Day;
  sites: SiteWeeks;
}

/** Per-site sums for each of `weekStarts` (consecutive Mondays). */
export async function loadSiteWeeks(db: StatsDb, weekStarts: readonly Day[]): Promise<SiteWeeks> {
  const weeks = new Map(weekStarts.map((weekStart) => [weekStart, { weekStart, site: zeroSiteCounts() }]));
  const [first] = weekStarts;
  const last = weekStarts[weekStarts.length - 1];
  if (first === undefined || last === undefined) return { weeks: [], empty: true };
  // A plain read, not db.transaction(): that would resolve only once the transaction completes,
  // one more round trip to the database process before the first numbers can show.
  const rows = await db.siteDays.where('day').between(first, addDays(last, 6), true, true).toArray();
  const weekOf = weekFinder(weeks);
  for (const row of rows) {
    const week = weekOf(row.day);
    if (week) addInto(week.site, row, SITE_COUNTS);
  }
  // No site rows in eight weeks: a new install, someone back after a long break, or only
  // rule rows so far (nudges shown, nothing sent yet).
  const empty = rows.length === 0 && (await db.siteDays.limit(1).count()) + (await db.ruleDays.limit(1).count()) === 0;
  return { weeks: [...weeks.values()], empty };
}

/** Per-rule sums for each of `weekStarts` (consecutive Mondays). */
export async function loadRuleWeeks(db: StatsDb, weekStarts: readonly Day[]): Promise<RuleWeek[]> {
  const weeks = new Map(weekStarts.map((weekStart) => [weekStart, { weekStart, rules: zeroRuleCounts(), byRule: new Map<string, RuleTotals>() }]));
  const [first] = weekStarts;
  const last = weekStarts[weekStarts.length - 1];
  if (first === undefined || last === undefined) return [];
  const rows = await db.ruleDays.where('day').between(first, addDays(last, 6), true, true).toArray();
  const weekOf = weekFinder(weeks);
  for (const row of rows) {
    const week = weekOf(row.day);
    if (!week) continue;
    addInto(week.rules, row, RULE_COUNTS);
    let sum = week.byRule.get(row.rule);
    if (!sum) week.byRule.set(row.rule, (sum = { rule: row.rule, ...zeroRuleCounts() }));
    addInto(sum, row, RULE_COUNTS);
  }
  return [...weeks.values()];
}

/** This week's most shown nudges; last week's when none were shown yet this week (a Monday morning). */
export function topRules(thisWeek: RuleWeek, lastWeek: RuleWeek): { week: 'this' | 'last'; rules: TopRule[] } {
  const ranked = (week: RuleWeek) =>
    [...week.byRule.values()]
      .filter((r) => r.shown > 0)
      .sort((a, b) => b.shown - a.shown || a.rule.localeCompare(b.rule))
      .slice(0, TOP_RULES)
      .map((r) => ({ ...r, lastWeekShown: lastWeek.byRule.get(r.rule)?.shown ?? 0 }));
  const current = ranked(thisWeek);
  return current.length > 0 || lastWeek.rules.shown === 0 ? { week: 'this', rules: current } : { week: 'last', rules: ranked(lastWeek) };
}

/** One point per week for the chart and its table; rule weeks may still be missing. */
export function trendOf(sites: readonly SiteWeek[], rules: readonly RuleWeek[]): TrendWeek[] {
  const shown = new Map(rules.map((w) => [w.weekStart, w.rules.shown]));
  return sites.map(({ weekStart, site }) => ({
    weekStart,
    messagesSent: site.messagesSent,
    nudgesShown: shown.get(weekStart),
    cleanShare: cleanShare(site),
    syncShare: syncSplit(site).share,
  }));
}
