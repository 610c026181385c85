/** The popup against a seeded fake IndexedDB and WXT's fake browser storage, at a fixed date. */
// First: Dexie's liveQuery runs only when a global indexedDB existed as Dexie loaded (each test's
// database still gets its own factory, from freshDb).
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { dayRange, shortDay, untilLabel } from '../../components/popup/format';
import { FIRST_NUMBERS_MARK, PopupApp } from '../../components/popup/PopupApp';
import { siteName, uiLocale } from '../../utils/i18n';
import type { NudgeMessage } from '../../utils/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/schema';
import { saveSettings } from '../../utils/settings/storage';
import type { StatsDb } from '../../utils/stats/db';
import { loadSiteWeeks, trendWeekStarts } from '../../utils/stats/queries';
import { freshDb, NOW, send } from '../unit/stats/helpers';
import { switchToPseudoLocale, wordsOutsideMessages } from './pseudo-locale';

// uPlot draws on a canvas jsdom does not have; record what it is asked to draw instead.
type ChartOptions = { series: { label?: string }[] };
const drawn = vi.hoisted(() => [] as { opts: ChartOptions; data: unknown[][]; destroyed: boolean }[]);
vi.mock('uplot', () => ({
  default: class {
    chart: { opts: ChartOptions; data: unknown[][]; destroyed: boolean };
    constructor(opts: ChartOptions, data: unknown[][]) {
      this.chart = { opts, data, destroyed: false };
      drawn.push(this.chart);
    }
    destroy() {
      this.chart.destroyed = true;
    }
  },
}));

globalThis.IS_REACT_ACT_ENVIRONMENT = true;
declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

/** Local noon `daysAgo` days before NOW (Monday 10 March 2025). */
const daysAgo = (n: number) => new Date(NOW.getFullYear(), NOW.getMonth(), NOW.getDate() - n, 12);
const stored = async () => (await fakeBrowser.storage.sync.get('settings')).settings as Settings;

let db: StatsDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  drawn.length = 0;
  performance.clearMarks();
});
afterEach(() => {
  cleanup();
  db.close();
});

function renderPopup(url?: string) {
  const openOptions = vi.fn();
  render(<PopupApp db={db} activeTabUrl={() => Promise.resolve(url)} openOptions={openOptions} now={() => NOW} />);
  return { openOptions };
}

/** This week: 4 sent (3 clean, 1 proposing a call), one meeting saved and one flagged; last week: 2 sent, 1 clean. */
async function seedTwoWeeks() {
  const thisWeek: NudgeMessage[] = [
    { type: 'shown', site: 'gmail', rules: ['no-deadline', 'vague-ask'] },
    { type: 'resolved', site: 'gmail', rules: ['no-deadline'] },
    { type: 'sent', site: 'gmail', remaining: ['vague-ask'] },
    { type: 'sent', site: 'gmail', remaining: [] },
    { type: 'shown', site: 'slack', rules: ['no-deadline', 'sync-escalation'] },
    { type: 'resolved', site: 'slack', rules: ['no-deadline', 'sync-escalation'] },
    { type: 'sent', site: 'slack', remaining: [] },
    { type: 'sent', site: 'slack', remaining: [], callProposal: true },
    { type: 'meeting', site: 'gcal', event: 'checked', rules: ['no-agenda'], hours: 1.5, cost: 450 },
    { type: 'meeting', site: 'gcal', event: 'saved', rules: [], hours: 1.5, cost: 450 },
  ];
  await send(db, thisWeek, NOW);
  await send(
    db,
    [
      { type: 'shown', site: 'gmail', rules: ['no-deadline'] },
      { type: 'sent', site: 'gmail', remaining: ['no-deadline'] },
      { type: 'sent', site: 'gmail', remaining: [] },
    ],
    daysAgo(7),
  );
}

const hero = (id: string) => document.querySelector(`[data-metric="${id}"]`) as HTMLElement;
const row = (id: string) => Array.from(document.querySelectorAll(`tr[data-metric="${id}"] td`)).map((td) => td.textContent);

