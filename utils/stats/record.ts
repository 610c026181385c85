/** Turns one validated nudge message into increments of today's aggregate rows. */
import type { Table } from 'dexie';
import type { ParsedNudgeMessage } from '../messages';
import { localDay, zeroRuleCounts, zeroSiteCounts, type Day, type RuleCounts, type SiteCounts, type StatsDb } from './db';

interface Increments {
  site: Partial<SiteCounts>;
  /** Every message type bumps at most one rule count, for a set of rules. */
  ruleCount: keyof RuleCounts | null;
  rules: string[];
}

function incrementsFor(msg: ParsedNudgeMessage): Increments {
  // A rule listed twice in one message is still one draft's worth: count it once.
  const perRule = (ruleCount: keyof RuleCounts, rules: readonly string[], site: Partial<SiteCounts> = {}): Increments => ({
    site,
    ruleCount,
    rules: [...new Set(rules)],
  });
  switch (msg.type) {
    case 'shown':
      return perRule('shown', msg.rules);
    case 'resolved':
      return perRule('resolved', msg.rules);
    case 'dismissed':
      return perRule('dismissed', [msg.rule]);
    case 'templateInserted':
      return perRule('templates', [msg.rule]);
    case 'sent':
      return perRule('sentAnyway', msg.remaining, {
        messagesSent: 1,
        ...(msg.remaining.length === 0 && { messagesClean: 1 }),
        ...(msg.callProposal && { callProposals: 1 }),
      });
    case 'meeting':
      if (msg.event === 'saved') {
        return { site: { meetingsSaved: 1, ...(msg.fixesApplied && { meetingsSavedWithFixes: 1 }) }, ruleCount: null, rules: [] };
      }
      if (msg.rules.length === 0) return { site: { meetingsChecked: 1 }, ruleCount: null, rules: [] };
      return perRule('shown', msg.rules, { meetingsChecked: 1, meetingsFlagged: 1, flaggedHours: msg.hours, flaggedCost: msg.cost });
  }
}

/**
 * Get-or-create then put, inside the caller's transaction. IndexedDB runs overlapping 'rw'
 * transactions one after another, so two tabs never read the same old value.
 */
async function increment<C extends string, T extends Record<C, number>, K>(
  table: Table<T, K>,
  key: NoInfer<K>,
  blank: () => T,
  by: Partial<Record<C, number>>,
) {
  const row = (await table.get(key)) ?? blank();
  const counts: Record<C, number> = row;
  for (const [count, n] of Object.entries(by) as [C, number][]) counts[count] += n;
  await table.put(row);
}

export async function recordMessage(db: StatsDb, msg: ParsedNudgeMessage, now: Date): Promise<void> {
  const day = localDay(now);
  const { site } = msg;
  const { site: siteBy, ruleCount, rules } = incrementsFor(msg);
  await db.transaction('rw', db.ruleDays, db.siteDays, async () => {
    const writes: Promise<void>[] = [];
    // Rule-only events leave the site row alone rather than create an all-zero one.
    if (Object.keys(siteBy).length > 0) {
      writes.push(increment(db.siteDays, [day, site], () => ({ day, site, ...zeroSiteCounts() }), siteBy));
    }
    if (ruleCount) {
      for (const rule of rules) {
        const by: Partial<RuleCounts> = { [ruleCount]: 1 };
        writes.push(increment(db.ruleDays, [day, site, rule], () => ({ day, site, rule, ...zeroRuleCounts() }), by));
      }
    }
    await Promise.all(writes);
  });
}

const DAY_FORMAT = /^\d{4}-\d{2}-\d{2}$/;

/** Retention: deletes every row older than `day`. Returns how many rows went. */
export async function pruneBefore(db: StatsDb, day: Day): Promise<number> {
  // A malformed bound such as 'never' sorts after every date and would delete everything.
  if (!DAY_FORMAT.test(day)) throw new RangeError(`pruneBefore expects a YYYY-MM-DD day, got ${JSON.stringify(day)}`);
  return db.transaction('rw', db.ruleDays, db.siteDays, async () => {
    const [rules, sites] = await Promise.all([db.ruleDays.where('day').below(day).delete(), db.siteDays.where('day').below(day).delete()]);
    return rules + sites;
  });
}

export async function resetStats(db: StatsDb): Promise<void> {
  await db.transaction('rw', db.ruleDays, db.siteDays, async () => {
    await Promise.all([db.ruleDays.clear(), db.siteDays.clear()]);
  });
}
