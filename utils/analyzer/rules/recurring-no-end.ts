import { defineEventRule } from '../rule';

/** A quarter after the first occurrence, as YYYY-MM-DD (the suggested end of the series). */
function quarterAfter(start: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(start);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 91));
  return d.toISOString().slice(0, 10);
}

export default defineEventRule({
  meta: {
    kind: 'event',
    id: 'recurring-no-end',
    severity: 'info',
    why: 'A series with no end outlives its purpose: it keeps running long after anyone remembers why. An end date makes renewing it a decision.',
    docs: { summary: 'A repeating series with no end date or count.' },
    messages: {
      noEnd: 'This series never ends — set an end date and renew it if it is still useful.',
      noEndSuggested: 'This series never ends — end it on {until} (a quarter from now) and renew it if it is still useful.',
    },
    suggestion: () => ({ text: 'End the series after a quarter (or a number of occurrences) and review whether it is still needed then.' }),
  },
  check({ event, report }) {
    if (!event.recurring || event.recurrenceEnds) return;
    const until = event.start ? quarterAfter(event.start) : null;
    if (until) report({ messageId: 'noEndSuggested', data: { until } });
    else report({ messageId: 'noEnd' });
  },
});
