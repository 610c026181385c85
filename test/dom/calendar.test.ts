/**
 * Calendar site adapters against saved DOM fixtures (test/fixtures/calendar, see its README).
 * The fixtures' data-fixture* annotations are the ground truth; only this test reads them,
 * never the adapters (see the meta-test at the end).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { EventInput, RecurrenceFrequency } from '../../utils/analyzer/types';
import { eventTiming, parseDateText, parseTimeText } from '../../utils/sites/date-text';
import { isSaveShortcut } from '../../utils/sites/dom/events';
import { gcal, recurrenceFromRule, recurrenceFromValue } from '../../utils/sites/gcal/adapter';
import { recurrenceFromText } from '../../utils/sites/dom/controls';
import { outlookCalendar } from '../../utils/sites/outlook-calendar/adapter';
import type { EventEditorParts, EventSiteAdapter } from '../../utils/sites/types';

// Paths, not URLs: under jsdom the global URL is jsdom's, which node:fs does not accept.
const here = dirname(fileURLToPath(import.meta.url));
const fixturesDir = join(here, '../fixtures/calendar');
const sitesDir = join(here, '../../utils/sites');
const adapters: Record<string, EventSiteAdapter> = { gcal, outlook: outlookCalendar };

function fixtureFiles(dir: string): string[] {
  return readdirSync(join(fixturesDir, dir))
    .filter((f) => f.endsWith('.html'))
    .sort();
}

function load(dir: string, file: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(fixturesDir, dir, file), 'utf8'), 'text/html');
}

const ROLES = ['root', 'title', 'description', 'guests', 'guest-input', 'start-date', 'start-time', 'end-date', 'end-time', 'recurrence', 'save'] as const;
type Role = (typeof ROLES)[number];

/** Reads the fixture's annotations (test side only). */
function annotations(doc: Document): { parts: Partial<Record<Role, HTMLElement>>; expected: EventInput | null } {
  const parts: Partial<Record<Role, HTMLElement>> = {};
  for (const el of doc.querySelectorAll<HTMLElement>('[data-fixture^="e"]')) {
    const [id, role] = (el.getAttribute('data-fixture') ?? '').split(':') as [string, Role];
    if (id !== 'e1' || !ROLES.includes(role)) throw new Error(`unknown annotation ${el.getAttribute('data-fixture')}`);
    if (parts[role]) throw new Error(`duplicate ${role}`);
    parts[role] = el;
  }
  if (doc.body.getAttribute('data-fixture-expect') === 'none') {
    if (parts.root) throw new Error('a page without an editor has an annotated root');
    return { parts, expected: null };
  }
  const json = parts.root?.getAttribute('data-fixture-expect');
  if (!json) throw new Error('no data-fixture-expect on the root');
  return { parts, expected: { kind: 'event', ...JSON.parse(json) } as EventInput };
}

/** A readable name for an element in failure messages. */
function label(el: Element | null | undefined): string {
  if (!el) return 'null';
  const note = el.getAttribute('data-fixture');
  return note ? `${el.tagName.toLowerCase()}<${note}>` : `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')}`;
}

/**
 * The README compares descriptions after collapsing whitespace, and its expectations leave out
 * list markers. The adapters keep them ("- ", "1. "), as the message adapters do, because the
 * no-agenda rule counts list items: both sides drop a leading marker per line here, and the
 * markers are asserted separately below.
 */
function normalizeDescription(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s*(?:[-*•]|\d{1,2}[.)])\s+/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .join('\n');
}

/** How often each fixture's series repeats; not part of data-fixture-expect. */
const FREQUENCY: Record<string, RecurrenceFrequency | undefined> = {
  'gcal/eventedit-recurring-no-end.html': 'weekly',
  'gcal/eventedit-recurring-until.html': 'weekly',
  'gcal/eventedit-recurring-count.html': 'weekly',
  'gcal/eventedit-redesign-no-ids.html': 'weekly',
  'gcal/eventedit-no-data-attributes.html': 'weekly',
  'outlook/recurring.html': 'weekly',
  'outlook/existing-event.html': 'weekly',
};
const QUICK = new Set(['gcal/quick-create.html']);

function only(adapter: EventSiteAdapter, doc: Document): EventEditorParts {
  const { editors } = adapter.findEditors(doc);
  expect(editors).toHaveLength(1);
  return editors[0] as EventEditorParts;
}

function read(adapter: EventSiteAdapter, doc: Document): EventInput {
  return adapter.readEvent(only(adapter, doc));
}

