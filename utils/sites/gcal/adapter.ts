/**
 * Google Calendar: the full-page event editor (/r/eventedit) and the quick-create dialog over
 * the grid. Editors are found from their title input; everything else is read from the
 * language-independent values the page keeps on its elements (data-date, data-email, the
 * RRULE in the repeat option's data-value), so any UI language works.
 */
import type { EventInput, RecurrenceFrequency } from '../../analyzer/types';
import { allWithin, closestAny, firstWithin, queryAll } from '../dom/query';
import { type CalendarDay, eventTiming, parseCompactDate, parseDateText, parseTimeText } from '../date-text';
import {
  classifyDateTimeInputs,
  controlText,
  emailIn,
  emailOnPage,
  isCheckedControl,
  prefersMonthFirst,
  type Recurrence,
  recurrenceFromText,
} from '../dom/controls';
import { firstShownWithin, isHiddenByAncestor, isOptedOut, isReadOnly } from '../dom/visibility';
import { isSaveShortcut } from '../dom/events';
import { readEditableTextWithMap } from '../dom/read-text';
import { gcalSelectors as S } from './selectors';
import type { EventEditorParts, EventSiteAdapter, SkipReason, Skipped } from '../types';

const NOT_RECURRING: Recurrence = { recurring: false, recurrenceEnds: false };

/** Monday to Friday, the "Every weekday" preset. */
const WEEKDAYS = 'FR,MO,TH,TU,WE';

/** How often a rule repeats, when it maps onto one of the analyzer's frequencies; otherwise unknown. */
function frequencyOf(rule: Map<string, string>): RecurrenceFrequency | undefined {
  const interval = Number(rule.get('INTERVAL') ?? 1);
  const byDay = (rule.get('BYDAY') ?? '').split(',').filter(Boolean).sort().join(',');
  switch (rule.get('FREQ')) {
    case 'DAILY':
      if (interval !== 1) return undefined;
      return byDay === WEEKDAYS ? 'weekdays' : byDay ? undefined : 'daily';
    case 'WEEKLY':
      if (byDay === WEEKDAYS && interval === 1) return 'weekdays';
      // Several days a week (other than Mon–Fri) have no matching frequency: leave it unknown.
      if (byDay.includes(',')) return undefined;
      return interval === 1 ? 'weekly' : interval === 2 ? 'biweekly' : undefined;
    case 'MONTHLY':
      return interval === 1 ? 'monthly' : undefined;
    default:
      return undefined;
  }
}

/** An RRULE ("RRULE:FREQ=WEEKLY;UNTIL=20261231;BYDAY=MO") as the analyzer reads it. */
export function recurrenceFromRule(text: string): Recurrence {
  const body = text.replace(/^.*?RRULE:/s, '');
  const rule = new Map<string, string>();
  for (const part of body.split(/[;\n]/)) {
    const [key, value] = part.split('=');
    if (key && value !== undefined) rule.set(key.trim().toUpperCase(), value.trim().toUpperCase());
  }
  if (!rule.has('FREQ')) return NOT_RECURRING;
  const recurrenceFrequency = frequencyOf(rule);
  const recurrenceEnds = rule.has('UNTIL') || rule.has('COUNT');
  return recurrenceFrequency ? { recurring: true, recurrenceEnds, recurrenceFrequency } : { recurring: true, recurrenceEnds };
}

/**
 * A repeat option's `data-value`: a JSON array whose slot 1 is the frequency (null for "Does not
 * repeat") and which holds the RRULE string. Null when the value is no rule ("Custom…" is an
 * opaque token).
 */
export function recurrenceFromValue(value: string | null | undefined): Recurrence | null {
  if (!value?.startsWith('[')) return null;
  let slots: unknown;
  try {
    slots = JSON.parse(value);
  } catch {
    return null;
  }
  if (!Array.isArray(slots)) return null;
  if (slots[1] === null || slots[1] === undefined || slots[1] === '') return NOT_RECURRING;
  const rule = slots.find((s): s is string => typeof s === 'string' && /(?:^|RRULE:|;)FREQ=/.test(s));
  if (rule) return recurrenceFromRule(rule);
  return typeof slots[1] === 'string' ? recurrenceFromRule(`FREQ=${slots[1]}`) : { recurring: true, recurrenceEnds: false };
}

function readRecurrence(root: HTMLElement): Recurrence {
  const host = firstWithin(root, S.recurrenceHost);
  const selected = firstWithin(host ?? root, S.recurrenceSelected);
  const fromData = recurrenceFromValue(selected?.getAttribute('data-value')) ?? recurrenceFromValue(host?.getAttribute('data-initialvalue'));
  if (fromData) return fromData;
  // No rule in the data attributes: what the selected option shows ("Weekly on Monday, until …").
  const shown = host ? firstWithin(host, S.recurrenceShownInHost) : firstWithin(root, S.recurrenceShown);
  return shown ? recurrenceFromText(controlText(shown)) : NOT_RECURRING;
}

// The organizer's chip says so in the UI language; a few languages as a second hint after the owner's e-mail.
const ORGANIZER_LABEL = /organi[sz]er|organisator|organisateur|organizador|organizzatore/i;

/**
 * Invitees other than the organizer. The page lists the organizer as a chip as soon as there is
 * one guest: the chip with the calendar owner's e-mail, else the one labelled organizer, else the
 * first chip (the page always puts the organizer first).
 */