describe('popup', () => {
  test('loading first, then this week against last week, and the first-numbers mark', async () => {
    await seedTwoWeeks();
    renderPopup();
    expect(screen.getByRole('status').textContent).toBe('Loading your counts…');
    await waitFor(() => expect(hero('clean')).not.toBeNull());

    expect(within(hero('clean')).getByText('75%')).toBeTruthy();
    expect(hero('clean').textContent).toContain('3 of 4 messages');
    expect(hero('clean').textContent).toContain('last week 50%');
    expect(hero('clean').querySelector('.badge')?.textContent).toBe('+25 pts');
    // Sync: 1 meeting saved + 1 call proposal; async: the 3 other messages → 40:60.
    expect(within(hero('sync')).getByText('40:60')).toBeTruthy();
    expect(hero('sync').querySelector('.badge')?.textContent).toBe('above target');
    expect(hero('sync').textContent).toContain('last week 0:100');

    // Shown: two drafts with two nudges each, and the flagged meeting's no-agenda.
    await waitFor(() => expect(row('shown')).toEqual(['5', '1']));
    expect(row('resolved')).toEqual(['3', '0']);
    expect(row('sent-anyway')).toEqual(['1', '1']);
    expect(row('meetings')).toEqual(['1 · $450', '0']);
    expect(performance.getEntriesByName(FIRST_NUMBERS_MARK)).toHaveLength(1);
  });

  test('with the read main.tsx made while React loaded, the first render already has the numbers', async () => {
    await seedTwoWeeks();
    const sites = await loadSiteWeeks(db, trendWeekStarts('2025-03-10'));
    render(
      <PopupApp db={db} firstRead={{ today: '2025-03-10', sites }} activeTabUrl={() => Promise.resolve(undefined)} openOptions={vi.fn()} now={() => NOW} />,
    );
    expect(screen.queryByText('Loading your counts…')).toBeNull();
    expect(within(hero('clean')).getByText('75%')).toBeTruthy();
    // Money waits for the settings (the currency); the counts do not.
    expect(row('meetings')[0]).toBe('1 · …');
    await waitFor(() => expect(row('meetings')[0]).toBe('1 · $450'));
  });

  test('top three nudges this week, each with a tip and last week’s count', async () => {
    await seedTwoWeeks();
    renderPopup();
    const top = await screen.findByRole('heading', { name: 'Top nudges this week' });
    const items = await waitFor(() => {
      const li = within(top.closest('section') as HTMLElement).getAllByRole('listitem');
      expect(li.length).toBeGreaterThan(0);
      return li;
    });
    expect(items.map((li) => li.getAttribute('data-rule'))).toEqual(['no-deadline', 'no-agenda', 'sync-escalation']);
    expect(items[0]?.textContent).toContain('No deadline');
    expect(items[0]?.textContent).toContain('2×');
    expect(items[0]?.textContent).toContain('(last week 1)');
    expect(items[0]?.querySelector('.tip')?.textContent).toBe('Say by when, or that there is no rush.');
  });

  test('the trend: eight weeks drawn, and the same numbers as a summary and a table', async () => {
    await seedTwoWeeks();
    renderPopup();
    await waitFor(() => expect(drawn.length).toBeGreaterThan(0));
    const last = drawn[drawn.length - 1];
    expect(last?.data[1]).toEqual([null, null, null, null, null, null, 50, 75]);
    expect(last?.data[2]).toEqual([null, null, null, null, null, null, 0, 40]);
    const table = screen.getByRole('table', { name: 'Weekly numbers, last 8 weeks' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(9));
    const cells = (tr: HTMLElement | undefined) => Array.from(tr?.children ?? []).map((cell) => cell.textContent);
    const rows = () => within(table).getAllByRole('row');
    // The older weeks' nudge counts come from the last of the three reads.
    await waitFor(() => expect(cells(rows()[1])).toEqual(['Jan 20', '0', '—', '0', '—']));
    expect(cells(rows()[8])).toEqual(['Mar 10', '4', '75%', '5', '40:60']);
    expect(document.getElementById('trend-summary')?.textContent).toBe(
      'Sent clean went from 50% (week of Mar 3) to 75% this week. Sync:async went from 0:100 (week of Mar 3) to 40:60 this week, against a 20:80 target.',
    );
  });

  test('updates live when the background records a send', async () => {
    await seedTwoWeeks();
    renderPopup();
    await waitFor(() => expect(hero('clean').textContent).toContain('3 of 4 messages'));
    await act(() => send(db, [{ type: 'sent', site: 'slack', remaining: [] }], NOW));
    await waitFor(() => expect(hero('clean').textContent).toContain('4 of 5 messages'));
    expect(within(hero('clean')).getByText('80%')).toBeTruthy();
  });

  test('a new install explains what will appear; the controls are there already', async () => {
    renderPopup();
    expect(await screen.findByRole('heading', { name: 'Nothing counted yet' })).toBeTruthy();
    expect(screen.getByText(/sync:async ratio against the 20:80 target/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pause hints for 1 hour' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /JSON/ })).toBeNull();
  });

  test('each pause button says its visible words in its spoken name (axe label-content-name-mismatch)', async () => {
    renderPopup();
    const group = await screen.findByRole('group', { name: 'Pause hints' });
    for (const button of within(group).getAllByRole('button')) {
      // Whole words, as axe compares them: "1 h" is not in "… for 1 hour".
      const shown = (button.textContent ?? '').trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      expect(button.getAttribute('aria-label')).toMatch(new RegExp(`(?:^|\\s)${shown}(?:$|\\s)`));
    }
  });

  test('money in the person’s currency', async () => {
    await saveSettings({ ...structuredClone(DEFAULT_SETTINGS), currency: 'EUR' });
    await seedTwoWeeks();
    renderPopup();
    await waitFor(() => expect(row('meetings')[0]).toBe('1 · €450'));
  });
});

describe('quick controls', () => {
  test('pause for an hour, see it, resume', async () => {
    renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'Pause hints for 1 hour' }));
    await waitFor(async () => expect((await stored())?.snoozeUntil).toBe(NOW.getTime() + 3_600_000));
    expect((await screen.findByRole('status')).textContent).toMatch(/^Paused until 01:00\s?PM$/);
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await waitFor(async () => expect((await stored())?.snoozeUntil).toBeNull());
    expect(await screen.findByRole('button', { name: 'Pause hints for 1 hour' })).toBeTruthy();
  });

  test('pause until tomorrow means the start of tomorrow’s working day', async () => {
    renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'Pause hints until tomorrow 09:00' }));
    await waitFor(async () => expect((await stored())?.snoozeUntil).toBe(new Date(2025, 2, 11, 9, 0).getTime()));
  });

  test('on a site the popup can see, one switch for that site', async () => {
    renderPopup('https://mail.google.com/mail/u/0/#inbox');
    const gmail = await screen.findByRole('switch', { name: 'Hints on Gmail' });
    expect(screen.getAllByRole('switch')).toHaveLength(1);
    expect(gmail.getAttribute('aria-checked')).toBe('true');
    fireEvent.click(gmail);
    await waitFor(async () => expect((await stored())?.sites.gmail).toBe(false));
    await waitFor(() => expect(gmail.getAttribute('aria-checked')).toBe('false'));
    expect(gmail.textContent).toBe('Gmail hints off');
  });

  test('anywhere else (no URL without the tabs permission), every site’s switch', async () => {
    renderPopup(undefined);
    await waitFor(() => expect(screen.getAllByRole('switch')).toHaveLength(5));
    fireEvent.click(screen.getByRole('switch', { name: 'Hints on Outlook Calendar' }));
    await waitFor(async () => expect((await stored())?.sites).toEqual({ ...DEFAULT_SETTINGS.sites, outlookCalendar: false }));
  });

  test('options opens the options page', async () => {
    const { openOptions } = renderPopup();
    fireEvent.click(screen.getByRole('button', { name: 'Options' }));
    expect(openOptions).toHaveBeenCalledOnce();
  });
});

