import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { hostFor, rulesOf, setSettings, statsRows, sum } from './harness';
import { SHOTS, suiteBrowser } from './suite';

const browser = suiteBrowser();
beforeAll(async () => {
  await setSettings(browser.worker, { hourlyRate: 100, currency: 'EUR' });
});

const el = (part: string) => `[data-fixture="e1:${part}"]`;
const DESCRIPTION = el('description');

async function replace(page: Page, selector: string, text: string) {
  await page.click(selector);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

async function addGuests(page: Page, n: number) {
  for (let i = 0; i < n; i++) {
    await page.click(el('guest-input'));
    await page.keyboard.type(`guest${i}@example.com`);
    await page.keyboard.press('Enter');
  }
}

describe('Google Calendar', () => {
  test('a weekly status update with 12 guests and no agenda is flagged; an agenda and a 1:1 title clear it', async () => {
    const page = await browser.open('calendar/gcal/eventedit-new.html');
    await replace(page, el('title'), 'Weekly status update');
    await addGuests(page, 10); // the fixture starts with 2 guests besides the organizer
    await expect.poll(() => rulesOf(page, DESCRIPTION)).toEqual(['large-meeting', 'meeting-cost', 'no-agenda', 'status-meeting']);
    const host = await hostFor(page, DESCRIPTION);
    // Collapsed to its one-line summary until opened.
    expect(await host?.locator('[role="dialog"]').count()).toBe(0);
    await host?.locator('.badge').click();
    // (12 guests + organizer) × 1 h × €100
    await expect.poll(() => host?.locator('.cost').getAttribute('data-amount')).toBe('1300');
    expect(await host?.locator('.cost').textContent()).toContain('€1,300');
    await page.screenshot({ path: `${SHOTS}/gcal-status.png` });

    await host?.getByRole('button', { name: 'Insert agenda' }).click();
    await expect.poll(() => page.locator(DESCRIPTION).innerText()).toContain('Goal: …');
    // An unfilled agenda is no agenda; the first placeholder is selected, so typing fills it.
    await expect.poll(() => rulesOf(page, DESCRIPTION)).toContain('no-agenda');
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('…');
    await page.keyboard.type('Decide the Q3 launch date');
    await expect.poll(() => page.locator(DESCRIPTION).innerText()).toMatch(/^Goal: Decide the Q3 launch date\n/);
    await expect.poll(() => rulesOf(page, DESCRIPTION)).not.toContain('no-agenda');
    await replace(page, el('title'), '1:1 Anna / Ben');
    await expect.poll(() => rulesOf(page, DESCRIPTION)).toEqual(['large-meeting', 'meeting-cost']);
    expect(await host?.locator('.keep').textContent()).toMatch(/1:1/);
    await page.screenshot({ path: `${SHOTS}/gcal-one-on-one.png` });

    const before = await statsRows(browser.worker);
    await page.click(el('save'));
    await expect
      .poll(async () => sum((await statsRows(browser.worker)).siteDays, 'meetingsSaved', (r) => r.site === 'gcal'))
      .toBe(sum(before.siteDays, 'meetingsSaved', (r) => r.site === 'gcal') + 1);
    const after = await statsRows(browser.worker);
    expect(sum(after.siteDays, 'meetingsSavedWithFixes', (r) => r.site === 'gcal')).toBe(
      sum(before.siteDays, 'meetingsSavedWithFixes', (r) => r.site === 'gcal') + 1,
    );
    await page.close();
  });

  test('an endless series and the quick-create dialog are checked too', async () => {
    const series = await browser.open('calendar/gcal/eventedit-recurring-no-end.html');
    await expect.poll(() => rulesOf(series, DESCRIPTION)).toContain('recurring-no-end');
    await series.close();
    const quick = await browser.open('calendar/gcal/quick-create.html');
    await expect.poll(() => quick.locator('async-nudge-hint').count()).toBeGreaterThan(0);
    await quick.close();
  });
});

describe('Outlook calendar', () => {
  test('a recurring meeting with 12 attendees and no end is flagged', async () => {
    const page = await browser.open('calendar/outlook/recurring.html');
    await expect.poll(async () => (await page.locator('async-nudge-hint').first().getAttribute('data-rules')) ?? '').toMatch(/recurring-no-end/);
    const rules = ((await page.locator('async-nudge-hint').first().getAttribute('data-rules')) ?? '').split(' ');
    expect(rules).toEqual(expect.arrayContaining(['large-meeting', 'meeting-cost', 'recurring-no-end']));
    await page.screenshot({ path: `${SHOTS}/outlook-calendar.png` });
    await page.close();
  });

  test('no request leaves the browser', () => {
    expect(browser.leaks).toEqual([]);
  });
});
