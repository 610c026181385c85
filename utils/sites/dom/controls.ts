/** What form controls on a site show: values, switches, e-mail addresses, dates and times as text. */
import { type CalendarDay, parseDateText, parseTimeText } from '../date-text';
import type { SelectorList } from '../selectors';
import { queryAll } from './query';

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
