/** The background's retention wiring: a daily alarm that prunes rows past statsRetentionDays. */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { createStatsDb, zeroSiteCounts, type StatsDb } from '@/utils/stats/db';
import { addDays } from '@/utils/stats/queries';
import { NOW, TODAY } from './helpers';

let db: StatsDb;
beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  // The background opens the real database name on the global (fake) IndexedDB.
  db = createStatsDb();
  await db.siteDays.clear();
  await db.siteDays.bulkPut([31, 30, 29, 0].map((ago) => ({ ...zeroSiteCounts(), day: addDays(TODAY, -ago), site: 'gmail' as const, messagesSent: 1 })));
  await fakeBrowser.storage.sync.set({ settings: { statsRetentionDays: 30 } });
});
afterEach(() => {
  vi.useRealTimers();
  db.close();
});

const days = async () => (await db.siteDays.toArray()).map((r) => r.day);

describe('stats retention', () => {
  it('schedules one daily alarm, once, even when the service worker starts again', async () => {
    background.main();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.getAll()).toHaveLength(1));
    const [alarm] = await fakeBrowser.alarms.getAll();
    expect(alarm).toMatchObject({ name: 'stats-retention', periodInMinutes: 24 * 60 });

    vi.setSystemTime(NOW.getTime() + 5 * 60_000);
    background.main();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await fakeBrowser.alarms.getAll()).toEqual([alarm]);
  });

  it('the alarm deletes the days older than the retention setting and keeps the rest', async () => {
    background.main();
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'other-feature', scheduledTime: Date.now() });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await days()).toHaveLength(4);

    await fakeBrowser.alarms.onAlarm.trigger({ name: 'stats-retention', scheduledTime: Date.now() });
    await vi.waitFor(async () => expect(await days()).toEqual([addDays(TODAY, -30), addDays(TODAY, -29), TODAY]));
  });
});
