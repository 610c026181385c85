/** The options page against WXT's fake browser storage: what is saved, what is refused, and why. */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { TYPING_DEBOUNCE_MS } from '../../components/options/Fields';
import type { StatsData } from '../../components/options/stats-data';
import App from '../../entrypoints/options/App';
import { analyze } from '../../utils/analyzer/analyze';
import { allRules, messageRules } from '../../utils/analyzer/registry';
import { RULE_IDS as ruleIds } from '../../utils/catalog/rules';
import { ruleText, weekdayName } from '../../utils/i18n';
import { exportNorms } from '../../utils/settings/norms';
import { DEFAULT_SETTINGS, PHRASE_MAX_CHARS, type RuleSettings, runtimeTimeZone, type Settings } from '../../utils/settings/schema';
import { saveSettings } from '../../utils/settings/storage';
import { switchToPseudoLocale, wordsOutsideMessages } from './pseudo-locale';

// The whole page renders in jsdom (600 select options, 19 rule cards); give each test room on a busy machine.
vi.setConfig({ testTimeout: 20_000 });
globalThis.IS_REACT_ACT_ENVIRONMENT = true;
declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

const stored = async () => (await fakeBrowser.storage.sync.get('settings')).settings as Settings | undefined;
const sleep = (ms: number) => act(() => new Promise<void>((done) => setTimeout(done, ms)));
/**
 * Queries by id or label text: Testing Library's role and label queries compute names for every
 * element, which on a page this size takes about a second each, and waitFor reruns them on every change.
 */
