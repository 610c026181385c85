/**
 * Small DOM helpers shared by the site adapters: querying selector fallback lists, scoping a
 * composer to its own subtree, visibility and opt-out checks, and reading an editor as text.
 * Nothing here writes to the page.
 */
import { sharedSelectors, type SelectorList } from './selectors';
import type { ComposerParts, SkipReason, Skipped } from './types';
import type { Surface } from '../analyzer/types';

/** `matches`/`closest`/`querySelectorAll` that treat a selector the browser cannot parse as "no match". */
function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

function safeClosest(el: Element, selector: string): HTMLElement | null {
  try {
    return el.closest<HTMLElement>(selector);
  } catch {
    return null;
  }
}

function safeQueryAll(scope: ParentNode, selector: string): HTMLElement[] {
  try {
    return [...scope.querySelectorAll<HTMLElement>(selector)];
  } catch {
    return [];
  }
}

function isElement(node: unknown): node is HTMLElement {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

/** Comparator: document order. */
function byDocumentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1;
}

/** Every element under `scope` (and `scope` itself) matching any selector of the list, deduplicated, in document order. */
export function queryAll(scope: ParentNode, selectors: SelectorList): HTMLElement[] {
  const found = new Set<HTMLElement>();
  for (const selector of selectors) {
    if (isElement(scope) && safeMatches(scope, selector)) found.add(scope);
    for (const el of safeQueryAll(scope, selector)) found.add(el);
  }
  return [...found].sort(byDocumentOrder);
}

/** `el` itself matches one of the selectors. */
export function matchesAny(el: Element, selectors: SelectorList): boolean {
  return selectors.some((selector) => safeMatches(el, selector));
}

/** The first match inside `scope` of the first selector in the list that matches anything (relative lists). */
export function firstWithin(scope: Element, selectors: SelectorList, exclude?: Element): HTMLElement | null {
  for (const selector of selectors) {
    const hit = safeQueryAll(scope, `:scope ${selector}`).find((el) => !exclude?.contains(el));
    if (hit) return hit;
  }
  return null;
}

/** `el` or an ancestor matches one of the selectors. */
export function closestAny(el: Element, selectors: SelectorList): HTMLElement | null {
  for (const selector of selectors) {
    const hit = safeClosest(el, selector);
    if (hit) return hit;
  }
  return null;
}

function parentOf(el: Element): HTMLElement | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  // Cross an open shadow root to its host, so editors inside web components still have ancestors.
  return 'host' in root && isElement(root.host) ? root.host : null;
}

function holdsOther(container: Element, body: Element, editors: readonly Element[]): boolean {
  return editors.some((e) => e !== body && !body.contains(e) && container.contains(e));
}

/**
 * Walks up from `body` and returns the first non-null `visit(ancestor)`, stopping before any
 * ancestor that also holds another editor (a composer never borrows a neighbour's controls)
 * or when `visit` returns undefined.
 */
export function walkUp<T>(body: HTMLElement, editors: readonly Element[], visit: (ancestor: HTMLElement) => T | null | undefined): T | null {
  for (let el = parentOf(body); el; el = parentOf(el)) {
    if (holdsOther(el, body, editors)) return null;
    const hit = visit(el);
    if (hit === undefined) return null;
    if (hit !== null) return hit;
  }
  return null;
}

/**
 * The nearest element to `body` (by tree distance) matching a relative selector list, within its
 * own composer; the search ends at the first ancestor matching `limit` (the composer's container).
 */
export function nearestWithin(body: HTMLElement, selectors: SelectorList, editors: readonly Element[], limit: SelectorList = []): HTMLElement | null {
  let done = false;
  return walkUp(body, editors, (ancestor) => {
    if (done) return undefined;
    done = matchesAny(ancestor, limit);
    return firstWithin(ancestor, selectors, body);
  });
}

/**
 * The composer's own container: the closest ancestor matching the first selector (in list order)
 * that holds every part in `parts` and no other editor. Null when none qualifies.
 */
export function closestComposerRoot(
  body: HTMLElement,
  selectors: SelectorList,
  parts: readonly (Element | null)[],
  editors: readonly Element[],
): HTMLElement | null {
  for (const selector of selectors) {
    const candidate = safeClosest(body, selector);
    if (!candidate) continue;
    if (parts.every((p) => !p || candidate.contains(p)) && !holdsOther(candidate, body, editors)) return candidate;
  }
  return null;
}

