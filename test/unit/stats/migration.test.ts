/**
 * Proves the upgrade pattern db.ts promises: a later version appended after version 1 opens an
 * existing version 1 database and keeps every row. When a real version 2 lands, this test
 * becomes its test: open with `createStatsDb` as it was at v1 (rows below), then with the new one.
 */
import type { DexieOptions, Transaction } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createStatsDb, schemaV1, StatsDb, type SiteDay } from '@/utils/stats/db';
import { recordMessage } from '@/utils/stats/record';
import { idbOptions, NOW, send } from './helpers';

/** Test-only v2: indexes ruleDays by rule, and starts a count that is backfilled from an old one. */
class StatsDbV2 extends StatsDb {
  constructor(name: string, options: DexieOptions) {
    super(name, options);
    this.version(2)
      .stores({ ruleDays: `${schemaV1.ruleDays}, rule` })
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
  it('a v2 upgrade keeps every v1 row, backfills the new count and indexes old rows', async () => {
    const options = idbOptions();
    const name = 'async-nudge-stats-migration';

    const v1 = createStatsDb(name, options);
    await send(v1, [
      { type: 'shown', site: 'gmail', rules: ['vague-ask', 'no-deadline'] },
      { type: 'sent', site: 'gmail', remaining: ['vague-ask'], callProposal: true },
      { type: 'meeting', site: 'gcal', event: 'checked', rules: ['no-agenda'], hours: 2, cost: 150 },
      { type: 'meeting', site: 'gcal', event: 'saved', rules: [], hours: 2, cost: 150, fixesApplied: true },
    ]);
    await send(v1, [{ type: 'dismissed', site: 'slack', rule: 'ask-to-ask' }], new Date(2025, 1, 3, 9));
    const ruleRowsV1 = await v1.ruleDays.toArray();
    const siteRowsV1 = await v1.siteDays.toArray();
    expect(v1.verno).toBe(1);
    v1.close();

    const v2 = new StatsDbV2(name, options);
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await v2.ruleDays.toArray()).toEqual(ruleRowsV1);
    expect(await v2.siteDays.toArray()).toEqual(siteRowsV1.map((row) => ({ ...row, meetingsCreated: row.meetingsSaved })));
    expect(await v2.ruleDays.where('rule').equals('vague-ask').count()).toBe(1);

    // The upgraded database still takes writes through the v1 code paths.
    await recordMessage(v2, { type: 'shown', site: 'gmail', rules: ['vague-ask'] }, NOW);
    expect((await v2.ruleDays.get(['2025-03-10', 'gmail', 'vague-ask']))?.shown).toBe(2);
    v2.close();
  });
});
