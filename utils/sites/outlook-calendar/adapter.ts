/**
 * Outlook on the web, calendar: the New event compose (a Fluent dialog in the current OWA and
 * new Outlook) and the older full-page compose. A form is found from its title; attendees are
 * the persona pills in the wells (never names, which the Scheduling Assistant repeats); dates
 * and times are told apart by what the fields show when their labels are in another language.
 */
import type { EventInput, RecurrenceFrequency } from '../../analyzer/types';
import { allWithin, closestAny, commonAncestor, firstWithin, matchesAny, nearestWithin, queryAll, walkUp } from '../dom/query';
import { classifyDateTimeInputs, controlText, emailIn, emailOnPage, isCheckedControl, prefersMonthFirst } from '../dom/controls';
import { eventTiming, parseDateText, parseTimeText } from '../date-text';
import { isHiddenByAncestor, isOptedOut, isReadOnly } from '../dom/visibility';
import { isSaveShortcut } from '../dom/events';
import { readEditableTextWithMap } from '../dom/read-text';
import { outlookCalendarSelectors as S } from './selectors';
import type { EventEditorParts, EventSiteAdapter, SkipReason, Skipped } from '../types';

type Recurrence = Pick<EventInput, 'recurring' | 'recurrenceEnds' | 'recurrenceFrequency'>;

// The repeat dropdown's text. English is the evidenced language; German, French, Spanish and
// Italian are best guesses. Text we cannot read counts as "does not repeat": a missed hint
// is better than a wrong one.
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

/** The repeat dropdown's text ("Don't repeat", "Every week on Tuesday until 3/30/2027") as the analyzer reads it. */
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

function isWell(el: HTMLElement): boolean {
  return matchesAny(el, S.attendeeWell) || allWithin(el, S.pill).length > 0;
}

/** The event body: by its label, else the last rich editor of the form that is no attendee well. */
function descriptionIn(container: HTMLElement, title: HTMLElement): HTMLElement | null {
  const labelled = firstWithin(container, S.description);
  if (labelled) return labelled;
  const editors = allWithin(container, S.editable).filter((el) => !el.contains(title) && !isWell(el));
  return editors[editors.length - 1] ?? null;
}

function formFor(title: HTMLElement, titles: readonly HTMLElement[]): { root: HTMLElement; description: HTMLElement | null } | null {
  const dialog = closestAny(title, S.dialogRoot);
  if (dialog) return { root: dialog, description: descriptionIn(dialog, title) };
  // The older full-page compose: the smallest container holding the title and the body.
  const description = walkUp(title, titles, (ancestor) => descriptionIn(ancestor, title) ?? (matchesAny(ancestor, S.saveLimit) ? undefined : null));
  return description ? { root: commonAncestor(title, description), description } : null;
}

function countAttendees(root: HTMLElement, description: HTMLElement | null): number {
  // Hidden pills count too (a collapsed well); repeats collapse by e-mail.
  const pills = queryAll(root, S.attendee).filter((el) => !description?.contains(el));
  const outer = pills.filter((pill) => !pills.some((other) => other !== pill && other.contains(pill)));
  const owner = emailOnPage(root, S.owner) ?? emailOnPage(root.ownerDocument, S.owner);
  const seen = new Set<string>();
  let count = 0;
  for (const pill of outer) {
    // Pills show the address in `title`; one without an address still counts once.
    const email = emailIn(pill.getAttribute('title'));
    if (email && (email === owner || seen.has(email))) continue;
    if (email) seen.add(email);
    count += 1;
  }
  return count;
}

function shownWithin(root: HTMLElement, selectors: readonly string[]): HTMLElement | null {
  const el = firstWithin(root, selectors);
  return el && !isHiddenByAncestor(el) ? el : null;
}

function readTiming(parts: EventEditorParts): Pick<EventInput, 'durationMinutes' | 'start'> {
  const { root } = parts;
  const monthFirst = prefersMonthFirst(root);
  const day = (el: HTMLElement | null) => (el ? parseDateText(controlText(el), monthFirst) : null);
  const time = (el: HTMLElement | null) => (el ? parseTimeText(controlText(el)) : null);
  let startDay = day(shownWithin(root, S.startDate));
  let endDay = day(shownWithin(root, S.endDate));
  let startMinutes = time(shownWithin(root, S.startTime));
  let endMinutes = time(shownWithin(root, S.endTime));
  if (!startDay || startMinutes === null) {
    // Labels in another language: tell the form's text fields apart by what they show.
    const fields = queryAll(root, S.textField).filter(
      (el) => el !== parts.title && !matchesAny(el, S.notDateTime) && !parts.description?.contains(el) && !isHiddenByAncestor(el),
    );
    const { dates, times } = classifyDateTimeInputs(fields, monthFirst);
    startDay ??= dates[0] ?? null;
    endDay ??= dates[1] ?? null;
    startMinutes ??= times[0] ?? null;
    endMinutes ??= times[1] ?? null;
  }
  return eventTiming({ startDay, endDay: endDay ?? startDay, startMinutes, endMinutes, allDay: isCheckedControl(firstWithin(root, S.allDay)) });
}

export const outlookCalendar: EventSiteAdapter = {
  site: 'outlook-calendar',

  findEditors(scope) {
    const editors: EventEditorParts[] = [];
    const skipped: Skipped[] = [];
    // Fencing needs every form on the page, also those outside a partial scope.
    const titles = queryAll((scope as Node).getRootNode() as ParentNode, S.title);
    const seen = new Set<HTMLElement>();
    for (const title of queryAll(scope, S.title)) {
      const form = formFor(title, titles);
      if (!form || seen.has(form.root)) continue;
      seen.add(form.root);
      const save = nearestWithin(title, S.save, titles, S.saveLimit);
      let reason: SkipReason | null = null;
      if (isHiddenByAncestor(title)) reason = 'hidden';
      else if (isOptedOut(title)) reason = 'opted-out';
      else if (isReadOnly(title) || (title as HTMLInputElement).readOnly || (title as HTMLInputElement).disabled) reason = 'read-only';
      else if (!save) reason = 'no-send-control';
      if (reason) skipped.push({ element: title, reason });
      // A dialog with a title but no body is the grid's quick-create callout.
      else editors.push({ root: form.root, title, description: form.description, save, kind: form.description ? 'full' : 'quick' });
    }
    return { editors, skipped };
  },

  readEvent(parts) {
    return {
      kind: 'event',
      title: controlText(parts.title).trim(),
      description: parts.description ? readEditableTextWithMap(parts.description).text.trim() : '',
      guests: countAttendees(parts.root, parts.description),
      ...readTiming(parts),
      ...recurrenceFromText(controlText(firstWithin(parts.root, S.recurrence))),
    };
  },

  isSaveKey(event, parts) {
    return isSaveShortcut(event, parts.root);
  },
};
