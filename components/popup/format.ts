/** Numbers, days and times as the popup writes them, in the browser's UI language. */
import { formatNumber, t, uiLocale } from '@/utils/i18n';
import type { Day } from '@/utils/stats/db';

const dayDate = (day: Day) => new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

/** A count as the locale writes it: 1234 → "1,234". */
export const count = (n: number, locale = uiLocale()) => formatNumber(n, {}, locale);

/** A share in whole percent, rounded as the chart rounds it: 0.745 → "75%". */
export const percent = (share: number, locale = uiLocale()) => formatNumber(Math.round(share * 100) / 100, { style: 'percent' }, locale);

/** The change between two shares in whole percentage points, signed: "+8 pts", "−3 pts", "±0 pts". */
export function pointsDelta(now: number, before: number, locale = uiLocale()): string {
  const pts = Math.round(now * 100) - Math.round(before * 100);
  const delta = `${pts > 0 ? '+' : pts < 0 ? '−' : '±'}${count(Math.abs(pts), locale)}`;
  return t('popup.points', Math.abs(pts), { delta });
}

/** A sync share as "sync:async" parts of 100: 0.15 → "15:85". */
export function ratio(share: number, locale = uiLocale()): string {
  const sync = Math.round(share * 100);
  return `${count(sync, locale)}:${count(100 - sync, locale)}`;
}

export const shortDay = (day: Day, locale = uiLocale()) => dayDate(day).toLocaleDateString(locale, { day: 'numeric', month: 'short' });

/** "10 – 16 Mar"-style range as the locale writes it. */
export function dayRange(from: Day, to: Day, locale = uiLocale()): string {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
  return format.formatRange(dayDate(from), dayDate(to));
}

/** When a snooze ends, short: today "15:04", later "Thu 09:00". */
export function untilLabel(untilMs: number, now: Date, locale = uiLocale()): string {
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
