import { defineEventRule } from '../rule';

export default defineEventRule({
  meta: {
    kind: 'event',
    id: 'long-meeting',
    severity: 'info',
    why: 'Long meetings cost focus time on every calendar they touch. A pre-read and a tighter goal usually halve them.',
    docs: { summary: 'Longer than your limit (default 60 minutes).' },
    messages: { long: '{minutes} minutes is long — could a pre-read shorten it?' },
    suggestion: () => ({ text: 'Send the material beforehand and use the time for questions and the decision; split it if it covers several topics.' }),
  },
  check({ event, ctx, report }) {
    // All-day blocks are not meetings someone sits through.
    if (event.durationMinutes > ctx.longMeetingMinutes && event.durationMinutes < 24 * 60)
      report({ messageId: 'long', data: { minutes: event.durationMinutes } });
  },
});
