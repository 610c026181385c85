import { defineMessageRule } from '../rule';

const WINDOW_MS = 60_000;
/** A "short" chat message: a fragment rather than a complete thought. */
export const SHORT_MESSAGE_CHARS = 80;

/*
 * Hit: a short draft after two short sends to the same conversation in the last 60 s.
 * Not: the same draft when the earlier sends were long or more than a minute ago.
 */
export default defineMessageRule({
  meta: {
    kind: 'message',
    id: 'message-burst',
    severity: 'info',
    surfaces: ['chat'],
    wholeMessage: true,
    english: false,
    messages: ['burst'],
    sensitivity: true,
  },
  check({ draft, ctx, sensitivity, report }) {
    if (ctx.now === undefined) return;
    const now = ctx.now;
    const { start, end } = draft.authored;
    if (end - start > SHORT_MESSAGE_CHARS) return;
    const recent = ctx.recentSends.filter((s) => now - s.at <= WINDOW_MS && now >= s.at && s.chars <= SHORT_MESSAGE_CHARS).length;
    const earlier = sensitivity === 'strict' ? 1 : sensitivity === 'relaxed' ? 3 : 2;
    if (recent >= earlier) report({ messageId: 'burst', data: { count: recent + 1 } });
  },
});
