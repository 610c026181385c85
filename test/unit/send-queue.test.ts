/**
 * Counts survive a stopping service worker: the content script's queue keeps each message until
 * the background acknowledges it, and the background records each id once however often it comes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { NudgeMessage } from '@/utils/messages';
import { SendQueue } from '@/utils/sites/safe';
import { createStatsDb, type StatsDb } from '@/utils/stats/db';
import { handleNudgeBatch, registerStatsHandler } from '@/utils/stats/handler';
import { idbOptions, NOW } from './stats/helpers';

const sent: NudgeMessage = { type: 'sent', site: 'gmail', remaining: [] };
const gone = () => new Error('Could not establish connection. Receiving end does not exist.');

let db: StatsDb;
let options: ReturnType<typeof idbOptions>;
beforeEach(() => {
  fakeBrowser.reset();
  options = idbOptions();
  db = createStatsDb('async-nudge-stats-queue', options);
});
afterEach(() => {
  db.close();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const messagesSent = async () => (await db.siteDays.toArray()).reduce((sum, row) => sum + row.messagesSent, 0);

/** The real background behind a sendMessage whose first `n` calls fail in the given way. */
function flakyBackground(n: number, failure: 'unreachable' | 'ackLost' | 'notOk') {
  registerStatsHandler(db);
  const deliver = fakeBrowser.runtime.sendMessage.bind(fakeBrowser.runtime);
  let calls = 0;
  return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    calls += 1;
    if (calls > n) return deliver(message);
    if (failure === 'unreachable') throw gone();
    if (failure === 'notOk') return { ok: false, error: 'database closing' };
    // The worker wrote the batch and stopped before its answer reached the page.
    await deliver(message);
    throw gone();
  });
}

describe('SendQueue', () => {
  // The field report: 97 of 400 counts vanished while the worker was stopping.
  it.each([
    ['the background is unreachable', 'unreachable'],
    ['the background answers not ok', 'notOk'],
    ['the write commits but the ack is lost', 'ackLost'],
  ] as const)('400 counts arrive exactly once when %s the first 3 times', async (_why, failure) => {
    const sendMessage = flakyBackground(3, failure);
    const queue = new SendQueue({ baseDelayMs: 1 });
    for (let i = 0; i < 400; i++) queue.enqueue(sent);
    await vi.waitFor(() => expect(queue.size).toBe(0), { timeout: 5000 });
    expect(await messagesSent()).toBe(400);
    // Batched: a few calls, not one per count.
    expect(sendMessage.mock.calls.length).toBeLessThan(20);
  });

  it('sends nothing but schema’d messages with an id each', async () => {
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true });
    const queue = new SendQueue();
    queue.enqueue({ type: 'dismissed', site: 'slack', rule: 'ask-to-ask' });
    await queue.flush();
    expect(sendMessage).toHaveBeenCalledWith({
      type: 'nudgeBatch',
      items: [{ id: expect.stringMatching(/^[0-9a-f]{32}$/), message: { type: 'dismissed', site: 'slack', rule: 'ask-to-ask' } }],
    });
    expect(queue.size).toBe(0);
  });

  it('backs off exponentially, gives up after 5 attempts and leaves no timer behind', async () => {
    vi.useFakeTimers();
    const times: number[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async () => {
      times.push(Date.now());
      throw gone();
    });
    const queue = new SendQueue({ baseDelayMs: 100 });
    expect(vi.getTimerCount()).toBe(0);
    queue.enqueue(sent);
    await vi.runAllTimersAsync();
    expect(times.map((t) => t - (times[0] ?? 0))).toEqual([0, 100, 300, 700, 1500]);
    expect(queue.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('an idle queue sets no timer: nothing polls', async () => {
    vi.useFakeTimers();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true });
    const queue = new SendQueue();
    expect(vi.getTimerCount()).toBe(0);
    queue.enqueue(sent);
    await vi.runAllTimersAsync();
    expect(queue.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('flush sends at once, without waiting for the retry timer (pagehide)', async () => {
    vi.useFakeTimers();
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true });
    const queue = new SendQueue();
    queue.enqueue(sent);
    queue.enqueue(sent);
    await queue.flush();
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(queue.size).toBe(0);
  });

  it('a page whose extension was reloaded keeps working: sendMessage throwing synchronously is a failure, not a crash', async () => {
    vi.useFakeTimers();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    const queue = new SendQueue();
    expect(() => queue.enqueue(sent)).not.toThrow();
    await vi.runAllTimersAsync();
    expect(queue.size).toBe(0);
  });
});

describe('handleNudgeBatch', () => {
  const batch = (ids: string[], message: unknown = sent) => ({ type: 'nudgeBatch', items: ids.map((id) => ({ id, message })) });
  const id = (n: number) => n.toString(16).padStart(32, '0');

  it('records a retried id once, even after the worker restarted', async () => {
    expect(await handleNudgeBatch(db, batch([id(1), id(2)]), NOW)).toEqual({ ok: true });
    db.close();
    db = createStatsDb('async-nudge-stats-queue', options);
    expect(await handleNudgeBatch(db, batch([id(2), id(3)]), NOW)).toEqual({ ok: true });
    expect(await messagesSent()).toBe(3);
  });

  it('settles a batch with an invalid message: the valid ones are recorded, the invalid one dropped', async () => {
    const raw = {
      type: 'nudgeBatch',
      items: [
        { id: id(1), message: sent },
        { id: id(2), message: { type: 'sent', site: 'myspace' } },
      ],
    };
    expect(await handleNudgeBatch(db, raw, NOW)).toEqual({ ok: true });
    expect(await messagesSent()).toBe(1);
  });

  it.each([
    ['not a batch', { type: 'nudgeBatch' }],
    ['an id that is not an id', batch(['Hello Bob'])],
    ['too many items', batch(Array.from({ length: 201 }, (_, i) => id(i)))],
  ])('refuses %s and records nothing', async (_why, raw) => {
    expect(await handleNudgeBatch(db, raw, NOW)).toMatchObject({ ok: false });
    expect(await messagesSent()).toBe(0);
  });

  it('fails the whole batch when the database fails, so the sender retries all of it', async () => {
    db.close();
    expect(await handleNudgeBatch(db, batch([id(1)]), NOW)).toMatchObject({ ok: false });
  });
});