describe.each(Object.keys(adapters))('%s fixtures', (dir) => {
  const adapter = adapters[dir] as EventSiteAdapter;
  const files = fixtureFiles(dir);

  test('has fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(files)('%s', (file) => {
    const doc = load(dir, file);
    const { parts: want, expected } = annotations(doc);
    const result = adapter.findEditors(doc);

    if (!expected) {
      test('finds no editor and skips nothing', () => {
        expect(result.editors).toEqual([]);
        expect(result.skipped).toEqual([]);
      });
      return;
    }

    test('finds exactly the annotated editor: title, description, save, root, kind', () => {
      expect(result.skipped.map((s) => [label(s.element), s.reason])).toEqual([]);
      expect(result.editors).toHaveLength(1);
      const got = result.editors[0] as EventEditorParts;
      expect(label(got.title)).toBe(label(want.title));
      expect(got.title).toBe(want.title);
      expect(label(got.description)).toBe(label(want.description));
      expect(got.description).toBe(want.description);
      expect(label(got.save)).toBe(label(want.save));
      expect(got.save).toBe(want.save);
      const root = want.root as HTMLElement;
      // The annotated root, or a descendant of it that still holds the title and Save.
      const rootOk = got.root === root || (root.contains(got.root) && got.root.contains(got.title) && got.root.contains(want.save as Node));
      expect(rootOk, `root ${label(got.root)} within ${label(root)} holding title and save`).toBe(true);
      expect(got.kind).toBe(QUICK.has(`${dir}/${file}`) ? 'quick' : 'full');
    });

    test('reads the event as annotated', () => {
      const { recurrenceFrequency, ...got } = adapter.readEvent(result.editors[0] as EventEditorParts);
      expect({ ...got, description: normalizeDescription(got.description) }).toStrictEqual({
        ...expected,
        description: normalizeDescription(expected.description),
      });
      expect(recurrenceFrequency).toBe(FREQUENCY[`${dir}/${file}`]);
    });

    test('the description keeps its line breaks and never the placeholder', () => {
      const { description } = adapter.readEvent(result.editors[0] as EventEditorParts);
      expect(description.split('\n')).toHaveLength(expected.description ? expected.description.split('\n').length : 1);
      expect(description).not.toMatch(/Add (?:a )?description|Beschreibung hinzufügen/);
    });
  });
});

describe('descriptions keep list markers for the no-agenda rule', () => {
  test.each([
    ['gcal', 'eventedit-existing.html', '\n- Walkthrough of the new payment step (Lena, 20 min)\n- Open questions'],
    ['outlook', 'existing-event.html', 'Agenda:\n1. Load test results (Priya)\n2. Cost comparison (Tom)\n3. Decision and owner'],
  ])('%s %s', (dir, file, part) => {
    expect(read(adapters[dir] as EventSiteAdapter, load(dir, file)).description).toContain(part);
  });
});

/** Mirrors the fixture script: the chip Google Calendar appends for a new guest. */
function gcalChip(doc: Document, email: string, organizer = false): HTMLElement {
  const chip = doc.createElement('div');
  chip.setAttribute('role', 'listitem');
  for (const attr of ['key', 'data-id', 'data-email']) chip.setAttribute(attr, email);
  chip.setAttribute('aria-label', organizer ? 'Maya Chen, Organizer' : email);
  chip.innerHTML = `<span data-hovercard-id="${email}">${email}</span>`;
  return chip;
}

/** Mirrors the fixture script: a persona pill in the current Outlook's attendee well. */
function outlookPill(doc: Document, email: string): HTMLElement {
  const wrap = doc.createElement('span');
  wrap.setAttribute('contenteditable', 'false');
  wrap.innerHTML = `<span data-lpc-hover-target-id="lpc-react-target-99" title="${email}"><span role="img" aria-label="X">X</span>X</span><span aria-hidden="true">;</span>`;
  return wrap;
}

function selectOption(options: Iterable<Element>, text: string): void {
  for (const option of options) option.setAttribute('aria-selected', String(option.textContent?.trim() === text));
}

