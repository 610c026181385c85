/** What form controls on a site show: values, switches, e-mail addresses, dates and times as text. */
import { type CalendarDay, parseDateText, parseTimeText } from '../date-text';
import type { SelectorList } from '../selectors';
import type { EventInput, RecurrenceFrequency } from '../../analyzer/types';
import { queryAll } from './query';

export type Recurrence = Pick<EventInput, 'recurring' | 'recurrenceEnds' | 'recurrenceFrequency'>;

/** What a form control shows: an input's live `.value` (never the initial attribute), else its text. */
export function controlText(el: Element | null): string {
  if (!el) return '';
  if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') return (el as HTMLInputElement).value;
  return (el.textContent ?? '').replace(/\s+/g, ' ');
}

/** A checkbox or switch is on: `aria-checked` on a div checkbox, `.checked` on an input. */
export function isCheckedControl(el: Element | null): boolean {
  if (!el) return false;
  return el.getAttribute('aria-checked') === 'true' || (el.tagName === 'INPUT' && (el as HTMLInputElement).checked);
}

const EMAIL = /[^\s@<>()[\]"';,:]+@[^\s@<>()[\]"';,:]+\.[a-z]{2,}/i;

/** The first e-mail address in a text (an account button's label, a chip's title), lower-cased. */
export function emailIn(text: string | null | undefined): string | null {
  const m = text ? EMAIL.exec(text) : null;
  return m ? m[0].toLowerCase() : null;
}

/** The first e-mail address in any attribute or the text of the first element matching a page-level list. */
export function emailOnPage(scope: ParentNode, selectors: SelectorList): string | null {
  for (const el of queryAll(scope, selectors)) {
    const found = emailIn(el.getAttribute('aria-label')) ?? emailIn(el.getAttribute('title')) ?? emailIn(el.textContent);
    if (found) return found;
  }
  return null;
}

/** Slashed dates on this page read month first (US English, or no language given). */
export function prefersMonthFirst(el: Element): boolean {
  const lang = el.ownerDocument.documentElement.lang;
  return !lang || /^en(?:-us)?$/i.test(lang);
}

/** Date-like and time-like text fields, in document order, for forms whose labels are in an unknown language. */
export function classifyDateTimeInputs(inputs: readonly HTMLElement[], monthFirst = true): { dates: CalendarDay[]; times: number[] } {
  const dates: CalendarDay[] = [];
  const times: number[] = [];
  for (const input of inputs) {
    const text = controlText(input);
    // Dates first: "24.11.2026" also holds a clock-like "24.11".
    const day = parseDateText(text, monthFirst);
    if (day) {
      dates.push(day);
      continue;
    }
    const time = parseTimeText(text);
    if (time !== null) times.push(time);
  }
  return { dates, times };
}

// A repeat control's visible text (Outlook's dropdown, Google Calendar's selected option).
// English is the evidenced language; German, French, Spanish and Italian are best guesses.
// Text we cannot read counts as "does not repeat": a missed hint is better than a wrong one.
const NO_REPEAT =
  /^(?:don't repeat|do not repeat|does not repeat|never|nicht wiederholen|wiederholt sich nicht|keine wiederholung|ne pas répéter|no repetir|non ripetere)$/;
const REPEATS = /\b(?:every|each|daily|weekly|monthly|yearly|annually|jede[nrs]?|täglich|wöchentlich|monatlich|jährlich|alle|chaque|tous|toutes|cada|ogni)\b/;
const ENDS =
  /\b(?:until|till|ends?|bis|endet|jusqu|hasta|fino)\b|\b\d+\s*(?:times|occurrences|mal|termine|wiederholungen|fois|veces|volte)\b|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}/;
const DAY_NAMES = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b/g;
const FREQUENCIES: [RegExp, RecurrenceFrequency | undefined][] = [
  [/\bweekdays?\b|\bwerktag|\bwochentag|jours ouvrables|días laborables/, 'weekdays'],
  [/every (?:2|two|other) weeks?|alle (?:2|zwei) wochen|toutes les (?:2|deux) semaines|cada (?:2|dos) semanas/, 'biweekly'],
  // Any other interval ("every 3 weeks", "alle 2 Tage") has no matching frequency.
  [/(?:every|alle|toutes les|cada) \d+ /, undefined],
  [/every day|\bdaily\b|jeden tag|täglich|tous les jours|cada día/, 'daily'],
  [/every week|\bweekly\b|jede woche|wöchentlich|chaque semaine|toutes les semaines|cada semana/, 'weekly'],
  [/every month|\bmonthly\b|jeden monat|monatlich|chaque mois|tous les mois|cada mes/, 'monthly'],
];

/**
 * A repeat control's visible text as the analyzer reads it: Outlook's dropdown ("Don't repeat",
 * "Every week on Tuesday until 3/30/2027") or Google Calendar's selected option ("Weekly on
 * Monday, until Dec 31, 2026").
 */
export function recurrenceFromText(text: string): Recurrence {
  // The dropdown's text includes its icon and caret glyphs.
  const t = text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .toLowerCase();
  if (!t || NO_REPEAT.test(t) || !REPEATS.test(t)) return { recurring: false, recurrenceEnds: false };
  const recurrenceEnds = ENDS.test(t);
  let recurrenceFrequency = FREQUENCIES.find(([pattern]) => pattern.test(t))?.[1];
  // "Every week on Monday and Wednesday" repeats more often than weekly.
  if (recurrenceFrequency === 'weekly' && (t.match(DAY_NAMES)?.length ?? 0) > 1) recurrenceFrequency = undefined;
  return recurrenceFrequency ? { recurring: true, recurrenceEnds, recurrenceFrequency } : { recurring: true, recurrenceEnds };
}
