/** The welcome page against WXT's fake browser storage: what it shows first, what it saves, what it refuses. */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Welcome } from '../../components/welcome/Welcome';
import { DEFAULT_SETTINGS, runtimeTimeZone, type Settings } from '../../utils/settings/schema';

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
    for (const name of ['Gmail', 'Slack', 'Outlook mail', 'Google Calendar', 'Outlook calendar']) expect(input(name).checked, name).toBe(true);
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
    expect(status).toContain('Gmail, Outlook mail, Google Calendar and Outlook calendar');
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