describe('changes while the person edits', () => {
  test.each([
    ['gcal', 'eventedit-new.html'],
    ['gcal', 'quick-create.html'],
    ['outlook', 'new-event.html'],
    ['outlook', 'older-labels.html'],
  ])('%s %s: a typed title and description', (dir, file) => {
    const adapter = adapters[dir] as EventSiteAdapter;
    const doc = load(dir, file);
    const parts = only(adapter, doc);
    (parts.title as HTMLInputElement).value = 'Hiring debrief';
    (parts.description as HTMLElement).innerHTML = '<div>Goal: decide on the offer</div><div><br></div><div>Notes</div>';
    const event = adapter.readEvent(parts);
    expect(event.title).toBe('Hiring debrief');
    expect(event.description).toBe('Goal: decide on the offer\n\nNotes');
  });

  test('Google Calendar: a guest chip added, the organizer still excluded', () => {
    const doc = load('gcal', 'eventedit-new.html');
    const { parts } = annotations(doc);
    const before = read(gcal, doc).guests;
    parts.guests?.append(gcalChip(doc, 'tom.okafor@example.com'));
    expect(read(gcal, doc).guests).toBe(before + 1);
    // The same address twice is one guest.
    parts.guests?.append(gcalChip(doc, 'Tom.Okafor@example.com'));
    expect(read(gcal, doc).guests).toBe(before + 1);
  });

  test('Google Calendar: the first guest brings the organizer chip; nobody invited is 0', () => {
    const doc = load('gcal', 'quick-create.html');
    const list = annotations(doc).parts.guests as HTMLElement;
    list.replaceChildren();
    expect(read(gcal, doc).guests).toBe(0);
    list.append(gcalChip(doc, 'maya.chen@example.com', true), gcalChip(doc, 'jonas.weber@example.com'));
    expect(read(gcal, doc).guests).toBe(1);
  });

  test('Google Calendar: the organizer is found by the owner e-mail, whatever its label or place', () => {
    const doc = load('gcal', 'non-english.html');
    const list = annotations(doc).parts.guests as HTMLElement;
    const organizer = list.querySelector('[data-email="maya.chen@example.com"]') as HTMLElement;
    organizer.setAttribute('aria-label', 'Maya Chen');
    list.append(organizer);
    expect(read(gcal, doc).guests).toBe(4);
  });

  test('Google Calendar: someone else organizes and I am a guest: still exactly one chip left out', () => {
    const doc = load('gcal', 'eventedit-existing.html');
    const list = annotations(doc).parts.guests as HTMLElement;
    list.prepend(gcalChip(doc, 'olivia.grant@example.com', true));
    list.querySelector('[data-email="maya.chen@example.com"]')?.setAttribute('aria-label', 'Maya Chen');
    // Five distinct chips, one of them the organizer, whichever hint identifies it.
    expect(read(gcal, doc).guests).toBe(4);
  });

  test('Outlook: an attendee pill added in the well; the owner is never counted', () => {
    const doc = load('outlook', 'new-event.html');
    const well = annotations(doc).parts.guests as HTMLElement;
    well.append(outlookPill(doc, 'sara.lind@contoso.com'));
    expect(read(outlookCalendar, doc).guests).toBe(4);
    well.append(outlookPill(doc, 'maya.chen@contoso.com'));
    expect(read(outlookCalendar, doc).guests).toBe(4);
    // Typed text not yet resolved into a pill is no attendee.
    well.append(doc.createTextNode('kenji.sato@contoso.com'));
    expect(read(outlookCalendar, doc).guests).toBe(4);
  });

  test.each([
    ['Does not repeat', { recurring: false, recurrenceEnds: false }],
    ['Weekly on Monday', { recurring: true, recurrenceEnds: false, recurrenceFrequency: 'weekly' }],
    ['Every weekday (Monday to Friday)', { recurring: true, recurrenceEnds: false, recurrenceFrequency: 'weekdays' }],
    ['Weekly on Monday, until Dec 31, 2026', { recurring: true, recurrenceEnds: true, recurrenceFrequency: 'weekly' }],
  ])('Google Calendar without data-value: the selected repeat option\u2019s text "%s"', (text, want) => {
    const doc = load('gcal', 'eventedit-no-data-attributes.html');
    selectOption(doc.querySelectorAll('[data-fixture="e1:recurrence"] [role="option"]'), text);
    const { recurring, recurrenceEnds, recurrenceFrequency } = read(gcal, doc);
    expect({ recurring, recurrenceEnds, ...(recurrenceFrequency ? { recurrenceFrequency } : {}) }).toEqual(want);
    // The repeat control's jsname gone as well: the option lists' own jsnames still lead to it.
    doc.querySelector('[jsname="T7keRc"]')?.removeAttribute('jsname');
    expect(read(gcal, doc).recurring).toBe(want.recurring);
  });

  test('Google Calendar without data-email: guest entries counted by what they show, the organizer left out', () => {
    const doc = load('gcal', 'eventedit-no-data-attributes.html');
    const list = annotations(doc).parts.guests as HTMLElement;
    const entry = doc.createElement('div');
    entry.setAttribute('role', 'listitem');
    entry.setAttribute('aria-label', 'Kenji Sato');
    entry.textContent = 'Kenji Sato';
    list.append(entry);
    expect(read(gcal, doc).guests).toBe(6);
    // The same person listed twice is one guest.
    list.append(entry.cloneNode(true));
    expect(read(gcal, doc).guests).toBe(6);
  });

  test('Outlook: a well rendered as a list, entries without persona-card hooks', () => {
    const doc = load('outlook', 'guests-without-persona-hooks.html');
    const well = annotations(doc).parts.guests as HTMLElement;
    well.innerHTML =
      '<div role="list"><div role="listitem" title="jonas.weber@contoso.com">Jonas Weber</div><div role="listitem" title="priya.raman@contoso.com">Priya Raman</div><div role="listitem" title="maya.chen@contoso.com">Maya Chen</div></div>';
    // The owner's entry is never counted.
    expect(read(outlookCalendar, doc).guests).toBe(2);
  });

  test('older Outlook: a persona chip added next to the input', () => {
    const doc = load('outlook', 'older-labels.html');
    const chip = doc.createElement('div');
    chip.setAttribute('role', 'button');
    chip.setAttribute('draggable', 'true');
    chip.setAttribute('title', 'tom.okafor@contoso.com');
    chip.textContent = 'Tom Okafor';
    annotations(doc).parts.guests?.append(chip);
    expect(read(outlookCalendar, doc).guests).toBe(3);
  });

  test('Google Calendar: switching the repeat option (classic listbox)', () => {
    const doc = load('gcal', 'eventedit-new.html');
    const options = annotations(doc).parts.recurrence?.querySelectorAll('[role="option"]') ?? [];
    const recurrence = () => {
      const { recurring, recurrenceEnds, recurrenceFrequency } = read(gcal, doc);
      return { recurring, recurrenceEnds, recurrenceFrequency };
    };
    selectOption(options, 'Weekly on Tuesday');
    expect(recurrence()).toEqual({ recurring: true, recurrenceEnds: false, recurrenceFrequency: 'weekly' });
    selectOption(options, 'Every weekday (Monday to Friday)');
    expect(recurrence()).toEqual({ recurring: true, recurrenceEnds: false, recurrenceFrequency: 'weekdays' });
    selectOption(options, 'Monthly on the fourth Tuesday');
    expect(recurrence()).toEqual({ recurring: true, recurrenceEnds: false, recurrenceFrequency: 'monthly' });
    selectOption(options, 'Annually on November 24');
    expect(recurrence()).toEqual({ recurring: true, recurrenceEnds: false, recurrenceFrequency: undefined });
    selectOption(options, 'Does not repeat');
    expect(recurrence()).toEqual({ recurring: false, recurrenceEnds: false, recurrenceFrequency: undefined });
    // "Custom…" is chosen while its dialog is open: the rule the editor opened with still holds.
    selectOption(options, 'Custom…');
    expect(recurrence()).toEqual({ recurring: false, recurrenceEnds: false, recurrenceFrequency: undefined });
  });

  test('Google Calendar: a custom rule every two weeks, 6 times (redesigned select)', () => {
    const doc = load('gcal', 'eventedit-redesign-no-ids.html');
    const list = doc.querySelector('[jsname="xl07Ob"] ul') as HTMLElement;
    const custom = doc.createElement('li');
    custom.setAttribute('role', 'option');
    custom.setAttribute('data-value', JSON.stringify(['20261126T160000', 'WEEKLY', true, 'RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=6;BYDAY=TH', null, null, 0, 2]));
    custom.textContent = 'Every 2 weeks on Thursday, 6 times';
    list.prepend(custom);
    selectOption(list.children, custom.textContent);
    const { recurring, recurrenceEnds, recurrenceFrequency } = read(gcal, doc);
    expect({ recurring, recurrenceEnds, recurrenceFrequency }).toEqual({ recurring: true, recurrenceEnds: true, recurrenceFrequency: 'biweekly' });
    selectOption(list.children, 'Does not repeat');
    expect(read(gcal, doc).recurring).toBe(false);
  });

  test('Outlook: switching the repeat dropdown', () => {
    const doc = load('outlook', 'new-event.html');
    const text = annotations(doc).parts.recurrence?.querySelector('.recText') as HTMLElement;
    const recurrence = () => {
      const { recurring, recurrenceEnds, recurrenceFrequency } = read(outlookCalendar, doc);
      return { recurring, recurrenceEnds, recurrenceFrequency };
    };
    text.textContent = 'Every week on Tuesday';
    expect(recurrence()).toEqual({ recurring: true, recurrenceEnds: false, recurrenceFrequency: 'weekly' });
    text.textContent = 'Every 2 weeks on Tuesday until 3/30/2027';
    expect(recurrence()).toEqual({ recurring: true, recurrenceEnds: true, recurrenceFrequency: 'biweekly' });
    text.textContent = 'Every weekday';
    expect(recurrence()).toEqual({ recurring: true, recurrenceEnds: false, recurrenceFrequency: 'weekdays' });
    text.textContent = 'Don\u2019t repeat';
    expect(recurrence()).toEqual({ recurring: false, recurrenceEnds: false, recurrenceFrequency: undefined });
  });

  test('Google Calendar: times typed in 24-hour form, past midnight', () => {
    const doc = load('gcal', 'non-english.html');
    const { parts } = annotations(doc);
    (parts['start-time'] as HTMLInputElement).value = '23:00';
    (parts['end-time'] as HTMLInputElement).value = '00:30';
    const event = read(gcal, doc);
    expect([event.start, event.durationMinutes]).toEqual(['2026-11-24T23:00', 90]);
  });

  test('Google Calendar: the live value wins over data-initial-value; an end on the next day', () => {
    const doc = load('gcal', 'eventedit-new.html');
    const { parts } = annotations(doc);
    (parts['start-time'] as HTMLInputElement).value = '10:30pm';
    (parts['end-time'] as HTMLInputElement).value = '1:00am';
    (parts['end-date'] as HTMLInputElement).setAttribute('data-date', '20261125');
    const event = read(gcal, doc);
    expect([event.start, event.durationMinutes]).toEqual(['2026-11-24T22:30', 150]);
  });

  test('Google Calendar: all day, one and two days', () => {
    const doc = load('gcal', 'eventedit-existing.html');
    const { parts } = annotations(doc);
    doc.getElementById('xAlDaCbx')?.setAttribute('aria-checked', 'true');
    expect([read(gcal, doc).start, read(gcal, doc).durationMinutes]).toEqual(['2026-11-25T00:00', 1440]);
    (parts['end-date'] as HTMLElement).setAttribute('data-date', '20261126');
    expect(read(gcal, doc).durationMinutes).toBe(2880);
  });

  test('Outlook: all day', () => {
    const doc = load('outlook', 'new-event.html');
    (doc.querySelector('input[aria-label="All day"]') as HTMLInputElement).checked = true;
    expect([read(outlookCalendar, doc).start, read(outlookCalendar, doc).durationMinutes]).toEqual(['2026-11-24T00:00', 1440]);
  });

  test('Google Calendar: without data-date, the shown date is read (English and German)', () => {
    for (const file of ['eventedit-new.html', 'non-english.html']) {
      const doc = load('gcal', file);
      for (const el of doc.querySelectorAll('[data-date], [data-ical]')) {
        el.removeAttribute('data-date');
        el.removeAttribute('data-ical');
      }
      expect(read(gcal, doc).start).toBe('2026-11-24T10:00');
    }
  });
});

