/**
 * Dates and times as calendars show them, in the person's locale. No DOM: plain text in, a
 * calendar day or minutes after midnight out; anything unreadable gives null, never a guess.
 */

/** A calendar day, month 1–12. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

function validDay(year: number, month: number, day: number): CalendarDay | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? { year, month, day } : null;
}

function dayNumber(d: CalendarDay): number {
  return Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
}

function weekdayOf(d: CalendarDay): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** `YYYYMMDD` (Google Calendar's `data-date` and `data-ical`), else null. */
export function parseCompactDate(value: string | null | undefined): CalendarDay | null {
  const m = value ? /^(\d{4})(\d{2})(\d{2})$/.exec(value.trim()) : null;
  return m ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

// Month names by their first three letters, English and German ("Mär", "Mai", "Okt", "Dez").
const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  mär: 3,
  apr: 4,
  may: 5,
  mai: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  okt: 10,
  nov: 11,
  dec: 12,
  dez: 12,
};

// Weekday names: English by three letters, German by two ("Di.", "Mittwoch").
const WEEKDAYS_EN: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

const WEEKDAYS_DE: Record<string, number> = { so: 0, mo: 1, di: 2, mi: 3, do: 4, fr: 5, sa: 6 };

function leadingWeekday(text: string): number | null {
  const word = /^\s*(\p{L}{2,})/u.exec(text)?.[1]?.toLowerCase();
  if (!word) return null;
  return WEEKDAYS_EN[word.slice(0, 3)] ?? WEEKDAYS_DE[word.slice(0, 2)] ?? null;
}

function fullYear(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

/**
 * A date as a calendar shows it: "Tue 11/24/2026", "11/27/2026", "24.11.2026", "2026-11-24",
 * "Nov 24, 2026", "24. Nov. 2026", "Tuesday, November 24, 2026". Dotted dates are day first;
 * a slashed date is read month first when only that reading fits, or its weekday says so, or
 * `monthFirst` (the page's locale) says so. Null without a year.
 */
export function parseDateText(text: string, monthFirst = true): CalendarDay | null {
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const num = /(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})(?!\d)/.exec(text);
  if (num) {
    const [, a = '', sep, b = '', c = ''] = num;
    if (a.length === 4) return validDay(Number(a), Number(b), Number(c));
    const year = fullYear(c);
    const dayFirst = validDay(year, Number(b), Number(a));
    const monthFirstDay = validDay(year, Number(a), Number(b));
    if (sep === '.') return dayFirst;
    if (!dayFirst || !monthFirstDay) return dayFirst ?? monthFirstDay;
    const weekday = leadingWeekday(text);
    if (weekday !== null && weekdayOf(dayFirst) !== weekdayOf(monthFirstDay)) return weekdayOf(monthFirstDay) === weekday ? monthFirstDay : dayFirst;
    return monthFirst ? monthFirstDay : dayFirst;
  }
  const monthDay = /(\p{L}{3,})\.?\s+(\d{1,2}),?\s+(\d{4})/u.exec(text);
  const monthOfFirst = monthDay ? MONTHS[(monthDay[1] ?? '').slice(0, 3).toLowerCase()] : undefined;
  if (monthDay && monthOfFirst) return validDay(Number(monthDay[3]), monthOfFirst, Number(monthDay[2]));
  const dayMonth = /(\d{1,2})\.?\s+(\p{L}{3,})\.?,?\s+(\d{4})/u.exec(text);
  const monthOfSecond = dayMonth ? MONTHS[(dayMonth[2] ?? '').slice(0, 3).toLowerCase()] : undefined;
  if (dayMonth && monthOfSecond) return validDay(Number(dayMonth[3]), monthOfSecond, Number(dayMonth[1]));
  return null;
}

/**
 * A time of day in minutes after midnight: "10:00am", "10:00 AM", "10 a.m.", "14:30", "14.30",
 * "下午2:30". A bare hour needs an am/pm marker.
 */
export function parseTimeText(text: string): number | null {
  const t = text.toLowerCase();
  const twelve = /(?<![\d:.])(\d{1,2})(?:\s*[:.]\s*(\d{2}))?\s*([ap])\.?\s*m\.?(?![a-z])/.exec(t);
  if (twelve) {
    const hour = Number(twelve[1]);
    const minute = Number(twelve[2] ?? 0);
    if (hour < 1 || hour > 12 || minute > 59) return null;
    return ((hour % 12) + (twelve[3] === 'p' ? 12 : 0)) * 60 + minute;
  }
  const clock = /(?<![\d:./-])(\d{1,2})\s*[:.h]\s*(\d{2})(?!\s*[./-]?\s*\d)/.exec(t);
  if (!clock) return null;
  let hour = Number(clock[1]);
  const minute = Number(clock[2]);
  if (hour > 23 || minute > 59) return null;
  // CJK afternoon / morning markers around a 12-hour clock.
  if (/下午|午後|오후/.test(t) && hour < 12) hour += 12;
  else if (/上午|午前|오전/.test(t) && hour === 12) hour = 0;
  return hour * 60 + minute;
}

export interface EventTiming {
  durationMinutes: number;
  /** Local `YYYY-MM-DDTHH:MM`, when the start day and time are known. */
  start?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Length and start of an event from what its form shows. All-day events last whole days (end
 * day included); an end time before the start time on the same (or an unknown) day ends the
 * next day. Unknown times give a duration of 0, which the cost rules ignore.
 */
export function eventTiming(t: {
  startDay: CalendarDay | null;
  endDay: CalendarDay | null;
  startMinutes: number | null;
  endMinutes: number | null;
  allDay: boolean;
}): EventTiming {
  const day = t.startDay;
  const at = (minutes: number) => (day ? `${day.year}-${pad(day.month)}-${pad(day.day)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}` : undefined);
  const days = day && t.endDay ? dayNumber(t.endDay) - dayNumber(day) : 0;
  const result = (durationMinutes: number, start: string | undefined): EventTiming => (start ? { durationMinutes, start } : { durationMinutes });
  if (t.allDay) return result(Math.max(1, days + 1) * 1440, at(0));
  if (t.startMinutes === null) return result(0, undefined);
  if (t.endMinutes === null) return result(0, at(t.startMinutes));
  let minutes = days * 1440 + t.endMinutes - t.startMinutes;
  if (minutes < 0 && days === 0) minutes += 1440;
  return result(Math.max(0, minutes), at(t.startMinutes));
}
