import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NudgeMessage } from '@/utils/messages';
import { localDay, zeroRuleCounts, zeroSiteCounts, type StatsDb } from '@/utils/stats/db';
import { pruneBefore, recordMessage, resetStats } from '@/utils/stats/record';
import { freshDb, NOW, send, TODAY } from './helpers';

let db: StatsDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const ruleRow = (rule: string, counts: Partial<ReturnType<typeof zeroRuleCounts>>, day = TODAY, site = 'gmail') => ({
  day,
  site,
  rule,
  ...zeroRuleCounts(),
  ...counts,
});
const siteRow = (counts: Partial<ReturnType<typeof zeroSiteCounts>>, day = TODAY, site = 'gcal') => ({ day, site, ...zeroSiteCounts(), ...counts });

describe('localDay', () => {
  it.each([
    [new Date(2025, 0, 1, 0, 5), '2025-01-01'], // just after local midnight: UTC may still say 31 December
    [new Date(2024, 11, 31, 23, 55), '2024-12-31'], // just before local midnight: UTC may already say 1 January
    [new Date(2024, 1, 29, 12), '2024-02-29'], // leap day, zero-padded month
  ])('%s is %s', (date, day) => expect(localDay(date)).toBe(day));
});

describe('recordMessage mapping', () => {
  it('shown adds 1 to shown for each rule and touches no site row', async () => {
    await send(db, [{ type: 'shown', site: 'gmail', rules: ['vague-ask', 'no-deadline'] }]);
    await send(db, [{ type: 'shown', site: 'gmail', rules: ['vague-ask'] }]);
    expect(await db.ruleDays.toArray()).toEqual([ruleRow('no-deadline', { shown: 1 }), ruleRow('vague-ask', { shown: 2 })]);
    expect(await db.siteDays.count()).toBe(0);
  });

  it('a rule listed twice in one message counts once', async () => {
    await send(db, [{ type: 'shown', site: 'gmail', rules: ['vague-ask', 'vague-ask'] }]);
    expect(await db.ruleDays.toArray()).toEqual([ruleRow('vague-ask', { shown: 1 })]);
  });

  it('resolved adds 1 to resolved for each rule', async () => {
    await send(db, [
      { type: 'resolved', site: 'gmail', rules: ['vague-ask', 'no-deadline'] },
      { type: 'resolved', site: 'gmail', rules: ['no-deadline'] },
    ]);
    expect(await db.ruleDays.toArray()).toEqual([ruleRow('no-deadline', { resolved: 2 }), ruleRow('vague-ask', { resolved: 1 })]);
  });

  it('dismissed and templateInserted add 1 to their own count', async () => {
    await send(db, [
      { type: 'dismissed', site: 'gmail', rule: 'vague-ask' },
      { type: 'dismissed', site: 'gmail', rule: 'vague-ask' },
      { type: 'templateInserted', site: 'gmail', rule: 'vague-ask' },
    ]);
    expect(await db.ruleDays.toArray()).toEqual([ruleRow('vague-ask', { dismissed: 2, templates: 1 })]);
  });

  it('sent counts the message, clean only when nothing remains, and sent-anyway per remaining rule', async () => {
    await send(db, [
      { type: 'sent', site: 'slack', remaining: [] },
      { type: 'sent', site: 'slack', remaining: [], callProposal: true },
      { type: 'sent', site: 'slack', remaining: ['vague-ask', 'no-deadline'] },
      { type: 'sent', site: 'slack', remaining: ['vague-ask'], callProposal: true },
    ]);
    expect(await db.siteDays.toArray()).toEqual([siteRow({ messagesSent: 4, messagesClean: 2, callProposals: 2 }, TODAY, 'slack')]);
    expect(await db.ruleDays.toArray()).toEqual([
      ruleRow('no-deadline', { sentAnyway: 1 }, TODAY, 'slack'),
      ruleRow('vague-ask', { sentAnyway: 2 }, TODAY, 'slack'),
    ]);
  });

  it('a checked meeting without rules is checked, not flagged, and adds no hours or cost', async () => {
    await send(db, [{ type: 'meeting', site: 'gcal', event: 'checked', rules: [], hours: 4, cost: 300 }]);
    expect(await db.siteDays.toArray()).toEqual([siteRow({ meetingsChecked: 1 })]);
    expect(await db.ruleDays.count()).toBe(0);
  });

  it('a checked meeting with rules is flagged, adds its hours and cost, and shows each rule', async () => {
    await send(db, [
      { type: 'meeting', site: 'gcal', event: 'checked', rules: ['large-meeting', 'no-agenda'], hours: 4.5, cost: 337.5 },
      { type: 'meeting', site: 'gcal', event: 'checked', rules: ['no-agenda'], hours: 1, cost: 75 },
    ]);
    expect(await db.siteDays.toArray()).toEqual([siteRow({ meetingsChecked: 2, meetingsFlagged: 2, flaggedHours: 5.5, flaggedCost: 412.5 })]);
    expect(await db.ruleDays.toArray()).toEqual([ruleRow('large-meeting', { shown: 1 }, TODAY, 'gcal'), ruleRow('no-agenda', { shown: 2 }, TODAY, 'gcal')]);
  });

  it('a saved meeting counts as saved, with fixes only when fixes were applied, and nothing else', async () => {
    await send(db, [
      { type: 'meeting', site: 'gcal', event: 'saved', rules: ['no-agenda'], hours: 2, cost: 150, fixesApplied: true },
      { type: 'meeting', site: 'gcal', event: 'saved', rules: [], hours: 1, cost: 75 },
    ]);
    expect(await db.siteDays.toArray()).toEqual([siteRow({ meetingsSaved: 2, meetingsSavedWithFixes: 1 })]);
    expect(await db.ruleDays.count()).toBe(0);
  });

  it('keeps days and sites apart', async () => {
    await send(db, [{ type: 'sent', site: 'gmail', remaining: [] }], NOW);
    await send(db, [{ type: 'sent', site: 'outlook', remaining: [] }], NOW);
    await send(db, [{ type: 'sent', site: 'gmail', remaining: [] }], new Date(2025, 2, 11, 0, 1));
    expect(await db.siteDays.orderBy(':id').primaryKeys()).toEqual([
      ['2025-03-10', 'gmail'],
      ['2025-03-10', 'outlook'],
      ['2025-03-11', 'gmail'],
    ]);
  });

  it('writes nothing when the transaction fails part-way', async () => {
    db.ruleDays.hook('creating', (_key, obj) => {
      if (obj.rule === 'no-deadline') throw new Error('disk full');
    });
    await expect(recordMessage(db, { type: 'sent', site: 'gmail', remaining: ['vague-ask', 'no-deadline'], callProposal: false }, NOW)).rejects.toThrow();
    expect(await db.ruleDays.count()).toBe(0);
    expect(await db.siteDays.count()).toBe(0);
  });
});