describe('skips', () => {
  test('a closed quick-create dialog left in the DOM is hidden', () => {
    const doc = load('gcal', 'quick-create.html');
    (doc.querySelector('[role="dialog"][jsname="SF0uGd"]')?.parentElement as HTMLElement).style.display = 'none';
    const { editors, skipped } = gcal.findEditors(doc);
    expect(editors).toEqual([]);
    expect(skipped.map((s) => [label(s.element), s.reason])).toEqual([['input<e1:title>', 'hidden']]);
  });

  test('an editor without its Save still gets hints; Save stays null, never guessed (the hidden x8hlje is never used)', () => {
    const doc = load('gcal', 'eventedit-redesign-no-ids.html');
    annotations(doc).parts.save?.remove();
    const { editors, skipped } = gcal.findEditors(doc);
    expect(skipped).toEqual([]);
    expect(editors.map((e) => [label(e.title), label(e.save)])).toEqual([['input<e1:title>', 'null']]);
  });

  test('an opted-out editor is skipped', () => {
    const doc = load('outlook', 'new-event.html');
    annotations(doc).parts.root?.setAttribute('data-enable-grammarly', 'false');
    expect(outlookCalendar.findEditors(doc).skipped.map((s) => s.reason)).toEqual(['opted-out']);
  });

  test('a partial scope yields only its own editors', () => {
    const doc = load('gcal', 'quick-create.html');
    expect(gcal.findEditors(doc.querySelector('[role="main"]') as HTMLElement).editors).toEqual([]);
    expect(gcal.findEditors(doc.querySelector('.ecHOgf') as HTMLElement).editors).toHaveLength(1);
  });
});