/** The smallest element holding `first` and every non-null element of `rest` (`first` itself when `rest` is empty or null). */
export function commonAncestor(first: HTMLElement, ...rest: readonly (Element | null)[]): HTMLElement {
  let el: HTMLElement | null = first;
  while (el && !rest.every((r) => !r || el?.contains(r))) el = parentOf(el);
  return el ?? first;
}

function inlineHidden(el: HTMLElement): boolean {
  return el.hidden || el.getAttribute('aria-hidden') === 'true' || el.style?.display === 'none' || el.style?.visibility === 'hidden';
}

/**
 * Not shown: the element or an ancestor is `hidden`, `aria-hidden="true"` or inline `display: none`
 * (a minimised Gmail window, a draft Outlook keeps mounted). In a real browser `checkVisibility`
 * also catches stylesheet-hidden ancestors; DOM-only environments have no layout and skip it.
 */
export function isHiddenByAncestor(el: HTMLElement): boolean {
  for (let node: HTMLElement | null = el; node; node = parentOf(node)) {
    if (inlineHidden(node)) return true;
  }
  return typeof el.checkVisibility === 'function' && !el.checkVisibility();
}

/** The page asked writing tools to stay away from this editor (on it or an ancestor). */
export function isOptedOut(el: HTMLElement): boolean {
  return closestAny(el, sharedSelectors.optOut) !== null;
}

/** The editor accepts no typing. */
export function isReadOnly(el: HTMLElement): boolean {
  return el.getAttribute('aria-readonly') === 'true' || el.getAttribute('aria-disabled') === 'true' || el.getAttribute('contenteditable') === 'false';
}

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TR',
  'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'META', 'LINK']);

/** One text node's place in the text: `text.slice(start, start + node.data.length)` came from `node`. */
export interface TextSegment {
  start: number;
  node: Text;
}

/** An editor's text plus where each run of it came from, so findings can be mapped back to the DOM. */
export interface EditorText {
  text: string;
  /** Text nodes in order; newlines and list markers between them are synthetic and belong to no node. */
  segments: TextSegment[];
}

/** Emoji drawn as images: Gmail (`data-emoji`), Slack (`data-stringify-*`), or an `alt` that is an emoji or `:shortcode:`. */
function imageText(img: Element): string {
  const explicit = img.getAttribute('data-emoji') ?? img.getAttribute('data-stringify-emoji') ?? img.getAttribute('data-stringify-text');
  if (explicit) return explicit;
  const alt = img.getAttribute('alt') ?? '';
  if (alt.length <= 16 && (/^:[\w+'-]+:$/.test(alt) || /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(alt))) return alt;
  return '';
}

function listMarker(li: Element): string {
  const kind = li.getAttribute('data-list'); // Quill marks list items, all inside one <ol>
  const parent = li.parentElement;
  if (kind === 'bullet' || (!kind && parent?.tagName !== 'OL')) return '- ';
  let n = Number(parent?.getAttribute('start') ?? 1) || 1;
  for (let s = li.previousElementSibling; s; s = s.previousElementSibling) {
    if (s.tagName === 'LI' && s.getAttribute('data-list') === kind) n += 1;
  }
  return `${n}. `;
}

/** A whitespace-only text node with a newline between blocks is source formatting, not typed text. */
function isFormattingWhitespace(node: Text): boolean {
  if (!/^\s*\n\s*$/.test(node.data)) return false;
  const isBlockOrNone = (n: ChildNode | null) => n === null || (isElement(n) && BLOCK_TAGS.has(n.tagName.toUpperCase()));
  return isBlockOrNone(node.previousSibling) && isBlockOrNone(node.nextSibling);
}

/**
 * The editor as plain text with its segments: '\n' for `<br>` and between blocks (paragraphs,
 * Quill's `<p>` lines, divs, list items), "- " or "N. " before list items so the analyzer sees
 * the list, emoji images as their character or shortcode. Never reads HTML. Quoted history is
 * kept: the analyzer masks quotes itself.
 */
export function readEditableTextWithMap(el: HTMLElement): EditorText {
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') {
    return { text: (el as HTMLTextAreaElement).value, segments: [] };
  }
  let text = '';
  const segments: TextSegment[] = [];
  const breakLine = () => {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
  };
  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const node = child as Text;
        if (isFormattingWhitespace(node)) continue;
        segments.push({ start: text.length, node });
        text += node.data.replace(/\u00a0/g, ' ');
        continue;
      }
      if (!isElement(child)) continue;
      const tag = child.tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      if (tag === 'BR') {
        text += '\n';
        continue;
      }
      if (tag === 'IMG') {
        text += imageText(child);
        continue;
      }
      const block = BLOCK_TAGS.has(tag);
      if (block) breakLine();
      if (tag === 'LI') text += listMarker(child);
      if ((tag === 'TD' || tag === 'TH') && child.previousElementSibling) text += '\t';
      walk(child);
      if (block) breakLine();
    }
  };
  walk(el);
  return { text: text.replace(/\n+$/, ''), segments };
}