function countGuests(root: HTMLElement): number {
  // Hidden chips count too (a guest list behind a tab in a narrow window); repeats collapse by e-mail.
  const all = allWithin(root, S.guestChip);
  if (all.length === 0) return countGuestEntries(root);
  // An expanded group may nest its members' chips inside its own: count the outer chip once.
  const chips = all.filter((chip) => !all.some((other) => other !== chip && other.contains(chip)));
  const emails = [...new Set(chips.map((chip) => (chip.getAttribute('data-email') ?? '').toLowerCase()))];
  if (emails.length === 0) return 0;
  const owner = emailOnPage(root, S.owner) ?? emailOnPage(root.ownerDocument, S.owner);
  const labelled = chips.find((chip) => ORGANIZER_LABEL.test(chip.getAttribute('aria-label') ?? ''))?.getAttribute('data-email');
  const organizer = owner && emails.includes(owner) ? owner : (labelled?.toLowerCase() ?? emails[0]);
  return emails.filter((email) => email !== organizer).length;
}

/**
 * The guest list's entries when its chips carry no `data-email`: one guest per entry, told apart
 * by the address it shows, else its name. The list holds the organizer as soon as it holds a guest,
 * so exactly one entry is left out, whichever it is.
 */
function countGuestEntries(root: HTMLElement): number {
  const keys = allWithin(root, S.guestEntry).map((entry) => {
    const label = entry.getAttribute('aria-label') ?? '';
    const text = controlText(entry).trim();
    return emailIn(entry.getAttribute('title')) ?? emailIn(label) ?? emailIn(text) ?? (label || text).toLowerCase();
  });
  const unique = new Set(keys.filter(Boolean));
  return Math.max(0, unique.size - 1);
}

function dayOf(input: HTMLElement | null): CalendarDay | null {
  if (!input) return null;
  const host = input.closest('[data-ical]');
  return (
    parseCompactDate(input.getAttribute('data-date')) ??
    parseCompactDate(host?.getAttribute('data-ical')) ??
    parseDateText(controlText(input), prefersMonthFirst(input))
  );
}

function timeOf(input: HTMLElement | null): number | null {
  if (!input || isHiddenByAncestor(input)) return null;
  const chosen = input.parentElement?.querySelector('[role="option"][aria-selected="true"][data-ical]')?.getAttribute('data-ical');
  const fromOption = chosen ? /^T(\d{2})(\d{2})/.exec(chosen) : null;
  return (
    parseTimeText(controlText(input)) ??
    parseTimeText(input.getAttribute('data-initial-value') ?? '') ??
    (fromOption ? Number(fromOption[1]) * 60 + Number(fromOption[2]) : null)
  );
}

function readTiming(root: HTMLElement): Pick<EventInput, 'durationMinutes' | 'start'> {
  const startDateEl = firstWithin(root, S.startDate);
  const startTimeEl = firstWithin(root, S.startTime);
  const endTimeEl = firstWithin(root, S.endTime);
  const endDateEl = firstWithin(root, S.endDate);
  let startDay = dayOf(startDateEl);
  let endDay = dayOf(endDateEl);
  let startMinutes = timeOf(startTimeEl);
  let endMinutes = timeOf(endTimeEl);
  if (!startDay || startMinutes === null) {
    // Hooks gone: tell the editor's text fields apart by what they show.
    const fields = queryAll(root, ['input[type="text"]', 'input:not([type])']).filter((el) => !isHiddenByAncestor(el));
    const { dates, times } = classifyDateTimeInputs(fields, prefersMonthFirst(root));
    startDay ??= dates[0] ?? null;
    endDay ??= dates[1] ?? null;
    startMinutes ??= times[0] ?? null;
    endMinutes ??= times[1] ?? null;
  }
  return eventTiming({ startDay, endDay: endDay ?? startDay, startMinutes, endMinutes, allDay: isCheckedControl(firstWithin(root, S.allDay)) });
}

function editorFor(title: HTMLElement): { root: HTMLElement; kind: EventEditorParts['kind'] } | null {
  const quick = closestAny(title, S.quickRoot);
  if (quick) return { root: quick, kind: 'quick' };
  const full = closestAny(title, S.fullRoot);
  return full ? { root: full, kind: 'full' } : null;
}

export const gcal: EventSiteAdapter = {
  site: 'gcal',

  findEditors(scope) {
    const editors: EventEditorParts[] = [];
    const skipped: Skipped[] = [];
    const seen = new Set<HTMLElement>();
    for (const title of queryAll(scope, S.title)) {
      const found = editorFor(title);
      if (!found || seen.has(found.root)) continue;
      seen.add(found.root);
      const save = firstShownWithin(found.root, S.save);
      let reason: SkipReason | null = null;
      if (isHiddenByAncestor(title)) reason = 'hidden';
      else if (isOptedOut(title)) reason = 'opted-out';
      else if (isReadOnly(title) || (title as HTMLInputElement).readOnly || (title as HTMLInputElement).disabled) reason = 'read-only';
      if (reason) skipped.push({ element: title, reason });
      else editors.push({ root: found.root, title, description: firstWithin(found.root, S.description), save, kind: found.kind });
    }
    return { editors, skipped };
  },

  readEvent(parts) {
    const description = parts.description ? readEditableTextWithMap(parts.description).text.trim() : '';
    return {
      kind: 'event',
      title: controlText(parts.title).trim(),
      description,
      guests: countGuests(parts.root),
      ...readTiming(parts.root),
      ...readRecurrence(parts.root),
    };
  },

  isSaveKey(event, parts) {
    return isSaveShortcut(event, parts.root);
  },
};
