/**
 * Messages content scripts send to the background, which owns IndexedDB. Counts and rule
 * ids only: no message text, subject, name, address or title ever crosses this line.
 * The background validates every message with this schema (content scripts run in pages).
 */
import { MAX_MEETING_COST, MAX_MEETING_HOURS, NUDGE_BATCH_MAX } from './catalog/limits';
import { SITE_IDS } from './catalog/sites';
import { z } from './zod';

export const siteSchema = z.enum(SITE_IDS);

const ruleId = z.string().check(z.regex(/^[a-z]+(?:-[a-z]+)*$/), z.maxLength(40));
const ruleIds = z.array(ruleId).check(z.maxLength(40));

export const nudgeMessageSchema = z.discriminatedUnion('type', [
  /** Rules on screen in a sent draft, once each (utils/sites/composer/nudge-counter.ts defines the counts). */
  z.object({ type: z.literal('shown'), site: siteSchema, rules: ruleIds }),
  /** Rules shown in a sent draft and gone by the send. */
  z.object({ type: z.literal('resolved'), site: siteSchema, rules: ruleIds }),
  /** The person dismissed a finding in a sent draft, or turned its rule off there. */
  z.object({ type: z.literal('dismissed'), site: siteSchema, rule: ruleId }),
  /** A message was sent; `remaining` are the rules still shown at that moment (sent anyway). */
  z.object({ type: z.literal('sent'), site: siteSchema, remaining: ruleIds, callProposal: z._default(z.boolean(), false) }),
  /** A template was inserted from a finding. */
  z.object({ type: z.literal('templateInserted'), site: siteSchema, rule: ruleId }),
  /** A meeting editor was checked or saved (calendar sites). */
  z.object({
    type: z.literal('meeting'),
    site: siteSchema,
    event: z.enum(['checked', 'saved']),
    rules: ruleIds,
    hours: z.number().check(z.gte(0), z.lte(MAX_MEETING_HOURS)),
    cost: z.number().check(z.gte(0), z.lte(MAX_MEETING_COST)),
    fixesApplied: z._default(z.boolean(), false),
  }),
]);

export type NudgeMessage = z.input<typeof nudgeMessageSchema>;
export type ParsedNudgeMessage = z.output<typeof nudgeMessageSchema>;

/** Random, per message: the background records an id once, however often a retry delivers it. */
export const messageIdSchema = z.string().check(z.regex(/^[0-9a-f]{32}$/));

/**
 * Queued nudge messages, each with its id. Items are checked one by one by the background,
 * so one bad message never holds back the others.
 */
export const nudgeBatchSchema = z.object({
  type: z.literal('nudgeBatch'),
  items: z.array(z.object({ id: messageIdSchema, message: z.unknown() })).check(z.minLength(1), z.maxLength(NUDGE_BATCH_MAX)),
});

export interface NudgeBatch {
  type: 'nudgeBatch';
  items: { id: string; message: NudgeMessage }[];
}

/**
 * "Manage in options" in a hint panel: open the options page at a section. Content scripts
 * cannot open extension pages themselves, so the background does; no text crosses with it.
 */
export const openOptionsSchema = z.object({ type: z.literal('openOptions'), section: z.enum(['rules']) });

export type OpenOptionsMessage = z.input<typeof openOptionsSchema>;
