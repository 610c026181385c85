/** The analyzer's input as data arriving from outside (CLI lines, messages between scripts). */
import { z } from '../zod';

/** "2026-11-24T10:00" names a real day and a clock time within it. */
function validClock(start: string): boolean {
  const part = (from: number, to: number) => Number(start.slice(from, to) || '0');
  const [y, mo, d, h, mi, s] = [part(0, 4), part(5, 7), part(8, 10), part(11, 13), part(14, 16), part(17, 19)];
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return false;
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
}

export const messageInputSchema = z.object({
  kind: z.literal('message'),
  surface: z.enum(['email', 'chat']),
  text: z.string(),
  subject: z.optional(z.string()),
});

export const eventInputSchema = z.object({
  kind: z.literal('event'),
  title: z.string(),
  description: z.string(),
  guests: z.number().check(z.int(), z.gte(0)),
  durationMinutes: z.number().check(z.gte(0)),
  recurring: z.boolean(),
  recurrenceEnds: z.boolean(),
  recurrenceFrequency: z.optional(z.enum(['daily', 'weekdays', 'weekly', 'biweekly', 'monthly'])),
  start: z.optional(
    z
      .string()
      .check(
        z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/, 'start must be a local date-time like 2026-11-24T10:00'),
        z.refine(validClock, 'start must be a real date and clock time (month 01–12, hour 00–23, minute 00–59)'),
      ),
  ),
});

export const analyzerInputSchema = z.discriminatedUnion('kind', [messageInputSchema, eventInputSchema]);

/** Event fields and context numbers event rules read; a rule names those it needs (`meta.needs`). */
export type EventField = 'guests' | 'durationMinutes' | 'start' | 'hourlyRate' | 'largeMeetingGuests' | 'longMeetingMinutes';

const countSchema = z.number().check(z.gte(0));

/**
 * The fields that arrived unusable (NaN, Infinity, negative, a clock like 25:99). Rules that need
 * one of them are skipped instead of reporting "$NaN" or throwing.
 */
export function invalidEventFields(
  event: { guests: unknown; durationMinutes: unknown; start?: unknown },
  ctx: { hourlyRate: unknown; largeMeetingGuests: unknown; longMeetingMinutes: unknown },
): Set<EventField> {
  const out = new Set<EventField>();
  const shape = eventInputSchema.shape;
  if (!shape.guests.safeParse(event.guests).success) out.add('guests');
  if (!shape.durationMinutes.safeParse(event.durationMinutes).success) out.add('durationMinutes');
  if (!shape.start.safeParse(event.start).success) out.add('start');
  if (!countSchema.safeParse(ctx.hourlyRate).success) out.add('hourlyRate');
  if (!countSchema.safeParse(ctx.largeMeetingGuests).success) out.add('largeMeetingGuests');
  if (!countSchema.safeParse(ctx.longMeetingMinutes).success) out.add('longMeetingMinutes');
  return out;
}

/** An instant `Date` can hold (±8.64e15 ms); anything else is treated as no clock. */
export function validInstant(at: unknown): at is number {
  return typeof at === 'number' && Number.isFinite(at) && Math.abs(at) <= 8.64e15;
}
