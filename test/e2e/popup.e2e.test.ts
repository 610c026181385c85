/**
 * The popup in real Chromium: counts from real sends on the routed fixtures, the controls
 * writing settings, screenshots in light and dark, and the time to first numbers with a
 * full year of rows stored.
 */
import { cpus, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { editorReady, rulesOf, statsRows, storedSettings, sum } from './harness';
import { SHOTS, suiteBrowser } from './suite';

const browser = suiteBrowser();
/** Set by the popup: its first script running, the first numbers in the DOM, all of this week's. */
const MARKS = ['async-nudge:main', 'async-nudge:first-numbers', 'async-nudge:week-numbers'] as const;

const body = '[data-fixture="c1:body"]';
const sentCount = (page: Page) => page.locator('#fixture-sent li').count();

/**
 * Replace the draft in one input event (as a paste would), so no half-typed text is analysed.
 * The emptied box settles first: a draft emptied to start over counts nothing, so what the
 * fixture's opening draft showed never reaches the numbers below.
 */
async function replaceDraft(page: Page, text: string) {
  await editorReady(page);
  await page.click(body);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await expect.poll(() => rulesOf(page, body), { timeout: 5000 }).toEqual([]);
  await page.keyboard.insertText(text);
}

async function settle(page: Page, rules: string[]) {
  await expect.poll(() => rulesOf(page, body), { timeout: 5000 }).toEqual([...rules].sort());
}

async function sendAndCount(page: Page, key: 'Control+Enter' | 'Enter', sentBefore: number) {
  await page.click(body);
  await page.keyboard.press(key);
  await expect.poll(() => sentCount(page)).toBe(1);
  // The count travels content script → background → IndexedDB; a busy machine may take seconds.
  await expect.poll(async () => sum((await statsRows(browser.worker)).siteDays, 'messagesSent'), { timeout: 20_000 }).toBe(sentBefore + 1);
}

async function openPopup(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 360, height: 600 });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return page;
}

/** A headline share's big number, or the lines beside it. */
const hero = (page: Page, id: 'clean' | 'sync') => page.locator(`[data-metric="${id}"] .value`).textContent();
const heroLines = (page: Page, id: 'clean' | 'sync') => page.locator(`[data-metric="${id}"] .detail > span`).allTextContents();
/** A row of the this-week / last-week table. */
const row = (page: Page, id: string) => page.locator(`tr[data-metric="${id}"] td`).allTextContents();

// The extension's alarms API, as seen from its service worker inside `worker.evaluate`.
declare const chrome: { alarms: { get(name: string): Promise<{ name: string; periodInMinutes?: number } | undefined> } };

test('the background schedules the daily pruning of old counts', async () => {
  await expect
    .poll(() => browser.worker.evaluate(() => chrome.alarms.get('stats-retention')))
    .toMatchObject({ name: 'stats-retention', periodInMinutes: 24 * 60 });
});