/** The editor as plain text (see `readEditableTextWithMap`). */
export function readEditableText(el: HTMLElement): string {
  return readEditableTextWithMap(el).text;
}

/** Where a site adapter found a composer's parts; `send: null` means it found none. */
export interface Located {
  root: HTMLElement;
  subject: HTMLInputElement | null;
  send: HTMLElement | null;
}

export interface ScanSpec {
  /** Candidate editors, ordered fallback list. */
  bodies: SelectorList;
  surface: Surface;
  /** This editor's composer parts, or null when the editor is no send composer (ignored silently). */
  locate(body: HTMLElement, editors: readonly HTMLElement[]): Located | null;
}

/**
 * The common scan: every candidate editor under `scope`, in document order, either a composer
 * or skipped with a named reason. Editors that are no composer at all (an edit-in-place box)
 * are left out of both lists.
 */
export function scanComposers(scope: ParentNode, spec: ScanSpec): { composers: ComposerParts[]; skipped: Skipped[] } {
  const composers: ComposerParts[] = [];
  const skipped: Skipped[] = [];
  // Fencing needs every editor on the page, also those outside a partial scope.
  const page = isElement(scope) ? scope.getRootNode() : scope;
  const editors = queryAll(page as ParentNode, spec.bodies);
  for (const body of queryAll(scope, spec.bodies)) {
    const found = spec.locate(body, editors);
    if (!found) continue;
    let reason: SkipReason | null = null;
    if (isHiddenByAncestor(body)) reason = 'hidden';
    else if (isOptedOut(body)) reason = 'opted-out';
    else if (isReadOnly(body)) reason = 'read-only';
    else if (!found.send) reason = 'no-send-control';
    if (reason) skipped.push({ element: body, reason });
    else composers.push({ root: found.root, body, subject: found.subject, send: found.send, surface: spec.surface });
  }
  return { composers, skipped };
}

/** The event is IME composition (a candidate is being picked), whatever key it reports. */
export function isImeComposing(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}

/** The event's target is `el` or inside it; events not yet dispatched (no target) pass. */
export function targetWithin(event: Event, el: Element): boolean {
  const target = event.target;
  if (target === null) return true;
  return typeof (target as Node).nodeType === 'number' && el.contains(target as Node);
}

/** Every match inside `scope` of the first selector in the list that matches anything (relative lists). */
export function allWithin(scope: Element, selectors: SelectorList): HTMLElement[] {
  for (const selector of selectors) {
    const hits = safeQueryAll(scope, `:scope ${selector}`);
    if (hits.length > 0) return hits;
  }
  return [];
}

/** Like `firstWithin`, but skips matches that are not shown (a closed pop-up's button with the same hook). */
export function firstShownWithin(scope: Element, selectors: SelectorList): HTMLElement | null {
  for (const selector of selectors) {
    const hit = safeQueryAll(scope, `:scope ${selector}`).find((el) => !isHiddenByAncestor(el));
    if (hit) return hit;
  }
  return null;
}

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

/**
 * Ctrl+S / Cmd+S (by key, or by physical key on layouts whose S key types another letter), typed
 * in the editor or with nothing focused; not during IME composition.
 */
export function isSaveShortcut(event: KeyboardEvent, root: HTMLElement): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || isImeComposing(event)) return false;
  if (event.key !== 's' && event.key !== 'S' && event.code !== 'KeyS') return false;
  const target = event.target;
  return targetWithin(event, root) || target === root.ownerDocument.body || target === root.ownerDocument;
}

/** Slashed dates on this page read month first (US English, or no language given). */
export function prefersMonthFirst(el: Element): boolean {
  const lang = el.ownerDocument.documentElement.lang;
  return !lang || /^en(?:-us)?$/i.test(lang);
}

/*
 * Event editors: the calendars show dates and times as text in the person's locale. These
 * parsers read the forms both calendars use; anything they cannot read gives null, never a guess.
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
