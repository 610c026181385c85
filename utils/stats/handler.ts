/** The background's end of the nudge messages: validate, then record. */
import { browser } from 'wxt/browser';
import { z } from '../zod';
import { nudgeMessageSchema } from '../messages';
import type { StatsDb } from './db';
import { recordMessage } from './record';

export type HandleResult = { ok: true } | { ok: false; error: string };

const nudgeTypes: ReadonlySet<unknown> = new Set(nudgeMessageSchema.options.map((option) => option.shape.type.value));

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

/** Answers nudge messages with a promise of the result so senders can await it. Returns the unsubscribe. */
export function registerStatsHandler(db: StatsDb): () => void {
  // Returning undefined for other messages leaves them to their own listeners.
  const listener = (message: unknown) => (isNudgeType(message) ? handleNudgeMessage(db, message) : undefined);
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
