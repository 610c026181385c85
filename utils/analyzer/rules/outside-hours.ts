import { minutesOf } from '../context';
import { defineEventRule } from '../rule';

const START = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

export default defineEventRule({
  meta: {
    kind: 'event',
    needs: ['start', 'durationMinutes'],
    id: 'outside-hours',
    severity: 'info',
    messages: ['outside'],
  },
  check({ event, ctx, report }) {
    const m = event.start ? START.exec(event.start) : null;
    if (!m || event.durationMinutes >= 24 * 60) return;
    const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
    const start = Number(m[4]) * 60 + Number(m[5]);
    const end = start + Math.max(0, event.durationMinutes);
    const wh = ctx.workingHours;
    const inside = wh.days.includes(day) && start >= minutesOf(wh.start) && end <= minutesOf(wh.end);
    if (!inside) report({ messageId: 'outside', data: { hours: `${wh.start}–${wh.end}` } });
  },
});
