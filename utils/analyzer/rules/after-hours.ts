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
    english: false,
    why: 'A message sent outside working hours tells the reader that evenings are for work too, and lands in the night of someone in another time zone. Scheduled send keeps your pace without setting theirs.',
    docs: { summary: 'Composed outside your configured working hours or days: consider scheduled send.' },
    messages: { afterHours: "It's outside your working hours — consider scheduling this for {next}." },
    suggestion: () => ({
      text: "Use your mail or chat app's scheduled send so it arrives at the start of the reader's working day.",
      templateKind: 'scheduled-send',
    }),
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
    const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    const next = offset === 0 ? `${start} today` : offset === 1 ? `${start} tomorrow` : `${names[(day + offset) % 7]} ${start}`;
    report({ messageId: 'afterHours', data: { next } });
  },
});
