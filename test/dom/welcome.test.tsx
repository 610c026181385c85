/** The welcome page against WXT's fake browser storage: what it shows first, what it saves, what it refuses. */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Welcome } from '../../components/welcome/Welcome';
import { uiLocale, weekdayName } from '../../utils/i18n';
import { DEFAULT_SETTINGS, runtimeTimeZone, type Settings } from '../../utils/settings/schema';
import { switchToPseudoLocale, wordsOutsideMessages } from './pseudo-locale';

globalThis.IS_REACT_ACT_ENVIRONMENT = true;
declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

const stored = async () => (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;
const input = (name: string | RegExp) => screen.getByLabelText(name) as HTMLInputElement;
const save = () => act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save and start' })));

async function renderPage() {
  const openOptions = vi.fn();
  render(<Welcome openOptions={openOptions} />);
  await screen.findByRole('button', { name: 'Save and start' });
  return { openOptions };
}

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
});

describe('welcome page', () => {
  test('shows every site on and the default hours, days and browser time zone', async () => {
    await renderPage();
    // The sites' own names (sites.* in the catalog), as the popup shows them.
    for (const name of ['Gmail', 'Slack', 'Outlook', 'Google Calendar', 'Outlook Calendar']) expect(input(name).checked, name).toBe(true);
    expect(input('Start').value).toBe(DEFAULT_SETTINGS.workingHours.start);
    expect(input('End').value).toBe(DEFAULT_SETTINGS.workingHours.end);
    const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    expect(days.filter((d) => input(d).checked)).toEqual(DEFAULT_SETTINGS.workingHours.days.map((d) => days[d]));
    expect((screen.getByLabelText('Time zone') as HTMLSelectElement).value).toBe(runtimeTimeZone());
    // Both promises are on the one screen.
    expect(screen.getByRole('heading', { name: 'What it does' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What it never does' }).closest('section')?.textContent).toContain('No text leaves your browser');
    expect(screen.getByRole('status').textContent).toBe('');
  });

  test('saving writes the chosen sites and hours and confirms with a pointer to the popup and the shortcut', async () => {
    await renderPage();
    fireEvent.click(input('Slack'));
    fireEvent.change(input('Start'), { target: { value: '08:30' } });
    fireEvent.change(input('End'), { target: { value: '16:00' } });
    fireEvent.click(input('Saturday'));
    fireEvent.click(input('Monday'));
    await save();

    const settings = await stored();
    expect(settings?.sites).toEqual({ gmail: true, slack: false, outlook: true, gcal: true, outlookCalendar: true });
    expect(settings?.workingHours).toEqual({ start: '08:30', end: '16:00', days: [2, 3, 4, 5, 6] });
    expect(settings?.timeZone).toBe(runtimeTimeZone());
    // Everything else keeps its default.
    expect(settings?.rules).toEqual(DEFAULT_SETTINGS.rules);

    const status = screen.getByRole('status').textContent ?? '';
    expect(status).toContain('Saved.');
    // Joined the way the browser's language writes lists.
    expect(status).toContain('Gmail, Outlook, Google Calendar, and Outlook Calendar');
    expect(status).toContain('toolbar');
    expect(status).toContain('Alt+Shift+N');
  });

  test('an end before the start is explained next to the field and nothing is saved', async () => {
    await renderPage();
    fireEvent.change(input('Start'), { target: { value: '17:00' } });
    fireEvent.change(input('End'), { target: { value: '09:00' } });
    expect(document.getElementById('working-end-error')?.textContent).toContain('End must be after the start time.');
    expect(input('End').getAttribute('aria-invalid')).toBe('true');
    expect(input('End').getAttribute('aria-describedby')).toBe('working-end-error');

    await save();
    expect(await stored()).toBeUndefined();
    expect(screen.getByRole('status').textContent).toContain('Not saved');
    expect(document.activeElement).toBe(input('End'));

    // Fixing it clears the message and the save goes through.
    fireEvent.change(input('End'), { target: { value: '18:00' } });
    expect(document.getElementById('working-end-error')).toBeNull();
    await save();
    expect((await stored())?.workingHours).toMatchObject({ start: '17:00', end: '18:00' });
  });

  test('no working day is refused too', async () => {
    await renderPage();
    for (const day of DEFAULT_SETTINGS.workingHours.days)
      fireEvent.click(input(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][day] as string));
    expect(document.getElementById('working-days-error')?.textContent).toContain('Pick at least one working day.');
    await save();
    expect(await stored()).toBeUndefined();
  });

  test('All settings opens the options page', async () => {
    const { openOptions } = await renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'All settings' }));
    expect(openOptions).toHaveBeenCalledOnce();
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Exactly these strings, as whole words (longest first, so "America/Bahia Banderas" is not cut short). */
const exactly = (values: Iterable<string>) => {
  const words = [...new Set(values)].sort((x, y) => y.length - x.length).map(escape);
  return new RegExp(`(?<![\\p{L}/])(?:${words.join('|')})(?![\\p{L}/])`, 'u');
};

describe('every visible word comes from a message', () => {
  test('the welcome page: intro, form, field errors, refusal and confirmation', async () => {
    const restore = switchToPseudoLocale();
    try {
      const week = [0, 1, 2, 3, 4, 5, 6];
      const zones = [...(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []), 'UTC', runtimeTimeZone()];
      const allow = [
        // Weekday names come from Intl.DateTimeFormat in the browser's language (weekdayName).
        exactly(week.flatMap((d) => [weekdayName(d, 'long'), weekdayName(d, 'short')])),
        // Time zones are shown by their IANA ids ("America/New York"); no browser names them all.
        exactly(zones.map((zone) => zone.replace(/_/g, ' '))),
        // The words joining the site names ("…, and …") come from Intl.ListFormat: only between two
        // replaced messages (each ⟦…⟧ becomes a space before the allowances apply).
        ...new Intl.ListFormat(uiLocale(), { style: 'long', type: 'conjunction' })
          .formatToParts(['a', 'b', 'c'])
          .filter((part) => part.type === 'literal')
          .map((part) => new RegExp(`(?<= )${escape(part.value)}(?= )`)),
      ];
      const { container } = render(<Welcome openOptions={vi.fn()} />);
      const saveButton = await screen.findByRole('button', { name: /Save and start/ });
      const seen = () => wordsOutsideMessages(container, allow);
      expect(container.querySelectorAll('strong').length).toBeGreaterThan(0);
      expect(seen()).toEqual([]);

      // Another time zone than the browser's, and every field wrong at once.
      const zone = screen.getByLabelText(/Time zone/) as HTMLSelectElement;
      const other = [...zone.options].find((o) => o.value !== runtimeTimeZone());
      fireEvent.change(zone, { target: { value: other?.value } });
      fireEvent.change(screen.getByLabelText(/Start/), { target: { value: '17:00' } });
      fireEvent.change(screen.getByLabelText(/End/), { target: { value: '09:00' } });
      for (const day of DEFAULT_SETTINGS.workingHours.days) fireEvent.click(screen.getByLabelText(weekdayName(day)));
      await act(async () => fireEvent.click(saveButton));
      expect(document.getElementById('working-end-error')).not.toBeNull();
      expect(document.getElementById('working-days-error')).not.toBeNull();
      expect(screen.getByRole('status').textContent).not.toBe('');
      expect(seen()).toEqual([]);

      fireEvent.change(screen.getByLabelText(/Start/), { target: { value: '' } });
      expect(document.getElementById('working-start-error')).not.toBeNull();
      expect(seen()).toEqual([]);

      // Fixed and saved: the confirmation, with the site list and the shortcut's keys.
      fireEvent.change(screen.getByLabelText(/Start/), { target: { value: '09:00' } });
      fireEvent.change(screen.getByLabelText(/End/), { target: { value: '17:00' } });
      fireEvent.click(screen.getByLabelText(weekdayName(1)));
      await act(async () => fireEvent.click(saveButton));
      expect(container.querySelectorAll('.confirmation kbd')).toHaveLength(3);
      expect(seen()).toEqual([]);

      // Every site off: the other confirmation.
      for (const box of container.querySelectorAll<HTMLInputElement>('.site-list input:checked')) fireEvent.click(box);
      await act(async () => fireEvent.click(saveButton));
      expect(container.querySelector('.confirmation')).not.toBeNull();
      expect(seen()).toEqual([]);
    } finally {
      restore();
    }
  });
});
