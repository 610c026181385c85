import { defineEventRule } from '../rule';

export default defineEventRule({
  meta: {
    kind: 'event',
    needs: ['durationMinutes', 'longMeetingMinutes'],
    id: 'long-meeting',
    severity: 'info',
    messages: ['long'],
  },
  check({ event, ctx, report }) {
    // All-day blocks are not meetings someone sits through.
    if (event.durationMinutes > ctx.longMeetingMinutes && event.durationMinutes < 24 * 60)
      report({ messageId: 'long', data: { minutes: event.durationMinutes } });
  },
});
