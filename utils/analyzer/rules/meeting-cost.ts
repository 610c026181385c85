import { defineEventRule } from '../rule';
import type { FindingData, RecurrenceFrequency } from '../types';

const PER_MONTH: Record<RecurrenceFrequency, number> = { daily: 30, weekdays: 21.7, weekly: 4.33, biweekly: 2.17, monthly: 1 };

/** (guests + 1) × hours × hourly rate, and per month for a recurring series. */
export function meetingCost(guests: number, minutes: number, rate: number): number {
  return (guests + 1) * (minutes / 60) * rate;
}

export default defineEventRule({
  meta: {
    kind: 'event',
    needs: ['guests', 'durationMinutes', 'hourlyRate'],
    id: 'meeting-cost',
    severity: 'info',
    messages: ['cost', 'costRecurring'],
  },
  check({ event, ctx, report }) {
    if (event.guests < 1 || event.durationMinutes <= 0) return;
    const cost = meetingCost(event.guests, event.durationMinutes, ctx.hourlyRate);
    const hours = Math.round((event.durationMinutes / 60) * 100) / 100;
    const data: FindingData = {
      cost: { money: cost, currency: ctx.currency },
      amount: Math.round(cost * 100) / 100,
      people: event.guests + 1,
      hours,
    };
    if (event.recurring && event.recurrenceFrequency) {
      const monthly = cost * PER_MONTH[event.recurrenceFrequency];
      data.monthly = { money: monthly, currency: ctx.currency };
      data.monthlyAmount = Math.round(monthly * 100) / 100;
      report({ messageId: 'costRecurring', data });
    } else report({ messageId: 'cost', data });
  },
});