describe('data', () => {
  test('export downloads the JSON export', async () => {
    await seedTwoWeeks();
    const blobs: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:stats'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'JSON' }));
    await waitFor(() => expect(names).toEqual(['async-nudge-stats-2025-03-10.json']));
    const file = JSON.parse(await (blobs[0] as Blob).text());
    expect(file).toMatchObject({ format: 'async-nudge-stats', schemaVersion: 1 });
    expect(file.siteDays).toHaveLength(4);
    click.mockRestore();
  });

  test('reset asks first; cancel keeps everything, confirm deletes and shows the new-install view', async () => {
    await seedTwoWeeks();
    renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: 'Reset…' }));
    const confirm = screen.getByRole('group', { name: 'Confirm reset' });
    expect(document.activeElement?.textContent).toBe('Cancel');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(await db.siteDays.count()).toBe(4);
    fireEvent.click(screen.getByRole('button', { name: 'Reset…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete all' }));
    expect(await screen.findByRole('heading', { name: 'Nothing counted yet' })).toBeTruthy();
    expect(await db.siteDays.count()).toBe(0);
  });

  test('a failed read says so instead of leaving the popup blank', async () => {
    vi.spyOn(db.siteDays, 'where').mockImplementation(() => {
      throw new Error('the disk is full');
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderPopup();
    expect((await screen.findByRole('alert')).textContent).toBe('Could not read your counts: the disk is full');
    vi.mocked(console.error).mockRestore();
  });
});

