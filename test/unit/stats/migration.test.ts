/**
 * Version 2 (receipts) opens a version 1 database and keeps every row; and the upgrade
 * pattern db.ts promises still holds for the next version, with a test-only version 3.
 */
import Dexie, { type DexieOptions, type Transaction } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createStatsDb, schemaV1, schemaV2, StatsDb, type SiteDay } from '@/utils/stats/db';
import { handleNudgeBatch } from '@/utils/stats/handler';
import { recordMessage } from '@/utils/stats/record';
import { idbOptions, NOW, send } from './helpers';

/** Test-only v3: indexes ruleDays by rule, and starts a count that is backfilled from an old one. */
class StatsDbV3 extends StatsDb {
  constructor(name: string, options: DexieOptions) {
    super(name, options);
    this.version(3)
      .stores({ ruleDays: `${schemaV2.ruleDays}, rule` })
      .upgrade((tx: Transaction) =>
        tx
          .table<SiteDay & { meetingsCreated?: number }>('siteDays')
          .toCollection()
          .modify((row) => {
            row.meetingsCreated = row.meetingsSaved;
          }),
      );
  }
}

describe('stats database migration', () => {
  it('version 2 opens a version 1 database, keeps its rows and starts with no receipts', async () => {
    const options = idbOptions();
    const name = 'async-nudge-stats-v1';
    const v1 = new Dexie(name, options);
    v1.version(1).stores(schemaV1);
    const row = { day: '2025-03-10', site: 'gmail', messagesSent: 4 };
    await v1.table('siteDays').put(row);
    v1.close();

    const v2 = createStatsDb(name, options);
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await v2.siteDays.toArray()).toEqual([row]);
    expect(await v2.receipts.count()).toBe(0);
    const id = 'a'.repeat(32);
    await handleNudgeBatch(v2, { type: 'nudgeBatch', items: [{ id, message: { type: 'sent', site: 'gmail', remaining: [] } }] }, NOW);
    expect((await v2.siteDays.get(['2025-03-10', 'gmail']))?.messagesSent).toBe(5);
    expect(await v2.receipts.get(id)).toEqual({ id, at: NOW.getTime() });
    v2.close();
  });

  it('a v3 upgrade keeps every v2 row, backfills the new count and indexes old rows', async () => {
    const options = idbOptions();
    const name = 'async-nudge-stats-migration';

    const current = createStatsDb(name, options);
    await send(current, [
      { type: 'shown', site: 'gmail', rules: ['vague-ask', 'no-deadline'] },
      { type: 'sent', site: 'gmail', remaining: ['vague-ask'], callProposal: true },
      { type: 'meeting', site: 'gcal', event: 'checked', rules: ['no-agenda'], hours: 2, cost: 150 },
      { type: 'meeting', site: 'gcal', event: 'saved', rules: [], hours: 2, cost: 150, fixesApplied: true },
    ]);
    await send(current, [{ type: 'dismissed', site: 'slack', rule: 'ask-to-ask' }], new Date(2025, 1, 3, 9));
    const ruleRowsV2 = await current.ruleDays.toArray();
    const siteRowsV2 = await current.siteDays.toArray();
    expect(current.verno).toBe(2);
    current.close();

    const v3 = new StatsDbV3(name, options);
    await v3.open();
    expect(v3.verno).toBe(3);
    expect(await v3.ruleDays.toArray()).toEqual(ruleRowsV2);
    expect(await v3.siteDays.toArray()).toEqual(siteRowsV2.map((row) => ({ ...row, meetingsCreated: row.meetingsSaved })));
    expect(await v3.ruleDays.where('rule').equals('vague-ask').count()).toBe(1);

    // The upgraded database still takes writes through the version 2 code paths.
    await recordMessage(v3, { type: 'shown', site: 'gmail', rules: ['vague-ask'] }, NOW);
    expect((await v3.ruleDays.get(['2025-03-10', 'gmail', 'vague-ask']))?.shown).toBe(2);
    v3.close();
  });
});
