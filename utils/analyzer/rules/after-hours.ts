import { localClock, minutesOf, withinWorkingHours } from '../context';
import { defineMessageRule } from '../rule';

/*
 * Hit: a draft composed at 22:10 on a Tuesday, or on a Saturday, with 09:00–17:00 Mon–Fri hours.
 * Not: the same draft at 10:00 on a Tuesday, or with no clock in the context.
 */
export default defineMessageRule({
  meta: {
    kind: 'message',
    id: 'after-hours',
    severity: 'info',
    wholeMessage: true,
    english: false,
    messages: ['nextToday', 'nextTomorrow', 'nextLater'],
    suggestion: { templateKind: 'scheduled-send' },
  },
  check({ ctx, report }) {
    if (ctx.now === undefined) return;
    const { day, minutes } = localClock(ctx.now, ctx.timeZone);
    if (withinWorkingHours(day, minutes, ctx)) return;
    const { days, start } = ctx.workingHours;
    if (days.length === 0) return;
    const startMin = minutesOf(start);
    let offset = days.includes(day) && minutes < startMin ? 0 : 1;
    while (!days.includes((day + offset) % 7)) offset++;
    // When the next working day starts; the UI words it ("09:00 tomorrow", "Monday 09:00").
    const messageId = offset === 0 ? 'nextToday' : offset === 1 ? 'nextTomorrow' : 'nextLater';
    report({ messageId, data: { time: start, day: { weekday: (day + offset) % 7 } } });
  },
});