describe('every word comes from the locale files', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = switchToPseudoLocale();
  });
  afterEach(() => restore());

  const exactly = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  /** Dates Intl writes in the UI language (format.ts): this week's range and each trend week's Monday. */
  const dates = () => [exactly(dayRange('2025-03-10', '2025-03-16')), ...trendWeekStarts('2025-03-10').map((day) => exactly(shortDay(day)))];
  /**
   * A top nudge's tip is the first sentence of its rule's suggestion message (rule-tips.ts), so the
   * message's closing bracket is cut off with the rest: only a text that starts as a message and
   * never closes matches.
   */
  const tipCut = /^\s*⟦[^⟧]*$/;
  const outside = (allow: RegExp[] = []) => wordsOutsideMessages(document.body, allow);

  test('the loading line, this week against last, the top nudges, the trend and every site switch', async () => {
    await seedTwoWeeks();
    renderPopup();
    expect(screen.getByRole('status').textContent).toMatch(/^⟦.*⟧$/);
    expect(outside()).toEqual([]);

    // Everything read: the money (after the settings), the top nudges and the older weeks' counts.
    await waitFor(() => expect(row('meetings')[0]).toMatch(/\$450/));
    await waitFor(() => expect(document.querySelectorAll('[data-rule]')).toHaveLength(3));
    await waitFor(() => expect(screen.getAllByRole('switch')).toHaveLength(5));
    const table = screen.getByRole('table', { name: /⟦/ });
    await waitFor(() => expect(Array.from(within(table).getAllByRole('row')[1]?.children ?? []).map((cell) => cell.textContent)).toContain('0'));
    expect(hero('clean').querySelector('.badge')?.textContent).toMatch(/⟦/);
    expect(outside([...dates(), tipCut])).toEqual([]);

    // The chart's canvas is hidden from the DOM: its line labels must be messages too.
    const labels = drawn[drawn.length - 1]?.opts.series.flatMap((s) => s.label ?? []);
    expect(labels).toHaveLength(3);
    for (const label of labels ?? []) expect(label).toMatch(/^⟦[^⟧]*⟧$/);
  });

  test('one site’s switch, and a pause', async () => {
    await seedTwoWeeks();
    renderPopup('https://mail.google.com/mail/u/0/#inbox');
    await screen.findByRole('switch');
    fireEvent.click(screen.getByRole('button', { name: /⟦Pause hints for 1 hour⟧/ }));
    await waitFor(() => expect(document.querySelector('.paused')).not.toBeNull());
    await waitFor(() => expect(document.querySelectorAll('[data-rule]')).toHaveLength(3));
    // The time the pause ends, as Intl writes it in the UI language ("01:00 PM").
    const until = exactly(untilLabel(NOW.getTime() + 3_600_000, NOW));
    expect(outside([...dates(), tipCut, until])).toEqual([]);
  });

  test('the reset confirmation, then the new-install view', async () => {
    await seedTwoWeeks();
    renderPopup();
    fireEvent.click(await screen.findByRole('button', { name: /Reset/ }));
    expect(screen.getByRole('group', { name: /Confirm reset/ })).toBeTruthy();
    await waitFor(() => expect(document.querySelectorAll('[data-rule]')).toHaveLength(3));
    expect(outside([...dates(), tipCut])).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: /Delete all/ }));
    expect(await screen.findByRole('heading', { name: /Nothing counted yet/ })).toBeTruthy();
    // The sites people write on, joined by Intl.ListFormat in the UI language ("A, B, or C"): its
    // commas and "or" are locale data. The check has already blanked the names (messages), so
    // what is allowed is exactly the list's own text between them.
    const list = new Intl.ListFormat(uiLocale(), { type: 'disjunction' }).formatToParts([siteName('gmail'), siteName('slack'), siteName('outlook')]);
    const sites = exactly(list.map((part) => (part.type === 'element' ? ' ' : part.value)).join(''));
    expect(outside([sites])).toEqual([]);
  });
});