function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is not on the page`);
  return el;
}
/** The control a `<label for>` with exactly this text names, or the element with this aria-label. */
function labelled(text: string): HTMLElement {
  const label = Array.from(document.querySelectorAll('label')).find((l) => l.textContent?.trim() === text);
  const el = label?.htmlFor ? document.getElementById(label.htmlFor) : document.querySelector<HTMLElement>(`[aria-label="${text}"]`);
  if (!el) throw new Error(`nothing is labelled “${text}”`);
  return el;
}
const status = () => byId('save-status');
const ruleSwitch = (id: string) => byId(`rule-${id}-enabled`);
const alertBox = () =>
  waitFor(() => {
    const el = document.querySelector<HTMLElement>('[role="alert"]');
    if (!el) throw new Error('no alert');
    return el;
  });
const alertNow = () => document.querySelector('[role="alert"]');
function button(text: string): HTMLElement {
  const el = Array.from(document.querySelectorAll('button')).find((b) => b.textContent?.trim() === text);
  if (!el) throw new Error(`no “${text}” button`);
  return el;
}
const shown = (text: string) =>
  waitFor(() => {
    if (!document.body.textContent?.includes(text)) throw new Error(`“${text}” is not on the page`);
  });
/** The inline error shown next to the control with this id. */
const errorOf = (id: string) => document.getElementById(`${id}-error`)?.textContent ?? '';
const checked = (el: HTMLElement) => (el as HTMLInputElement).checked;
/** An input's value as the person sees it: a number input's as a number. */
const valueOf = (el: HTMLElement) => {
  const input = el as HTMLInputElement;
  return input.type === 'number' ? input.valueAsNumber : input.value;
};
/** The rules currently listed, by id. */
const listedRules = () => Array.from(document.querySelectorAll<HTMLElement>('li.rule')).map((li) => li.dataset.rule);

/** The defaults with one rule's settings changed. */
function defaultsWithRule(id: string, patch: Partial<RuleSettings>): Settings {
  const s = structuredClone(DEFAULT_SETTINGS);
  s.rules[id] = { ...(s.rules[id] as RuleSettings), ...patch };
  return s;
}

function fakeStats(): StatsData & { [K in keyof StatsData]: ReturnType<typeof vi.fn> } {
  return {
    exportJson: vi.fn(async () => '{}'),
    exportCsv: vi.fn(async () => 'kind,day\r\n'),
    importText: vi.fn(async () => ({ ok: true as const, rows: 3 })),
    reset: vi.fn(async () => undefined),
  };
}

async function renderApp(stats: StatsData = fakeStats()) {
  const view = render(<App stats={stats} />);
  await waitFor(() => byId('rule-no-deadline-enabled'));
  return view;
}

function normsFile(name: string, content: unknown): File {
  return new File([typeof content === 'string' ? content : JSON.stringify(content)], name, { type: 'application/json' });
}

async function chooseFile(input: HTMLElement, file: File) {
  await act(async () => {
    fireEvent.change(input, { target: { files: [file] } });
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Async Nudge', version: '1.2.3' });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('options page', () => {
  test('toggling a rule saves it and says so', async () => {
    await renderApp();
    expect(checked(ruleSwitch('no-deadline'))).toBe(true);
    act(() => ruleSwitch('no-deadline').click());
    await waitFor(async () => expect((await stored())?.rules['no-deadline']?.enabled).toBe(false));
    expect(checked(ruleSwitch('no-deadline'))).toBe(false);
    await waitFor(() => expect(status().textContent).toBe('Saved'));
    // Nothing else moved.
    expect(await stored()).toEqual(defaultsWithRule('no-deadline', { enabled: false }));
  });

  test('invalid working hours are explained next to the field and not saved; fixing them saves', async () => {
    await renderApp();
    const end = labelled('End');
    fireEvent.change(end, { target: { value: '08:00' } });
    await waitFor(() => expect(errorOf('working-end')).toBe('End must be after the start time.'));
    const error = byId('working-end-error');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(end.getAttribute('aria-describedby')).toContain(error.id);
    expect(status().textContent).toMatch(/^Not saved/);
    await sleep(TYPING_DEBOUNCE_MS + 200);
    expect(await stored()).toBeUndefined();

    fireEvent.change(end, { target: { value: '18:30' } });
    expect(errorOf('working-end')).toBe('');
    await waitFor(async () => expect((await stored())?.workingHours.end).toBe('18:30'), { timeout: 2000 });
    await waitFor(() => expect(status().textContent).toBe('Saved'));
  });

  test('unticking every working day is refused with a reason', async () => {
    await renderApp();
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday']) fireEvent.click(labelled(day));
    await waitFor(async () => expect((await stored())?.workingHours.days).toEqual([5]));
    fireEvent.click(labelled('Friday'));
    await waitFor(() => expect(errorOf('working-days')).toContain('Pick at least one working day.'));
    await sleep(50);
    expect((await stored())?.workingHours.days).toEqual([5]);
  });

  test('a number field refuses out-of-range and blank input, then saves a good value after typing stops', async () => {
    await renderApp();
    const rate = labelled('Hourly rate per person');
    fireEvent.change(rate, { target: { value: '-5' } });
    await waitFor(() => expect(errorOf('hourly-rate')).toContain('Must be 0 or more.'));
    fireEvent.change(rate, { target: { value: '' } });
    await waitFor(() => expect(errorOf('hourly-rate')).toContain('Expected a number.'));
    const typed = performance.now();
    fireEvent.change(rate, { target: { value: '95' } });
    await waitFor(async () => expect((await stored())?.hourlyRate).toBe(95), { timeout: 2000 });
    // Saved only once typing stopped: never sooner than the pause (a busy machine only makes it later).
    expect(performance.now() - typed).toBeGreaterThanOrEqual(TYPING_DEBOUNCE_MS * 0.9);
  });

  test('the pause before hints update: out of range is refused, a good value is saved', async () => {
    await renderApp();
    const delay = labelled('Update hints after a pause in typing of');
    expect((delay as HTMLInputElement).value).toBe('600');
    fireEvent.change(delay, { target: { value: '2500' } });
    await waitFor(() => expect(errorOf('hint-delay')).toContain('Must be at most 2000.'));
    fireEvent.change(delay, { target: { value: '800' } });
    fireEvent.blur(delay);
    await waitFor(async () => expect((await stored())?.hintDelayMs).toBe(800));
  });

  test('a typed change is saved at once when the field loses focus', async () => {
    await renderApp();
    const urgent = labelled('Urgent');
    fireEvent.change(urgent, { target: { value: 'within 2 hours' } });
    fireEvent.blur(urgent);
    await waitFor(async () => expect((await stored())?.responseNorms.urgent).toBe('within 2 hours'), { timeout: TYPING_DEBOUNCE_MS / 2 });
  });

  test('a rule’s phrase lists: bad phrases are explained, good ones saved, any can be removed', async () => {
    await renderApp();
    const add = labelled('New phrase for extra phrases for no-deadline');
    fireEvent.change(add, { target: { value: 'k' } });
    fireEvent.keyDown(add, { key: 'Enter' });
    await waitFor(() => expect(errorOf('rule-no-deadline-extra')).toContain('Must be at least 2 characters.'));
    fireEvent.change(add, { target: { value: 'kindly (handle)' } });
    fireEvent.click(labelled('Add to extra phrases for no-deadline'));
    await waitFor(() => expect(errorOf('rule-no-deadline-extra')).toContain('Must not contain ( ) or |.'));
    expect(await stored()).toBeUndefined();

    fireEvent.change(add, { target: { value: 'kindly handle' } });
    fireEvent.keyDown(add, { key: 'Enter' });
    await waitFor(async () => expect((await stored())?.rules['no-deadline']?.extraPhrases).toEqual(['kindly handle']));
    expect((add as HTMLInputElement).value).toBe('');
    fireEvent.change(add, { target: { value: 'Kindly handle' } });
    fireEvent.keyDown(add, { key: 'Enter' });
    await waitFor(() => expect(errorOf('rule-no-deadline-extra')).toContain('Is already in the list.'));

    fireEvent.click(labelled('Remove “kindly handle” from extra phrases for no-deadline'));
    await waitFor(async () => expect((await stored())?.rules['no-deadline']?.extraPhrases).toEqual([]));
  });

  test('the global allow-list saves phrases', async () => {
    await renderApp();
    const add = labelled('New phrase for phrases no rule flags');
    fireEvent.change(add, { target: { value: 'Project Urgent' } });
    fireEvent.keyDown(add, { key: 'Enter' });
    await waitFor(async () => expect((await stored())?.allowList).toEqual(['Project Urgent']));
    expect(within(labelled('Phrases no rule flags')).getByText('Project Urgent')).toBeTruthy();
  });

  test('the filter narrows the rule list and says how many match', async () => {
    await renderApp();
    expect(listedRules()).toHaveLength(allRules.length);
    const filter = labelled('Filter rules');
    fireEvent.change(filter, { target: { value: 'ASAP' } });
    await waitFor(() => expect(listedRules()).toContain('false-urgency'));
    expect(listedRules()).not.toContain('greeting-only');
    expect(listedRules().length).toBeLessThan(allRules.length);
    expect(byId('rule-filter-count').textContent).toBe(`${listedRules().length} of ${allRules.length} rules match`);

    fireEvent.change(filter, { target: { value: 'agenda meeting' } });
    await waitFor(() => expect(listedRules()).toEqual(['no-agenda']));

    fireEvent.change(filter, { target: { value: 'zzzz' } });
    await waitFor(() => expect(listedRules()).toEqual([]));
    await shown('No rule matches “zzzz”');

    fireEvent.change(filter, { target: { value: '' } });
    await waitFor(() => expect(listedRules()).toHaveLength(allRules.length));
  });

  test('each rule shows its why and its examples', async () => {
    await renderApp();
    for (const rule of allRules) {
      const card = document.querySelector<HTMLElement>(`li.rule[data-rule="${rule.meta.id}"]`);
      expect(card?.textContent).toContain(ruleText(rule.meta.id, 'why'));
      expect(card?.textContent).toContain(ruleText(rule.meta.id, 'summary'));
      if (rule.meta.sensitivity) expect(card?.textContent).toContain(ruleText(rule.meta.id, 'sensitivity'));
      if (rule.meta.example) expect(card?.textContent).toContain(rule.meta.example);
    }
    const noDeadline = within(labelled('Examples for no-deadline'));
    expect(noDeadline.getByText(/Could you review my PR\?/).textContent).toMatch(/^✗/);
    expect(noDeadline.getByText(/Could you review my PR by Thursday noon\?/).textContent).toMatch(/^✓/);
  });

  test('the examples shown are true: each ✗ fires its rule, each ✓ does not', () => {
    for (const rule of messageRules) {
      const bad = rule.meta.example;
      if (bad)
        expect(
          analyze({ kind: 'message', surface: 'email', text: bad }).map((f) => f.rule),
          `${rule.meta.id} ✗`,
        ).toContain(rule.meta.id);
    }
    for (const { id, passes: good } of allRules.map((r) => r.meta)) {
      if (!good) continue;
      expect(
        analyze({ kind: 'message', surface: 'email', text: good }).map((f) => f.rule),
        `${id} ✓`,
      ).not.toContain(id);
    }
  });

  test('phrase lists are offered where the analyzer honours them: an allowed example is not flagged', async () => {
    await renderApp();
    for (const rule of messageRules) {
      const { id, example } = rule.meta;
      const offered = document.getElementById(`rule-${id}-allow-input`) !== null;
      expect(offered, id).toBe(!rule.meta.wholeMessage);
      if (!offered || !example || example.length > PHRASE_MAX_CHARS || /[()|]/.test(example)) continue;
      const findings = analyze({ kind: 'message', surface: 'email', text: example }, { rules: { [id]: { allow: [example] } } });
      expect(
        findings.map((f) => f.rule),
        id,
      ).not.toContain(id);
    }
  });

  test('sensitivity, sites, review-before-send and the time zone save on change', async () => {
    await renderApp();
    fireEvent.change(labelled('Sensitivity of vague-ask'), { target: { value: 'strict' } });
    fireEvent.click(labelled('Slack'));
    fireEvent.click(labelled('Ask for one review before sending'));
    fireEvent.change(labelled('Time zone'), { target: { value: 'Europe/Berlin' } });
    await waitFor(async () =>
      expect(await stored()).toMatchObject({
        sites: { slack: false },
        reviewBeforeSend: true,
        timeZone: 'Europe/Berlin',
        rules: { 'vague-ask': { sensitivity: 'strict' } },
      }),
    );
  });

  test('snooze: pause shows until when, clear ends it', async () => {
    await renderApp();
    expect(byId('snooze-state').textContent).toBe('Hints are on.');
    const before = Date.now();
    fireEvent.click(button('Pause for 1 hour'));
    await waitFor(async () => expect((await stored())?.snoozeUntil).toBeGreaterThanOrEqual(before + 3_600_000));
    expect(byId('snooze-state').textContent).toMatch(/^All hints are paused until/);
    fireEvent.click(button('Clear snooze'));
    await waitFor(async () => expect((await stored())?.snoozeUntil).toBeNull());
    expect(byId('snooze-state').textContent).toBe('Hints are on.');
  });

  test('a change from another page shows up without a reload', async () => {
    await renderApp();
    await act(() => saveSettings({ ...defaultsWithRule('ask-to-ask', { enabled: false }), hourlyRate: 140 }));
    await waitFor(() => expect(valueOf(labelled('Hourly rate per person'))).toBe(140));
    expect(checked(ruleSwitch('ask-to-ask'))).toBe(false);
  });
});

describe('team policy (managed storage)', () => {
  const policy = {
    teamName: 'Platform',
    lockReason: 'agreed in the Q3 retro.',
    defaults: { longMeetingMinutes: 45 },
    locked: { currency: 'EUR', rules: { 'no-deadline': { enabled: true } } },
    roster: [{ id: 'maria@example.com', timeZone: 'Nowhere/City' }],
  };

  test('shows the team values, greys locked controls with the reason, and lists what the policy got wrong', async () => {
    await fakeBrowser.storage.managed.set(policy);
    await renderApp();
    await waitFor(() => byId('team-policy'));
    expect(byId('team-policy-title').textContent).toBe('Set by Platform');
    // The page's contents lead with it too.
    const toc = document.querySelector('nav.toc') as HTMLElement;
    expect(within(toc).getAllByRole('link')[0]?.getAttribute('href')).toBe('#team-policy');
    expect(within(toc).getAllByRole('link')[0]?.textContent).toBe('Set by Platform');
    const rows = Array.from(byId('team-policy').querySelectorAll('li[data-path]')).map((li) => [li.getAttribute('data-path'), li.getAttribute('data-source')]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['currency', 'locked'],
        ['rules.no-deadline.enabled', 'locked'],
        ['longMeetingMinutes', 'team'],
      ]),
    );
    // The roster entry with a bad zone is named with its reason; the rest of the policy applies.
    expect(byId('team-policy').textContent).toContain('roster[0].timeZone: expected an IANA time zone like Europe/Berlin — ignored');

    expect(byId('currency').matches(':disabled')).toBe(true);
    expect(valueOf(byId('currency'))).toBe('EUR');
    expect(ruleSwitch('no-deadline').matches(':disabled')).toBe(true);
    expect(byId('currency').closest('fieldset')?.textContent).toContain('Locked by Platform: agreed in the Q3 retro.');
    // A team default is shown as such, and stays editable.
    const long = byId('long-meeting-minutes') as HTMLInputElement;
    expect(long.matches(':disabled')).toBe(false);
    expect(long.valueAsNumber).toBe(45);
    expect(long.closest('fieldset')?.textContent).toContain('Default from Platform');
  });

  test('changing a team default makes it the person’s own; the team values are not written to storage', async () => {
    await fakeBrowser.storage.managed.set(policy);
    await renderApp();
    await waitFor(() => byId('team-policy'));
    fireEvent.click(labelled('Ask for one review before sending'));
    await waitFor(async () => expect((await stored())?.reviewBeforeSend).toBe(true));
    expect(await stored()).toMatchObject({ currency: 'USD', longMeetingMinutes: 60 });
    fireEvent.change(byId('long-meeting-minutes'), { target: { value: '90' } });
    fireEvent.blur(byId('long-meeting-minutes'));
    await waitFor(async () => expect((await stored())?.longMeetingMinutes).toBe(90));
    await waitFor(() => expect(byId('long-meeting-minutes').closest('fieldset')).toBeNull());
  });

  test('no policy: no team section and nothing greyed', async () => {
    await renderApp();
    expect(document.getElementById('team-policy')).toBeNull();
    expect(document.querySelector('nav.toc a[href="#team-policy"]')).toBeNull();
    expect(document.querySelector('fieldset.managed')).toBeNull();
  });
});

describe('team norms file', () => {
  const malformed = {
    format: 'async-nudge-team-norms',
    schemaVersion: 1,
    settings: {
      hourlyRate: -5,
      workingHours: { start: '18:00', end: '09:00' },
      rules: { 'no-deadline': { sensitivity: 'loud' }, 'made-up-rule': {} },
      sites: { gmail: false },
    },
  };

  test('a malformed file shows every problem by field and changes nothing', async () => {
    const before: Settings = { ...structuredClone(DEFAULT_SETTINGS), hourlyRate: 75, currency: 'EUR' };
    await saveSettings(before);
    await renderApp();
    await chooseFile(labelled('Import a norms file'), normsFile('bad-norms.json', malformed));
    const alert = await alertBox();
    expect(alert.textContent).toContain('“bad-norms.json” was not imported, and nothing changed.');
    const problems = Array.from(alert.querySelectorAll('li')).map((li) => li.textContent);
    expect(problems).toEqual(
      expect.arrayContaining([
        'settings.sites: personal setting, not part of team norms',
        'settings.rules.made-up-rule: unknown rule',
        'settings.hourlyRate: must be 0 or more',
        'settings.workingHours.end: must be after the start time',
        'settings.rules.no-deadline.sensitivity: expected strict, balanced or relaxed',
      ]),
    );
    expect(await stored()).toEqual(before);
    expect(valueOf(labelled('Hourly rate per person'))).toBe(75);
  });

  test('a file that is not JSON says so', async () => {
    await renderApp();
    await chooseFile(labelled('Import a norms file'), normsFile('notes.txt', 'hello'));
    expect((await alertBox()).textContent).toContain('This file is not valid JSON');
    expect(await stored()).toBeUndefined();
  });

  test('a good file applies its norms and keeps personal settings', async () => {
    const mine: Settings = { ...structuredClone(DEFAULT_SETTINGS), timeZone: 'Asia/Tokyo', sites: { ...DEFAULT_SETTINGS.sites, slack: false } };
    await saveSettings(mine);
    await renderApp();
    const lead: Settings = {
      ...defaultsWithRule('no-deadline', { enabled: false, extraPhrases: ['kindly handle'] }),
      hourlyRate: 120,
      currency: 'GBP',
      responseNorms: { urgent: 'within 1 hour', important: 'same day', normal: 'this week' },
    };
    await chooseFile(labelled('Import a norms file'), normsFile('platform.json', exportNorms(lead, 'Platform team')));
    await shown('Imported the norms of “Platform team” from “platform.json”.');
    expect(await stored()).toMatchObject({
      hourlyRate: 120,
      currency: 'GBP',
      responseNorms: lead.responseNorms,
      rules: { 'no-deadline': { enabled: false, extraPhrases: ['kindly handle'] } },
      timeZone: 'Asia/Tokyo',
      sites: { slack: false },
    });
    // The fields show the imported values.
    await waitFor(() => expect(valueOf(labelled('Hourly rate per person'))).toBe(120));
    expect(valueOf(labelled('Urgent'))).toBe('within 1 hour');
    expect(checked(ruleSwitch('no-deadline'))).toBe(false);
    expect(alertNow()).toBeNull();
  });

  test('export downloads the norms file with the team name', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:norms';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toMatch(/^async-nudge-team-norms-platform-team-\d{4}-\d{2}-\d{2}\.json$/);
    });
    await renderApp();
    fireEvent.change(labelled('Team name (optional)'), { target: { value: 'Platform team' } });
    fireEvent.click(button('Download norms file'));
    expect(clicked).toHaveBeenCalledOnce();
    const file = JSON.parse(await (created[0] as Blob).text());
    expect(file).toMatchObject({ format: 'async-nudge-team-norms', schemaVersion: 1, teamName: 'Platform team' });
    expect(file.settings.sites).toBeUndefined();
  });
});

describe('privacy and data', () => {
  test('reset asks first; keeping the stats does nothing, confirming deletes them', async () => {
    const stats = fakeStats();
    await renderApp(stats);
    fireEvent.click(button('Reset stats…'));
    expect(byId('stats-reset-question').textContent).toMatch(/^Delete every count on this device\?/);
    fireEvent.click(button('Keep my stats'));
    expect(stats.reset).not.toHaveBeenCalled();
    fireEvent.click(button('Reset stats…'));
    await act(async () => fireEvent.click(button('Delete all stats')));
    expect(stats.reset).toHaveBeenCalledOnce();
    await shown('All stats were deleted.');
  });

  test('a stats import reports rows or the reason it failed', async () => {
    const stats = fakeStats();
    await renderApp(stats);
    await chooseFile(labelled('Import a stats file (JSON)'), normsFile('stats.json', '{"format":"async-nudge-stats"}'));
    expect(stats.importText).toHaveBeenCalledWith('{"format":"async-nudge-stats"}');
    await shown('Imported 3 rows from “stats.json”');
    stats.importText.mockResolvedValueOnce({ ok: false, error: 'Nothing was imported: the file is not JSON.' });
    await chooseFile(labelled('Import a stats file (JSON)'), normsFile('x.json', 'nope'));
    expect((await alertBox()).textContent).toBe('Nothing was imported: the file is not JSON.');
  });

  test('retention days are validated like every other number', async () => {
    await renderApp();
    fireEvent.change(labelled('Keep daily counts for'), { target: { value: '3' } });
    await waitFor(() => expect(errorOf('stats-retention')).toContain('Must be at least 7.'));
    fireEvent.change(labelled('Keep daily counts for'), { target: { value: '90' } });
    await waitFor(async () => expect((await stored())?.statsRetentionDays).toBe(90), { timeout: 2000 });
  });
});

describe('page', () => {
  test('a settings repair is shown once, at the top', async () => {
    await fakeBrowser.storage.sync.set({ settings: { hourlyRate: 'lots', currency: 'JPY' } });
    await renderApp();
    const notice = await alertBox();
    expect(notice.textContent).toContain('Some settings could not be read, so they were reset.');
    expect(notice.textContent).toContain('hourlyRate: expected a number — reset to 60');
    fireEvent.click(within(notice).getByText('Got it'));
    expect(alertNow()).toBeNull();
    cleanup();
    await renderApp();
    await sleep(50);
    expect(alertNow()).toBeNull();
  });

  test('shows the version from the manifest', async () => {
    await renderApp();
    expect(document.getElementById('about-version')?.textContent).toBe('1.2.3');
  });

  test('every control has a name and none is kept out of the tab order', async () => {
    const { container } = await renderApp();
    const controls = Array.from(container.querySelectorAll<HTMLElement>('input, select, button, textarea, summary, a[href]'));
    expect(controls.length).toBeGreaterThan(100);
    const unnamed = controls.filter((el) => {
      if (el.getAttribute('aria-label')?.trim() || el.getAttribute('aria-labelledby')) return false;
      if (el.id && container.querySelector(`label[for="${el.id}"]`)?.textContent?.trim()) return false;
      if (el.closest('label')?.textContent?.trim()) return false;
      if (['BUTTON', 'SUMMARY', 'A'].includes(el.tagName) && el.textContent?.trim()) return false;
      return true;
    });
    expect(unnamed.map((el) => el.outerHTML)).toEqual([]);
    // Spot checks through the accessibility tree (slow on a page this size, so only a few).
    expect(screen.getByRole('checkbox', { name: 'No deadline no-deadline warning' }).id).toBe('rule-no-deadline-enabled');
    expect(screen.getByRole('combobox', { name: 'Sensitivity of no-deadline' }).id).toBe('rule-no-deadline-sensitivity');
    expect(screen.getByRole('status').id).toBe('save-status');
    expect(container.querySelectorAll('[tabindex="-1"]')).toHaveLength(0);
    const ids = Array.from(container.querySelectorAll('[id]')).map((el) => el.id);
    expect(ids.length).toBe(new Set(ids).size);
  });
});

describe('a translation is a file', () => {
  const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  /** Exactly these texts, not as part of a longer word. */
  const anyOf = (texts: Iterable<string>) =>
    new RegExp(
      `(?<![\\w-])(?:${[...new Set(texts)]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')})(?![\\w-])`,
      'u',
    );
  const supported = (key: 'currency' | 'timeZone') => (typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf(key) : []);

  test('every visible word and label on the options page comes from the locale file', async () => {
    // One broken field (a repair notice), a pause (its end) and phrases the person typed (chips).
    const snoozeUntil = Date.now() + 3_600_000;
    const rules = {
      ...structuredClone(DEFAULT_SETTINGS.rules),
      'no-deadline': { ...(DEFAULT_SETTINGS.rules['no-deadline'] as RuleSettings), extraPhrases: ['kindly handle'] },
    };
    await fakeBrowser.storage.sync.set({
      settings: { ...structuredClone(DEFAULT_SETTINGS), hourlyRate: 'lots', allowList: ['Project Urgent'], snoozeUntil, rules },
    });

    const currencyNames = new Intl.DisplayNames(['en'], { type: 'currency' });
    /** What the page shows that is not a message's and should not be: each narrowly, as exact texts. */
    const notMessages = [
      // Rule ids name the rules in code and in settings files.
      anyOf(ruleIds),
      // The examples stay English: the rules read English text.
      anyOf([...allRules.flatMap((r) => (r.meta.example ? [r.meta.example] : [])), ...allRules.flatMap((r) => (r.meta.passes ? [r.meta.passes] : []))]),
      // What this test types or picks: phrases, file names, a filter with no match, and the settings paths of the problems it causes.
      anyOf(['Project Urgent', 'kindly handle', 'bad-norms.json', 'stats.json', 'zzzz', 'hourlyRate', 'settings.hourlyRate', 'settings.sites']),
      // From Intl in the UI language: day names, the pause's end, currency names and codes, time zone names and offsets.
      anyOf([0, 1, 2, 3, 4, 5, 6].flatMap((day) => [weekdayName(day, 'long'), weekdayName(day, 'short')])),
      anyOf([new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(snoozeUntil)]),
      anyOf(supported('currency').flatMap((code) => [code, currencyNames.of(code) ?? code])),
      anyOf([...supported('timeZone'), 'UTC', runtimeTimeZone()].map((zone) => zone.replace(/_/g, ' '))),
      /\bUTC(?:[+-]\d\d:\d\d)?(?![\w-])/,
    ];

    const restore = switchToPseudoLocale();
    try {
      const { container } = await renderApp();
      const notice = await alertBox();
      expect(notice.querySelectorAll('li')).toHaveLength(1);
      expect(wordsOutsideMessages(notice, notMessages)).toEqual([]);
      act(() => notice.querySelector('button')?.click());
      expect(alertNow()).toBeNull();

      // Problems next to fields: a time, a number, an empty phrase.
      fireEvent.change(byId('working-end'), { target: { value: '08:00' } });
      fireEvent.change(byId('hourly-rate'), { target: { value: '-5' } });
      fireEvent.keyDown(byId('rule-no-deadline-extra-input'), { key: 'Enter' });
      await waitFor(() => expect([errorOf('working-end'), errorOf('hourly-rate'), errorOf('rule-no-deadline-extra')]).not.toContain(''));
      document.querySelector('li.rule[data-rule="no-deadline"] details')?.setAttribute('open', '');
      // A norms file with problems, and a stats file read.
      const badNorms = { format: 'async-nudge-team-norms', schemaVersion: 1, settings: { hourlyRate: -5, sites: { gmail: false } } };
      await chooseFile(byId('norms-import'), normsFile('bad-norms.json', badNorms));
      expect(byId('norms-import-errors').querySelectorAll('li code')).toHaveLength(2);
      await chooseFile(byId('stats-import'), normsFile('stats.json', '{}'));
      await waitFor(() => expect(container.querySelector('.outcome')?.textContent).not.toBe(''));

      expect(status().textContent).toMatch(/^⟦.+⟧$/);
      expect(byId('snooze-state').textContent).toMatch(/^⟦.+⟧$/);
      expect(listedRules()).toHaveLength(allRules.length);
      expect(wordsOutsideMessages(container, notMessages)).toEqual([]);

      // The filter's other states: nothing matches, then some rules do.
      fireEvent.change(byId('rule-filter'), { target: { value: 'zzzz' } });
      await waitFor(() => expect(listedRules()).toEqual([]));
      expect(wordsOutsideMessages(container, notMessages)).toEqual([]);
      fireEvent.change(byId('rule-filter'), { target: { value: 'agenda' } });
      await waitFor(() => expect(listedRules()).toContain('no-agenda'));
      expect(byId('rule-filter-count').textContent).toMatch(/^⟦?\d+⟦ of ⟧\d+⟦ rules match⟧$/);
      expect(wordsOutsideMessages(container, notMessages)).toEqual([]);
    } finally {
      restore();
    }
  });
});
