import { defineEventRule } from '../rule';

export default defineEventRule({
  meta: {
    kind: 'event',
    id: 'recurring-no-end',
    severity: 'info',
    why: 'A series with no end outlives its purpose: it keeps running long after anyone remembers why. An end date makes renewing it a decision.',
    docs: { summary: 'A repeating series with no end date or count.' },
    messages: { noEnd: 'This series never ends — set an end date and renew it if it is still useful.' },
    suggestion: () => ({ text: 'End the series after a quarter (or a number of occurrences) and review whether it is still needed then.' }),
  },
  check({ event, report }) {
    if (event.recurring && !event.recurrenceEnds) report({ messageId: 'noEnd' });
  },
});
