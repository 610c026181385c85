/** The analyzer's input as data arriving from outside (CLI lines, messages between scripts). */
import { z } from '../zod';

export const messageInputSchema = z.object({
  kind: z.literal('message'),
  surface: z.enum(['email', 'chat']),
  text: z.string(),
  subject: z.string().optional(),
});

export const eventInputSchema = z.object({
  kind: z.literal('event'),
  title: z.string(),
  description: z.string(),
  guests: z.number().int().min(0),
  durationMinutes: z.number().min(0),
  recurring: z.boolean(),
  recurrenceEnds: z.boolean(),
  recurrenceFrequency: z.enum(['daily', 'weekdays', 'weekly', 'biweekly', 'monthly']).optional(),
  start: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/, 'start must be a local date-time like 2026-11-24T10:00')
    .optional(),
});

export const analyzerInputSchema = z.discriminatedUnion('kind', [messageInputSchema, eventInputSchema]);
