/** Numbers, days and times as the popup writes them, in the browser's locale. */
import type { Day } from '@/utils/stats/db';

const dayDate = (day: Day) => new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

export const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The change between two shares in whole percentage points, signed: "+8 pts", "−3 pts", "±0 pts". */
export function pointsDelta(now: number, before: number): string {
  const pts = Math.round(now * 100) - Math.round(before * 100);
  return `${pts > 0 ? '+' : pts < 0 ? '−' : '±'}${Math.abs(pts)} pts`;
}

/** A sync share as "sync:async" parts of 100: 0.15 → "15:85". */
export function ratio(share: number): string {
  const sync = Math.round(share * 100);
  return `${sync}:${100 - sync}`;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();
export function money(amount: number, currency: string, locale?: string): string {
  const key = `${locale ?? ''}|${currency}`;
  let format = moneyFormats.get(key);
  if (!format) moneyFormats.set(key, (format = new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 })));
  return format.format(amount);
}

export const shortDay = (day: Day, locale?: string) => dayDate(day).toLocaleDateString(locale, { day: 'numeric', month: 'short' });

/** "10 – 16 Mar"-style range as the locale writes it. */
export function dayRange(from: Day, to: Day, locale?: string): string {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
  return format.formatRange(dayDate(from), dayDate(to));
}

/** When a snooze ends, short: today "15:04", later "Thu 09:00". */
export function untilLabel(untilMs: number, now: Date, locale?: string): string {
  const until = new Date(untilMs);
  const sameDay = until.toDateString() === now.toDateString();
  return until.toLocaleString(locale, { ...(sameDay ? {} : { weekday: 'short' }), hour: '2-digit', minute: '2-digit' });
}

export const ONE_HOUR_MS = 3_600_000;

/** Tomorrow at the start of the working day ("HH:MM", local clock), for "pause until tomorrow". */
export function tomorrowAt(hhmm: string, now: Date): number {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, h ?? 9, m ?? 0).getTime();
}