/** Mutates a fixture the way another UI language or a site update would, and checks the fallbacks hold. */
describe('language and markup fallbacks', () => {
  test('Outlook in German: title, Send, body, dates, times and attendees by structure', () => {
    const doc = load('outlook', 'existing-event.html');
    const { parts, expected } = annotations(doc);
    const set = (role: Role, attr: string, value: string) => parts[role]?.setAttribute(attr, value);
    set('title', 'aria-label', 'Titel hinzufügen');
    set('title', 'placeholder', 'Titel hinzufügen');
    set('save', 'aria-label', 'Senden');
    set('save', 'title', 'Senden');
    (parts.save as HTMLElement).textContent = 'Senden';
    set('description', 'aria-label', 'Ereignistext');
    set('guests', 'aria-label', 'Erforderliche Teilnehmer einladen');
    for (const [role, name, value] of [
      ['start-date', 'Startdatum', 'Di. 01.12.2026'],
      ['start-time', 'Startzeit', '13:00'],
      ['end-time', 'Endzeit', '14:30'],
      ['end-date', 'Enddatum', 'Di. 01.12.2026'],
    ] as const) {
      set(role, 'aria-label', name);
      (parts[role] as HTMLInputElement).value = value;
    }
    (parts.recurrence?.querySelector('.recText') as HTMLElement).textContent = 'Jede Woche am Dienstag bis 30.03.2027';
    const editor = only(outlookCalendar, doc);
    expect([editor.title, editor.description, editor.save]).toEqual([parts.title, parts.description, parts.save]);
    const { recurrenceFrequency, ...event } = outlookCalendar.readEvent(editor);
    expect({ ...event, description: normalizeDescription(event.description) }).toStrictEqual({
      ...expected,
      description: normalizeDescription(expected?.description ?? ''),
    });
    expect(recurrenceFrequency).toBe('weekly');
  });

  test('Outlook: a US date whose day could be a month is read by its weekday', () => {
    const doc = load('outlook', 'existing-event.html');
    doc.documentElement.lang = 'en-GB';
    expect(read(outlookCalendar, doc).start).toBe('2026-12-01T13:00');
  });

  test('Google Calendar without ids or jsnames on the date fields: fields told apart by their values', () => {
    const doc = load('gcal', 'non-english.html');
    for (const el of doc.querySelectorAll('[id^="x"]')) el.removeAttribute('id');
    for (const el of doc.querySelectorAll('[jsname="iKdrbf"], [jsname="B4GDSd"], [jsname="XCHdmd"], [jsname="qPZlPe"]')) el.removeAttribute('jsname');
    const event = read(gcal, doc);
    expect([event.start, event.durationMinutes]).toEqual(['2026-11-24T10:00', 90]);
  });
});

