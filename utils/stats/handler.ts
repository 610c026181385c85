/**
 * The background's end of the nudge messages: validate, then record. Content scripts send
 * batches of messages with ids (utils/sites/safe.ts) and keep each until this answers
 * `{ ok: true }`, which it does only after the write has committed.
 */
import { browser } from 'wxt/browser';
import { z } from '../zod';
import '../zod-messages';
import { nudgeBatchSchema, nudgeMessageSchema } from '../messages';
import type { StatsDb } from './db';
import { recordMessage } from './record';

export type HandleResult = { ok: true } | { ok: false; error: string };

/** How long an id is remembered: far beyond any retry (seconds), short enough to stay a small table. */
export const RECEIPT_TTL_MS = 24 * 60 * 60 * 1000;

const typeOf = (schema: { def: { shape: { type: z.ZodMiniLiteral<string> } } }) => schema.def.shape.type.def.values[0];
const batchType = typeOf(nudgeBatchSchema);
const nudgeTypes: ReadonlySet<unknown> = new Set([...nudgeMessageSchema.def.options.map(typeOf), batchType]);

/** Other features share runtime.onMessage: only messages of a nudge type are ours to answer. */
const isNudgeType = (message: unknown) => typeof message === 'object' && message !== null && nudgeTypes.has((message as { type?: unknown }).type);

/** Never rejects: a content script runs in someone else's page, so bad input is expected. */
export async function handleNudgeMessage(db: StatsDb, raw: unknown, now = new Date()): Promise<HandleResult> {
  const parsed = nudgeMessageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: z.prettifyError(parsed.error) };
  try {
    await recordMessage(db, parsed.data, now);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Records every new id of the batch in one transaction with its receipt: all or nothing, so a
 * failure is retried whole and an id already recorded is only acknowledged again. An invalid
 * message in a valid batch is dropped (a retry could not fix it) and the rest are recorded.
 */
export async function handleNudgeBatch(db: StatsDb, raw: unknown, now = new Date()): Promise<HandleResult> {
  const batch = nudgeBatchSchema.safeParse(raw);
  if (!batch.success) return { ok: false, error: z.prettifyError(batch.error) };
  const at = now.getTime();
  try {
    await db.transaction('rw', db.ruleDays, db.siteDays, db.receipts, async () => {
      await db.receipts
        .where('at')
        .below(at - RECEIPT_TTL_MS)
        .delete();
      for (const { id, message } of batch.data.items) {
        const parsed = nudgeMessageSchema.safeParse(message);
        if (!parsed.success || (await db.receipts.get(id))) continue;
        await recordMessage(db, parsed.data, now);
        await db.receipts.put({ id, at });
      }
    });
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

const isBatch = (message: unknown) => (message as { type?: unknown }).type === batchType;

/** Answers nudge messages with a promise of the result so senders can await it. Returns the unsubscribe. */
export function registerStatsHandler(db: StatsDb): () => void {
  // Returning undefined for other messages leaves them to their own listeners.
  const listener = (message: unknown) =>
    isNudgeType(message) ? (isBatch(message) ? handleNudgeBatch(db, message) : handleNudgeMessage(db, message)) : undefined;
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
