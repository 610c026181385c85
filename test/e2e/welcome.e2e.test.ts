/** The welcome page in Chromium with the built extension: opened on install, fits one screen, saves what the person picks. */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Settings } from '../../utils/settings/schema';
import { storedSettings } from './harness';
import { SHOTS, suiteBrowser } from './suite';

const browser = suiteBrowser();
let welcome: Page;
const VIEWPORT = { width: 1280, height: 800 };

beforeAll(async () => {
  welcome = await browser.context.newPage();
  await welcome.setViewportSize(VIEWPORT);
  await welcome.goto(`chrome-extension://${browser.extensionId}/welcome.html`);
  await welcome.getByRole('button', { name: 'Save and start' }).waitFor();
});

/** Whether the page needs scrolling in either direction. */
const scrolls = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight > innerHeight || document.documentElement.scrollWidth > innerWidth);

describe('welcome page', () => {
  test('installing the extension opens it in a tab of its own', async () => {
    const url = `chrome-extension://${browser.extensionId}/welcome.html`;
    await expect.poll(() => browser.context.pages().filter((p) => p !== welcome && p.url() === url).length, { timeout: 10_000 }).toBe(1);
  });

  test('a changed site and working hours are saved, confirmed and kept', async () => {
    // The harness stores round-the-clock hours every day before the page opens; the page shows what is stored.
    await expect.poll(() => welcome.getByLabel('Start', { exact: true }).inputValue()).toBe('00:00');
    expect(await welcome.getByRole('checkbox', { name: 'Slack' }).isChecked()).toBe(true);

    await welcome.getByRole('checkbox', { name: 'Slack' }).uncheck();
    await welcome.getByLabel('Start', { exact: true }).fill('09:00');
    await welcome.getByLabel('End', { exact: true }).fill('17:30');
    await welcome.getByRole('checkbox', { name: 'Sunday' }).uncheck();
    await welcome.getByRole('checkbox', { name: 'Saturday' }).uncheck();
    // By keyboard, as someone tabbing through the form would.
    await welcome.getByRole('button', { name: 'Save and start' }).focus();
    await welcome.keyboard.press('Enter');

    const status = welcome.getByRole('status');
    await expect.poll(() => status.textContent()).toContain('Saved.');
    expect(await status.textContent()).toContain('Alt+Shift+N');
    const settings = (await storedSettings(browser.worker)) as unknown as Settings;
    expect(settings.sites).toEqual({ gmail: true, slack: false, outlook: true, gcal: true, outlookCalendar: true });
    expect(settings.workingHours).toEqual({ start: '09:00', end: '17:30', days: [1, 2, 3, 4, 5] });

    expect(await scrolls(welcome)).toBe(false);
    await welcome.emulateMedia({ colorScheme: 'light' });
    await welcome.screenshot({ path: `${SHOTS}/welcome-light.png` });
    await welcome.emulateMedia({ colorScheme: 'dark' });
    await welcome.screenshot({ path: `${SHOTS}/welcome-dark.png` });
    await welcome.emulateMedia({ colorScheme: 'light' });
  });

  test('an end before the start is explained and not saved', async () => {
    const before = await storedSettings(browser.worker);
    await welcome.getByLabel('Start', { exact: true }).fill('18:00');
    await welcome.getByRole('button', { name: 'Save and start' }).click();

    await expect.poll(() => welcome.locator('#working-end-error').textContent()).toBe('End must be after the start time.');
    expect(await welcome.getByRole('status').textContent()).toContain('Not saved');
    expect(await welcome.getByLabel('End', { exact: true }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await storedSettings(browser.worker)).toEqual(before);
    expect(await scrolls(welcome)).toBe(false);
    await welcome.screenshot({ path: `${SHOTS}/welcome-invalid.png` });
  });

  test('the page makes no network requests', () => {
    expect(browser.leaks).toEqual([]);
  });
});