function key(init: KeyboardEventInit & { keyCode?: number }): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  if (init.keyCode !== undefined) Object.defineProperty(event, 'keyCode', { value: init.keyCode });
  return event;
}

/** Dispatches `event` on `target` and returns what isSaveKey said when it arrived there. */
function saveKeyAt(adapter: EventSiteAdapter, parts: EventEditorParts, target: Element, event: KeyboardEvent): boolean {
  let verdict: boolean | undefined;
  const listener = (e: Event) => (verdict = adapter.isSaveKey(e as KeyboardEvent, parts));
  target.ownerDocument.addEventListener('keydown', listener, true);
  target.dispatchEvent(event);
  target.ownerDocument.removeEventListener('keydown', listener, true);
  if (verdict === undefined) throw new Error('event not seen');
  return verdict;
}

describe.each([
  ['gcal', 'eventedit-new.html'],
  ['gcal', 'quick-create.html'],
  ['outlook', 'new-event.html'],
  ['outlook', 'older-labels.html'],
])('isSaveKey: %s %s', (dir, file) => {
  const adapter = adapters[dir] as EventSiteAdapter;
  const doc = load(dir, file);
  const parts = only(adapter, doc);

  test.each([
    ['Ctrl+S', { key: 's', ctrlKey: true }, true],
    ['Cmd+S', { key: 's', metaKey: true }, true],
    ['Ctrl+S with Caps Lock', { key: 'S', ctrlKey: true }, true],
    ['Ctrl+S on a layout where the key types another letter', { key: 'ы', code: 'KeyS', ctrlKey: true }, true],
    ['S alone', { key: 's' }, false],
    ['Ctrl+Shift+S', { key: 'S', ctrlKey: true, shiftKey: true }, false],
    ['Ctrl+Alt+S', { key: 's', ctrlKey: true, altKey: true }, false],
    ['Ctrl+Enter', { key: 'Enter', ctrlKey: true }, false],
    ['Ctrl+S during IME composition', { key: 's', ctrlKey: true, isComposing: true }, false],
  ] as const)('%s', (_name, init, want) => {
    expect(adapter.isSaveKey(key(init), parts)).toBe(want);
  });

  test('in the editor or with nothing focused, not in the page search box', () => {
    expect(saveKeyAt(adapter, parts, parts.title as HTMLElement, key({ key: 's', ctrlKey: true }))).toBe(true);
    if (parts.description) expect(saveKeyAt(adapter, parts, parts.description, key({ key: 's', ctrlKey: true }))).toBe(true);
    expect(saveKeyAt(adapter, parts, doc.body, key({ key: 's', ctrlKey: true }))).toBe(true);
    const search = doc.querySelector('[role="search"] input') as HTMLElement;
    expect(saveKeyAt(adapter, parts, search, key({ key: 's', ctrlKey: true }))).toBe(false);
  });
});

