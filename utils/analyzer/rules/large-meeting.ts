import { defineEventRule } from '../rule';

export default defineEventRule({
  meta: {
    kind: 'event',
    needs: ['guests', 'largeMeetingGuests'],
    id: 'large-meeting',
    severity: 'info',
    messages: ['large'],
  },
  check({ event, ctx, report }) {
    if (event.guests > ctx.largeMeetingGuests) report({ messageId: 'large', data: { guests: event.guests } });
  },
});
