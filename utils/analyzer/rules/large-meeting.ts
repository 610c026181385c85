import { defineEventRule } from '../rule';

export default defineEventRule({
  meta: {
    kind: 'event',
    id: 'large-meeting',
    severity: 'info',
    why: 'Past a handful of people, most guests listen rather than talk. Invite the deciders and send everyone else the written outcome.',
    docs: { summary: 'More guests than your limit (default 8).' },
    messages: { large: '{guests} guests — could some get the written notes instead?' },
    suggestion: () => ({ text: 'Keep the people who must decide or contribute; mark others optional and promise them the written summary.' }),
  },
  check({ event, ctx, report }) {
    if (event.guests > ctx.largeMeetingGuests) report({ messageId: 'large', data: { guests: event.guests } });
  },
});