describe('parsing', () => {
  test.each([
    ['Tue 11/24/2026', true, '2026-11-24'],
    ['11/27/2026', true, '2026-11-27'],
    ['Tue 12/1/2026', false, '2026-12-01'],
    ['Mon 1/12/2026', false, '2026-01-12'],
    ['12/1/2026', false, '2026-01-12'],
    ['24/11/2026', true, '2026-11-24'],
    ['24.11.2026', true, '2026-11-24'],
    ['Di., 24.11.26', true, '2026-11-24'],
    ['2026-11-24', true, '2026-11-24'],
    ['2026/11/24', true, '2026-11-24'],
    ['Nov 24, 2026', true, '2026-11-24'],
    ['Tuesday, November 24, 2026', true, '2026-11-24'],
    ['24. Nov. 2026', true, '2026-11-24'],
    ['24. März 2026', true, '2026-03-24'],
    ['Tuesday, November 24', true, null],
    ['2/30/2026', true, null],
    ['10:00 AM', true, null],
  ] as const)('date %s (month first: %s)', (text, monthFirst, want) => {
    const day = parseDateText(text, monthFirst);
    expect(day && `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`).toBe(want);
  });

  test.each([
    ['10:00am', 600],
    ['10:00 AM', 600],
    ['9:30am', 570],
    ['12:00pm', 720],
    ['12:15am', 15],
    ['2:30 p.m.', 870],
    ['3pm', 900],
    ['11:00am (1 hr)', 660],
    ['14:30', 870],
    ['09:05', 545],
    ['14.30', 870],
    ['下午2:30', 870],
    ['24.11.2026', null],
    ['Tue 11/24/2026', null],
    ['25:00', null],
    ['14', null],
  ] as const)('time %s', (text, want) => {
    expect(parseTimeText(text)).toBe(want);
  });

  const nov24 = { year: 2026, month: 11, day: 24 };
  test.each([
    ['an hour', { startDay: nov24, endDay: nov24, startMinutes: 600, endMinutes: 660, allDay: false }, { durationMinutes: 60, start: '2026-11-24T10:00' }],
    [
      'past midnight on the same shown day',
      { startDay: nov24, endDay: nov24, startMinutes: 1380, endMinutes: 30, allDay: false },
      { durationMinutes: 90, start: '2026-11-24T23:00' },
    ],
    ['no end time', { startDay: nov24, endDay: nov24, startMinutes: 600, endMinutes: null, allDay: false }, { durationMinutes: 0, start: '2026-11-24T10:00' }],
    ['no start day', { startDay: null, endDay: null, startMinutes: 600, endMinutes: 630, allDay: false }, { durationMinutes: 30 }],
    ['all day', { startDay: nov24, endDay: nov24, startMinutes: null, endMinutes: null, allDay: true }, { durationMinutes: 1440, start: '2026-11-24T00:00' }],
  ])('timing: %s', (_name, input, want) => {
    expect(eventTiming(input)).toStrictEqual(want);
  });

  test.each([
    ['RRULE:FREQ=DAILY', { recurring: true, recurrenceEnds: false, recurrenceFrequency: 'daily' }],
    ['RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR', { recurring: true, recurrenceEnds: false, recurrenceFrequency: 'weekdays' }],
    ['RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', { recurring: true, recurrenceEnds: false, recurrenceFrequency: 'weekdays' }],
    ['RRULE:FREQ=WEEKLY;WKST=SU;UNTIL=20261231;BYDAY=MO', { recurring: true, recurrenceEnds: true, recurrenceFrequency: 'weekly' }],
    ['RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TU', { recurring: true, recurrenceEnds: false, recurrenceFrequency: 'biweekly' }],
    ['RRULE:FREQ=WEEKLY;BYDAY=MO,WE', { recurring: true, recurrenceEnds: false }],
    ['RRULE:FREQ=MONTHLY;COUNT=3;BYDAY=4TU', { recurring: true, recurrenceEnds: true, recurrenceFrequency: 'monthly' }],
    ['RRULE:FREQ=YEARLY', { recurring: true, recurrenceEnds: false }],
    ['', { recurring: false, recurrenceEnds: false }],
  ])('rule %s', (rule, want) => {
    expect(recurrenceFromRule(rule)).toStrictEqual(want);
  });

  test.each([
    ['["20261124T100000",null,null,null,null,null,null,null,[],[],[],[],[]]', { recurring: false, recurrenceEnds: false }],
    [
      '["20261124T100000","DAILY",true,"RRULE:FREQ=DAILY",null,null,0,1,[],[],[],[],[]]',
      { recurring: true, recurrenceEnds: false, recurrenceFrequency: 'daily' },
    ],
    ['["20261124T100000","WEEKLY",true,null]', { recurring: true, recurrenceEnds: false, recurrenceFrequency: 'weekly' }],
    ['C7uZwb', null],
    ['[not json', null],
  ])('repeat option value %s', (value, want) => {
    expect(recurrenceFromValue(value)).toStrictEqual(want);
  });

  test.each([
    ["Don't repeat", { recurring: false, recurrenceEnds: false }],
    ['Every week on Monday', { recurring: true, recurrenceEnds: false, recurrenceFrequency: 'weekly' }],
    ['Every week on Tuesday until 3/30/2027', { recurring: true, recurrenceEnds: true, recurrenceFrequency: 'weekly' }],
    ['Every week on Monday and Wednesday', { recurring: true, recurrenceEnds: false }],
    ['Every day, 10 times', { recurring: true, recurrenceEnds: true, recurrenceFrequency: 'daily' }],
    ['Every 3 weeks on Friday', { recurring: true, recurrenceEnds: false }],
    ['Every month on day 15', { recurring: true, recurrenceEnds: false, recurrenceFrequency: 'monthly' }],
    ['Every year on November 24', { recurring: true, recurrenceEnds: false }],
    ['Nicht wiederholen', { recurring: false, recurrenceEnds: false }],
    ['Alle 2 Wochen am Montag', { recurring: true, recurrenceEnds: false, recurrenceFrequency: 'biweekly' }],
    ['Répéter (inconnu)', { recurring: false, recurrenceEnds: false }],
  ])('repeat text %s', (text, want) => {
    expect(recurrenceFromText(text)).toStrictEqual(want);
  });

  test('the shared save shortcut needs an editor root', () => {
    const root = document.createElement('div');
    document.body.append(root);
    expect(isSaveShortcut(key({ key: 's', ctrlKey: true }), root)).toBe(true);
    root.remove();
  });
});

describe('meta', () => {
  test('no adapter file reads the fixtures\u2019 annotations', () => {
    const files = (readdirSync(sitesDir, { recursive: true }) as string[]).map((f) => f.replaceAll('\\', '/')).filter((f) => /\.tsx?$/.test(f));
    expect(files).toEqual(
      expect.arrayContaining(['dom/controls.ts', 'gcal/adapter.ts', 'gcal/selectors.ts', 'outlook-calendar/adapter.ts', 'date-text.ts', 'types.ts']),
    );
    for (const f of files) expect(readFileSync(join(sitesDir, f), 'utf8'), f).not.toContain('data-fixture');
  });
});
