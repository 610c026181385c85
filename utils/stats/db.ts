/**
 * The stats database: daily aggregates per site and rule, owned by the background. Rows hold
 * counts and ids only (day, site, rule), never text, so an export can be shared as-is.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { z } from '../zod';
import type { siteSchema } from '../messages';

export const STATS_DB_NAME = 'async-nudge-stats';

export type Site = z.infer<typeof siteSchema>;

/** Local calendar day 'YYYY-MM-DD'; sorts and compares as a string. */
export type Day = string;

export const RULE_COUNTS = ['shown', 'resolved', 'sentAnyway', 'dismissed', 'templates'] as const;
export const SITE_COUNTS = [
  'messagesSent',
  'messagesClean',
  'callProposals',
  'meetingsChecked',
  'meetingsFlagged',
  'meetingsSaved',
  'meetingsSavedWithFixes',
  'flaggedHours',
  'flaggedCost',
] as const;

export type RuleCounts = Record<(typeof RULE_COUNTS)[number], number>;
export type SiteCounts = Record<(typeof SITE_COUNTS)[number], number>;

export interface RuleDay extends RuleCounts {
  day: Day;
  site: Site;
  rule: string;
}

export interface SiteDay extends SiteCounts {
  day: Day;
  site: Site;
}

export const zeroRuleCounts = (): RuleCounts => ({ shown: 0, resolved: 0, sentAnyway: 0, dismissed: 0, templates: 0 });
export const zeroSiteCounts = (): SiteCounts => ({
  messagesSent: 0,
  messagesClean: 0,
  callProposals: 0,
  meetingsChecked: 0,
  meetingsFlagged: 0,
  meetingsSaved: 0,
  meetingsSavedWithFixes: 0,
  flaggedHours: 0,
  flaggedCost: 0,
});

/** The local date of `date` in the runtime's time zone: a day is the person's day, not UTC's. */
export function localDay(date: Date): Day {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Version 1. `day` serves day-range reads (the popup's weeks, retention); `[site+day]` was
 * for per-site reads, which nothing makes now: dropping it takes a new version and its migration
 * test. Counts are never queried by value, so they are not indexed.
 */
export const schemaV1 = {
  ruleDays: '[day+site+rule], day, [site+day]',
  siteDays: '[day+site], day, [site+day]',
};

/**
 * Version 2 adds `receipts`: the ids of recently recorded messages, written in the same
 * transaction as their counts, so a retry after a lost answer is recognised even when the
 * service worker restarted in between. `at` (epoch ms) serves their pruning. A new table
 * needs no upgrade function: version 1 rows are untouched.
 */
export const schemaV2 = { ...schemaV1, receipts: 'id, at' };

export interface Receipt {
  id: string;
  at: number;
}

export class StatsDb extends Dexie {
  ruleDays!: Table<RuleDay, [Day, Site, string]>;
  siteDays!: Table<SiteDay, [Day, Site]>;
  receipts!: Table<Receipt, string>;

  constructor(name = STATS_DB_NAME, options?: DexieOptions) {
    super(name, options);
    // Each later version is appended here as `this.version(n).stores(changedTables).upgrade(tx => …)`
    // with a test that opens a version n-1 database (see test/unit/stats/migration.test.ts).
    this.version(1).stores(schemaV1);
    this.version(2).stores(schemaV2);
  }
}

export function createStatsDb(name = STATS_DB_NAME, options?: DexieOptions): StatsDb {
  return new StatsDb(name, options);
}
