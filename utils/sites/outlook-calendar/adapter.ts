/**
 * Outlook on the web, calendar: the New event compose (a Fluent dialog in the current OWA and
 * new Outlook) and the older full-page compose. A form is found from its title; attendees are
 * the persona pills in the wells (never names, which the Scheduling Assistant repeats); dates
 * and times are told apart by what the fields show when their labels are in another language.
 */
import type { EventInput } from '../../analyzer/types';
import { allWithin, closestAny, commonAncestor, firstWithin, matchesAny, nearestWithin, queryAll, walkUp } from '../dom/query';
import { classifyDateTimeInputs, controlText, emailIn, emailOnPage, isCheckedControl, prefersMonthFirst, recurrenceFromText } from '../dom/controls';
import { eventTiming, parseDateText, parseTimeText } from '../date-text';
import { isHiddenByAncestor, isOptedOut, isReadOnly } from '../dom/visibility';
import { isSaveShortcut } from '../dom/events';
import { readEditableTextWithMap } from '../dom/read-text';
import { outlookCalendarSelectors as S } from './selectors';
import type { EventEditorParts, EventSiteAdapter, SkipReason, Skipped } from '../types';

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
  // No persona pills: the wells' entries as the form shows them, one attendee each.
  const found = pills.length ? pills : queryAll(root, S.attendeeWell).flatMap((well) => allWithin(well, S.attendeeEntry));
  const outer = found.filter((pill) => !found.some((other) => other !== pill && other.contains(pill)));
  const owner = emailOnPage(root, S.owner) ?? emailOnPage(root.ownerDocument, S.owner);
  const seen = new Set<string>();
  let count = 0;
  for (const pill of outer) {
    // Pills show the address in `title` (an entry on an inner element); one without an address still counts once.
    const email = emailIn(pill.getAttribute('title')) ?? emailIn(pill.querySelector('[title]')?.getAttribute('title'));
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
