/** Shared set-up for the stats tests: an isolated in-memory IndexedDB per test and a fixed clock. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createStatsDb, type StatsDb } from '@/utils/stats/db';
import { handleNudgeMessage } from '@/utils/stats/handler';
import type { NudgeMessage } from '@/utils/messages';

/** Monday 10 March 2025, noon local time: far from midnight in every time zone's own clock. */
export const NOW = new Date(2025, 2, 10, 12, 0);
export const TODAY = '2025-03-10';

/** A fresh IndexedDB per call, so tests never see each other's rows. */
export const idbOptions = () => ({ indexedDB: new IDBFactory(), IDBKeyRange });

export const freshDb = (): StatsDb => createStatsDb('async-nudge-stats-test', idbOptions());

/** Records valid messages, failing loudly if one is rejected (a typo in a test, not a finding). */
export async function send(db: StatsDb, messages: NudgeMessage[], now = NOW) {
  for (const message of messages) {
    const result = await handleNudgeMessage(db, message, now);
    if (!result.ok) throw new Error(`rejected ${JSON.stringify(message)}: ${result.error}`);
  }
}