describe('pruneBefore', () => {
  it('deletes rows of earlier days only and says how many went', async () => {
    const message: NudgeMessage = { type: 'sent', site: 'gmail', remaining: ['vague-ask'] };
    await send(db, [message], new Date(2025, 2, 8, 12));
    await send(db, [message], new Date(2025, 2, 9, 23, 59));
    await send(db, [message], new Date(2025, 2, 10, 0, 0));
    expect(await pruneBefore(db, '2025-03-10')).toBe(4);
    expect(await db.siteDays.orderBy(':id').primaryKeys()).toEqual([['2025-03-10', 'gmail']]);
    expect(await db.ruleDays.orderBy(':id').primaryKeys()).toEqual([['2025-03-10', 'gmail', 'vague-ask']]);
  });

  it('refuses a malformed day instead of deleting everything', async () => {
    await send(db, [{ type: 'sent', site: 'gmail', remaining: [] }]);
    await expect(pruneBefore(db, 'never')).rejects.toThrow(RangeError);
    expect(await db.siteDays.count()).toBe(1);
  });
});

describe('resetStats', () => {
  it('empties every table and recording works again afterwards', async () => {
    await send(db, [
      { type: 'sent', site: 'gmail', remaining: ['vague-ask'] },
      { type: 'meeting', site: 'gcal', event: 'checked', rules: ['no-agenda'], hours: 1, cost: 75 },
    ]);
    await resetStats(db);
    for (const table of db.tables) expect(await table.count()).toBe(0);
    await send(db, [{ type: 'shown', site: 'gmail', rules: ['vague-ask'] }]);
    expect(await db.ruleDays.toArray()).toEqual([ruleRow('vague-ask', { shown: 1 })]);
  });
});
