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
    messages: ['noEnd', 'noEndSuggested'],
  },
  check({ event, report }) {
    if (!event.recurring || event.recurrenceEnds) return;
    const until = event.start ? quarterAfter(event.start) : null;
    if (until) report({ messageId: 'noEndSuggested', data: { until } });
    else report({ messageId: 'noEnd' });
  },
});