describe('popup', () => {
  test('a new install explains what will appear', async () => {
    const popup = await openPopup();
    await expect.poll(() => popup.getByRole('heading', { name: 'Nothing counted yet' }).isVisible()).toBe(true);
    expect(await popup.getByRole('listitem').count()).toBeGreaterThanOrEqual(5);
    await popup.screenshot({ path: `${SHOTS}/popup-empty.png`, fullPage: true });
    await popup.close();
  });

  test('shows what was done on Gmail and Slack, live, within 360×600', async () => {
    // Gmail: a request, fixed before sending (clean), then an urgent one sent as it was.
    const gmail = await browser.open('sites/gmail/new-compose.html');
    await replaceDraft(gmail, 'Could you review my PR?');
    await settle(gmail, ['no-deadline']);
    await gmail.keyboard.insertText(' By Friday noon please.');
    await settle(gmail, []);
    await sendAndCount(gmail, 'Control+Enter', 0);
    await gmail.close();
    const gmail2 = await browser.open('sites/gmail/new-compose.html');
    await replaceDraft(gmail2, 'URGENT!!! the Q3 numbers on slide 4 are wrong');
    await settle(gmail2, ['false-urgency']);
    await sendAndCount(gmail2, 'Control+Enter', 1);
    await gmail2.close();

    // Slack: a call proposal sent anyway, then a clean update.
    const slack = await browser.open('sites/slack/channel.html');
    await replaceDraft(slack, 'Can we hop on a quick call about the roadmap?');
    await settle(slack, ['sync-escalation']);
    await sendAndCount(slack, 'Enter', 2);
    await slack.close();

    // One nudge shown per session; the opening drafts were emptied first and count nothing.
    const rows = await statsRows(browser.worker);
    const shownByRule = new Map<string, number>();
    for (const r of rows.ruleDays ?? []) shownByRule.set(String(r.rule), (shownByRule.get(String(r.rule)) ?? 0) + Number(r.shown));
    const top = [...shownByRule]
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 3)
      .map(([rule]) => rule);
    expect(top).toEqual(expect.arrayContaining(['false-urgency']));

    const popup = await openPopup();
    await expect.poll(() => hero(popup, 'clean')).toBe('33%');
    expect(await heroLines(popup, 'clean')).toEqual(['1 of 3 messages', 'last week: none']);
    expect(sum(rows.ruleDays, 'shown')).toBe(3);
    await expect.poll(() => row(popup, 'shown')).toEqual(['3', '0']);
    expect(await row(popup, 'resolved')).toEqual(['1', '0']);
    expect(await row(popup, 'sent-anyway')).toEqual(['2', '0']);
    expect(await row(popup, 'meetings')).toEqual(['0', '0']);
    // Sync: one call proposal; async: the two other messages.
    expect(await hero(popup, 'sync')).toBe('33:67');
    expect(await heroLines(popup, 'sync')).toEqual(['target 20:80', 'last week: none']);
    expect(await popup.locator('[data-metric="sync"] .badge').textContent()).toBe('above target');
    expect(await popup.locator('.top li').evaluateAll((items) => items.map((li) => li.getAttribute('data-rule')))).toEqual(top);
    expect(await popup.locator('.top li[data-rule="false-urgency"] .tip').textContent()).toMatch(/^Replace the urgency word/);

    // A send while the popup is open shows up without reopening it (useLiveQuery).
    const slack2 = await browser.open('sites/slack/channel.html');
    await replaceDraft(slack2, 'The release notes are in the channel topic, nothing needed from you.');
    await settle(slack2, []);
    await sendAndCount(slack2, 'Enter', 3);
    await slack2.close();
    await expect.poll(() => hero(popup, 'clean')).toBe('50%');
    expect((await heroLines(popup, 'clean'))[0]).toBe('2 of 4 messages');
    expect(await hero(popup, 'sync')).toBe('25:75');

    await popup.locator('.chart canvas').waitFor();
    await popup.screenshot({ path: `${SHOTS}/popup-light.png`, fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.waitForTimeout(200);
    await popup.screenshot({ path: `${SHOTS}/popup-dark.png`, fullPage: true });
    // Fits without scrolling.
    const size = await popup.evaluate(() => ({ h: document.documentElement.scrollHeight, w: document.documentElement.scrollWidth }));
    expect(size.h).toBeLessThanOrEqual(600);
    expect(size.w).toBeLessThanOrEqual(360);

    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.close();
  });

  test('quick controls: keyboard reaches them; pause, resume and site switches write settings', async () => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Pause hints for 1 hour' }).waitFor();
    // The popup page is its own active tab here, so every site's switch is offered.
    await expect.poll(() => popup.getByRole('switch').count()).toBe(5);

    const focused = () => popup.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await popup.keyboard.press('Tab');
      order.push(await focused());
    }
    expect(order).toEqual(['1 hour', 'until tomorrow', '⚙', 'Gmail']);

    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Shift+Tab');
    const before = Date.now();
    await popup.keyboard.press('Enter');
    await expect.poll(async () => (await storedSettings(browser.worker)).snoozeUntil).toBeGreaterThanOrEqual(before + 3_600_000);
    await expect.poll(() => popup.getByRole('status').filter({ hasText: 'Paused until' }).count()).toBe(1);
    await popup.screenshot({ path: `${SHOTS}/popup-paused.png`, fullPage: true });
    await popup.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(async () => (await storedSettings(browser.worker)).snoozeUntil).toBeNull();

    const slackSwitch = popup.getByRole('switch', { name: 'Hints on Slack' });
    await slackSwitch.focus();
    await popup.keyboard.press('Space');
    await expect.poll(async () => ((await storedSettings(browser.worker)).sites as Record<string, boolean>).slack).toBe(false);
    expect(await slackSwitch.getAttribute('aria-checked')).toBe('false');
    await popup.keyboard.press('Space');
    await expect.poll(async () => ((await storedSettings(browser.worker)).sites as Record<string, boolean>).slack).toBe(true);
    await popup.close();
  });

  test('time to first numbers with a full year stored', async () => {
    const popup = await openPopup();
    const before = await timeLoads(popup);

    const rows = await popup.evaluate(seedYear);
    expect(rows).toBe(365 * 5 * 20);
    // Let the database settle (LevelDB compacts after a bulk write) as a year of use would have.
    await popup.waitForTimeout(3000);
    const year = await timeLoads(popup);

    const line = (name: string, loads: Load[]) => {
      const pick = (f: (l: Load) => number) => loads.map(f);
      return [
        `  ${name}:`,
        `first numbers ${ms(median(pick((l) => l.first)))} (${pick((l) => l.first)
          .map((x) => x.toFixed(0))
          .join(' ')}),`,
        `first script ${ms(median(pick((l) => l.scripts)))},`,
        `all of this week ${ms(median(pick((l) => l.week)))}`,
      ].join(' ');
    };
    const firstYear = median(year.map((l) => l.first));
    console.log(
      [
        'popup, ms from navigation start (median of 7 loads after a first one):',
        line('the rows so far', before),
        line(`a year stored (${rows} rows)`, year),
        `  target ≤ 100 ms to first numbers with a year: ${firstYear <= 100 ? 'met' : 'NOT met'} on this run (load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs)`,
      ].join('\n'),
    );

    await popup.locator('.chart canvas').waitFor();
    await popup.screenshot({ path: `${SHOTS}/popup-year-light.png`, fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.waitForTimeout(200);
    await popup.screenshot({ path: `${SHOTS}/popup-year-dark.png`, fullPage: true });
    await popup.close();

    // A wall-clock limit would fail on a busy CI machine (see test/bench/budgets.ts); the budget
    // is relative: a year of rows may not cost much more than a few, because the first numbers
    // come from eight weeks of site rows, not the year (reading all 36,500 rows takes ~10× longer).
    const dataPath = (loads: Load[]) => median(loads.map((l) => l.first - l.scripts));
    expect(dataPath(year)).toBeLessThanOrEqual(3 * dataPath(before) + 20);
  });
});

interface Load {
  scripts: number;
  first: number;
  week: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** Eight reloads, one at a time; the first warms the caches and is left out. */
async function timeLoads(popup: Page): Promise<Load[]> {
  const loads: Load[] = [];
  for (let i = 0; i < 8; i++) {
    await popup.reload();
    await popup.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARKS[2]);
    const [scripts, first, week] = await popup.evaluate((marks) => marks.map((m) => performance.getEntriesByName(m)[0]?.startTime ?? Number.NaN), [...MARKS]);
    if (i > 0) loads.push({ scripts: scripts as number, first: first as number, week: week as number });
    // Let this load's last read (the older weeks' rule rows) and the chart finish first: the next
    // load would otherwise share the machine with them, which a popup opened by hand never does.
    await popup.waitForFunction(
      () =>
        document.querySelector('.empty') || (!document.querySelector('.trend table')?.textContent?.includes('…') && document.querySelector('.chart canvas')),
    );
    await popup.waitForTimeout(300);
  }
  return loads;
}

/** 365 days × 5 sites × (1 site row + 19 rule rows), written straight into the extension's IndexedDB. */
async function seedYear(): Promise<number> {
  const sites = ['gmail', 'slack', 'outlook', 'gcal', 'outlook-calendar'];
  const rules = [
    'after-hours',
    'ask-to-ask',
    'false-urgency',
    'greeting-only',
    'large-meeting',
    'link-access-check',
    'long-meeting',
    'meeting-cost',
    'message-burst',
    'missing-context',
    'no-agenda',
    'no-deadline',
    'outside-hours',
    'recap-without-outcomes',
    'recurring-no-end',
    'status-meeting',
    'sync-escalation',
    'unstructured-wall',
    'vague-ask',
  ];
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const req = indexedDB.open('async-nudge-stats');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error);
  });
  const tx = db.transaction(['ruleDays', 'siteDays'], 'readwrite');
  let n = 0;
  const pad = (x: number) => String(x).padStart(2, '0');
  const today = new Date();
  for (let ago = 0; ago < 365; ago++) {
    const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() - ago);
    const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    // Older weeks did worse, so the trend has a story to tell.
    const worse = Math.min(1, ago / 120);
    for (const site of sites) {
      const sent = 6 + ((ago * 7 + site.length) % 9);
      tx.objectStore('siteDays').put({
        day,
        site,
        messagesSent: sent,
        messagesClean: Math.round(sent * (0.8 - 0.35 * worse)),
        callProposals: ago % 3 === 0 ? 1 : 0,
        meetingsChecked: 2,
        meetingsFlagged: ago % 2,
        meetingsSaved: 1,
        meetingsSavedWithFixes: ago % 4 === 0 ? 1 : 0,
        flaggedHours: (ago % 2) * 1.5,
        flaggedCost: (ago % 2) * 540,
      });
      n++;
      for (const [i, rule] of rules.entries()) {
        const shown = (ago + i * 3) % 5;
        tx.objectStore('ruleDays').put({ day, site, rule, shown, resolved: shown >> 1, sentAnyway: shown % 2, dismissed: 0, templates: 0 });
        n++;
      }
    }
  }
  await new Promise((ok, fail) => {
    tx.oncomplete = ok;
    tx.onerror = () => fail(tx.error);
  });
  db.close();
  return n;
}
