import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { NudgeMessage } from '@/utils/messages';
import { zeroRuleCounts, zeroSiteCounts, type StatsDb } from '@/utils/stats/db';
import { handleNudgeMessage, registerStatsHandler } from '@/utils/stats/handler';
import { freshDb, NOW, send, TODAY } from './helpers';

let db: StatsDb;
beforeEach(() => {
  db = freshDb();
  fakeBrowser.reset();
});
afterEach(() => db.close());

const dump = async () => ({ ruleDays: await db.ruleDays.toArray(), siteDays: await db.siteDays.toArray() });

describe('handleNudgeMessage rejects what the schema rejects and changes nothing', () => {
  const invalid: [why: string, raw: unknown][] = [
    ['not an object', 'shown'],
    ['null', null],
    ['no type', { site: 'gmail', rules: [] }],
    ['unknown type', { type: 'typed', site: 'gmail', rules: [] }],
    ['unknown site', { type: 'shown', site: 'facebook', rules: ['vague-ask'] }],
    ['rule id with spaces and capitals, e.g. text pasted by a page', { type: 'shown', site: 'gmail', rules: ['Hello Bob'] }],
    ['rule id over 40 characters', { type: 'dismissed', site: 'gmail', rule: 'a'.repeat(41) }],
    ['more than 40 rules', { type: 'shown', site: 'gmail', rules: Array.from({ length: 41 }, () => 'vague-ask') }],
    ['missing rule', { type: 'templateInserted', site: 'gmail' }],
    ['remaining not a list', { type: 'sent', site: 'gmail', remaining: 'vague-ask' }],
    ['negative hours', { type: 'meeting', site: 'gcal', event: 'checked', rules: [], hours: -1, cost: 0 }],
    ['NaN cost', { type: 'meeting', site: 'gcal', event: 'checked', rules: ['no-agenda'], hours: 1, cost: Number.NaN }],
    ['infinite cost', { type: 'meeting', site: 'gcal', event: 'checked', rules: ['no-agenda'], hours: 1, cost: Number.POSITIVE_INFINITY }],
    ['unknown meeting event', { type: 'meeting', site: 'gcal', event: 'deleted', rules: [], hours: 1, cost: 1 }],
  ];

  it.each(invalid)('%s', async (_why, raw) => {
    await send(db, [
      { type: 'shown', site: 'gmail', rules: ['vague-ask'] },
      { type: 'meeting', site: 'gcal', event: 'checked', rules: ['no-agenda'], hours: 1, cost: 75 },
    ]);
    const before = await dump();
    const result = await handleNudgeMessage(db, raw, NOW);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.length).toBeGreaterThan(0);
    expect(await dump()).toEqual(before);
  });
});

describe('handleNudgeMessage under load', () => {
  // Each kind lands on rows the other tab writes too, so a lost update would show in the totals.
  const kinds: NudgeMessage[] = [
    { type: 'shown', site: 'gmail', rules: ['vague-ask', 'no-deadline'] },
    { type: 'resolved', site: 'gmail', rules: ['vague-ask'] },
    { type: 'sent', site: 'gmail', remaining: [], callProposal: true },
    { type: 'sent', site: 'gmail', remaining: ['vague-ask'] },
    { type: 'meeting', site: 'gmail', event: 'checked', rules: ['no-agenda'], hours: 0.5, cost: 37.5 },
  ];
  const tab = (n: number) => Array.from({ length: n }, (_, i) => kinds[i % kinds.length]);

  it('1,000 interleaved events from two tabs add up exactly', async () => {
    const [a, b] = [tab(500), tab(500)];
    const interleaved = a.flatMap((message, i) => [message, b[i]]);
    const results = await Promise.all(interleaved.map((message) => handleNudgeMessage(db, message, NOW)));
    expect(results.every((result) => result.ok)).toBe(true);

    // 1,000 events / 5 kinds = 200 of each.
    expect(await db.siteDays.toArray()).toEqual([
      {
        day: TODAY,
        site: 'gmail',
        ...zeroSiteCounts(),
        messagesSent: 400,
        messagesClean: 200,
        callProposals: 200,
        meetingsChecked: 200,
        meetingsFlagged: 200,
        flaggedHours: 100,
        flaggedCost: 7500,
      },
    ]);
    const rule = (name: string, counts: Partial<ReturnType<typeof zeroRuleCounts>>) => ({
      day: TODAY,
      site: 'gmail',
      rule: name,
      ...zeroRuleCounts(),
      ...counts,
    });
    expect(await db.ruleDays.toArray()).toEqual([
      rule('no-agenda', { shown: 200 }),
      rule('no-deadline', { shown: 200 }),
      rule('vague-ask', { shown: 200, resolved: 200, sentAnyway: 200 }),
    ]);
  });
});

describe('registerStatsHandler', () => {
  it('answers a nudge message sent through runtime.sendMessage with {ok: true} once recorded', async () => {
    registerStatsHandler(db);
    const message: NudgeMessage = { type: 'dismissed', site: 'slack', rule: 'ask-to-ask' };
    await expect(fakeBrowser.runtime.sendMessage(message)).resolves.toEqual({ ok: true });
    expect(await db.ruleDays.toArray()).toEqual([{ day: expect.any(String), site: 'slack', rule: 'ask-to-ask', ...zeroRuleCounts(), dismissed: 1 }]);
  });

  it('answers an invalid nudge message with {ok: false} instead of throwing', async () => {
    registerStatsHandler(db);
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: 'shown', site: 'myspace', rules: [] }, {});
    expect(answer).toMatchObject({ ok: false, error: expect.any(String) });
  });

  it('leaves messages of other types to other listeners', async () => {
    registerStatsHandler(db);
    const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'getSettings' }, {});
    expect(answers).toEqual([undefined]);
    const nonObjects = await Promise.all([null, 'shown', 7].map((message) => fakeBrowser.runtime.onMessage.trigger(message, {})));
    expect(nonObjects).toEqual([[undefined], [undefined], [undefined]]);
  });

  it('answers {ok: false} when the database fails, without throwing out of the listener', async () => {
    registerStatsHandler(db);
    db.close();
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: 'shown', site: 'gmail', rules: ['vague-ask'] }, {});
    expect(answer).toMatchObject({ ok: false, error: expect.any(String) });
  });

  it('returns an unsubscribe that removes the listener', async () => {
    const unregister = registerStatsHandler(db);
    unregister();
    expect(await fakeBrowser.runtime.onMessage.trigger({ type: 'shown', site: 'gmail', rules: ['vague-ask'] }, {})).toEqual([]);
    expect(await db.ruleDays.count()).toBe(0);
  });
});
