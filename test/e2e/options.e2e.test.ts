/** The options page in Chromium with the built extension: changes reach open sites live; bad norms files change nothing. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { exportNorms } from '../../utils/settings/norms';
import type { Settings } from '../../utils/settings/schema';
import { editorReady, rulesOf, statsRows, storedSettings } from './harness';
import { SHOTS, suiteBrowser } from './suite';

const browser = suiteBrowser();
let options: Page;
const body = '[data-fixture="c1:body"]';

beforeAll(async () => {
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('#rule-no-deadline-enabled').waitFor();
});

/** Replace the draft as a person would (the fixture opens with a draft and a signature). */
async function typeInto(page: Page, selector: string, text: string) {
  await editorReady(page);
  await page.click(selector);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

async function expectRules(page: Page, rules: string[]) {
  await expect.poll(() => rulesOf(page, body), { timeout: 5000 }).toEqual([...rules].sort());
}

const saveStatus = () => options.locator('#save-status').textContent();

/** One part of the options page, clipped from the full page so the sticky header does not cover it. */
async function shotOf(selector: string, name: string) {
  await options.evaluate(() => window.scrollTo(0, 0));
  const box = await options.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  await options.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true, clip: box });
}

describe('options page', () => {
  test('turning no-deadline off and on again reaches an open Gmail tab without a reload', async () => {
    const gmail = await browser.open('sites/gmail/new-compose.html');
    await typeInto(gmail, body, 'Could you review my PR?');
    await expectRules(gmail, ['no-deadline']);

    await options.bringToFront();
    const toggle = options.getByRole('checkbox', { name: 'No deadline no-deadline warning' });
    await toggle.focus();
    await options.keyboard.press('Space');
    await expect.poll(saveStatus).toBe('Saved');
    expect(await toggle.isChecked()).toBe(false);
    expect((await storedSettings(browser.worker)).rules['no-deadline']?.enabled).toBe(false);

    await gmail.bringToFront();
    await typeInto(gmail, body, 'Could you review my PR?');
    await expectRules(gmail, []);

    await options.bringToFront();
    await toggle.check();
    await expect.poll(async () => (await storedSettings(browser.worker)).rules['no-deadline']?.enabled).toBe(true);
    await gmail.bringToFront();
    await typeInto(gmail, body, 'Could you review my PR?');
    await expectRules(gmail, ['no-deadline']);
    await gmail.close();
  });

  test('invalid working hours are explained next to the field and not saved', async () => {
    await options.bringToFront();
    const before = await storedSettings(browser.worker);
    await options.locator('#working-end').fill('00:00');
    await expect.poll(() => options.locator('#working-end-error').textContent()).toBe('End must be after the start time.');
    await expect.poll(saveStatus).toMatch(/^Not saved/);
    await options.waitForTimeout(800);
    expect(await storedSettings(browser.worker)).toEqual(before);
    await options.locator('#working-end').fill('23:59');
    await expect.poll(() => options.locator('#working-end-error').count()).toBe(0);
  });

  test('a malformed norms file shows each problem and changes nothing', async () => {
    await options.bringToFront();
    const before = await storedSettings(browser.worker);
    const malformed = {
      format: 'async-nudge-team-norms',
      schemaVersion: 1,
      teamName: 'Platform team',
      settings: {
        hourlyRate: 'a lot',
        currency: 'EURO',
        workingHours: { start: '18:00', end: '09:00' },
        rules: { 'no-deadline': { sensitivity: 'loud' }, 'made-up-rule': { enabled: false } },
        timeZone: 'Europe/Berlin',
      },
    };
    await options.setInputFiles('#norms-import', { name: 'bad-norms.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(malformed)) });
    const alert = options.locator('#norms-import-errors');
    await alert.waitFor();
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.textContent()).toContain('“bad-norms.json” was not imported, and nothing changed.');
    const problems = await alert.locator('li').allTextContents();
    expect(problems).toEqual(
      expect.arrayContaining([
        'settings.timeZone: personal setting, not part of team norms',
        'settings.rules.made-up-rule: unknown rule',
        'settings.hourlyRate: expected a number',
        'settings.currency: expected a 3-letter currency code like USD or EUR',
        'settings.workingHours.end: must be after the start time',
        'settings.rules.no-deadline.sensitivity: expected strict, balanced or relaxed',
      ]),
    );
    await shotOf('#team-norms', 'options-norms-error');
    expect(await storedSettings(browser.worker)).toEqual(before);
  });

  test('a good norms file applies, in the page and in an open Gmail tab', async () => {
    const gmail = await browser.open('sites/gmail/new-compose.html');
    await typeInto(gmail, body, 'Heads up: code red on the EU cluster.');
    await expectRules(gmail, []);

    await options.bringToFront();
    const current = (await storedSettings(browser.worker)) as unknown as Settings;
    const lead: Settings = {
      ...current,
      hourlyRate: 150,
      currency: 'EUR',
      responseNorms: { urgent: 'within 1 hour', important: 'same day', normal: 'this week' },
      rules: { ...current.rules, 'false-urgency': { ...(current.rules['false-urgency'] as Settings['rules'][string]), extraPhrases: ['code red'] } },
    };
    const file = exportNorms(lead, 'Platform team');
    await options.setInputFiles('#norms-import', { name: 'platform.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await options.getByText('Imported the norms of “Platform team” from “platform.json”.').waitFor();
    expect(await options.locator('#norms-import-errors').count()).toBe(0);
    const stored = await storedSettings(browser.worker);
    expect(stored).toMatchObject({
      hourlyRate: 150,
      currency: 'EUR',
      responseNorms: lead.responseNorms,
      rules: { 'false-urgency': { extraPhrases: ['code red'] } },
    });
    expect(await options.locator('#hourly-rate').inputValue()).toBe('150');
    expect(await options.locator('#currency').inputValue()).toBe('EUR');
    expect(await options.locator('#norm-urgent').inputValue()).toBe('within 1 hour');

    await gmail.bringToFront();
    await typeInto(gmail, body, 'Heads up: code red on the EU cluster.');
    await expectRules(gmail, ['false-urgency']);
    await gmail.close();
  });

  test('stats: the JSON export holds the counts; reset asks first, then empties the database', async () => {
    // Counts are taken when a message is sent (a draft never sent counts nothing): send one.
    const gmail = await browser.open('sites/gmail/new-compose.html');
    await typeInto(gmail, body, 'URGENT!!! the Q3 numbers on slide 4 are wrong');
    await expectRules(gmail, ['false-urgency']);
    await gmail.keyboard.press('Control+Enter');
    await expect.poll(() => gmail.locator('#fixture-sent li').count()).toBe(1);
    await gmail.close();
    await options.bringToFront();
    await expect.poll(async () => (await statsRows(browser.worker)).ruleDays?.length ?? 0).toBeGreaterThan(0);
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^async-nudge-stats-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
    expect(exported.format).toBe('async-nudge-stats');
    expect(exported.ruleDays.length).toBeGreaterThan(0);

    await options.getByRole('button', { name: 'Reset stats…' }).click();
    expect(await options.getByRole('button', { name: 'Keep my stats' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await shotOf('#privacy', 'options-reset-confirm');
    await options.getByRole('button', { name: 'Delete all stats' }).click();
    await options.getByText('All stats were deleted.').waitFor();
    const rows = await statsRows(browser.worker);
    expect([...(rows.ruleDays ?? []), ...(rows.siteDays ?? [])]).toEqual([]);
  });

  test('screenshots: light, dark, and the ~700 px embedded width', async () => {
    await options.bringToFront();
    await options.evaluate(() => window.scrollTo(0, 0));
    await options.emulateMedia({ colorScheme: 'light' });
    await options.screenshot({ path: `${SHOTS}/options-light.png` });
    await options.screenshot({ path: `${SHOTS}/options-light-full.png`, fullPage: true });
    await options.emulateMedia({ colorScheme: 'dark' });
    await options.screenshot({ path: `${SHOTS}/options-dark.png` });
    await options.screenshot({ path: `${SHOTS}/options-dark-full.png`, fullPage: true });
    await options.emulateMedia({ colorScheme: 'light' });
    await options.setViewportSize({ width: 700, height: 900 });
    await options.screenshot({ path: `${SHOTS}/options-700.png` });
    await options.screenshot({ path: `${SHOTS}/options-700-full.png`, fullPage: true });
    // Nothing wider than the embedded dialog: no sideways scrolling.
    expect(await options.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(700);
    await options.setViewportSize({ width: 1280, height: 860 });
  });

  test('the embedded options dialog opens at a comfortable width', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome://extensions/?options=${browser.extensionId}`);
    // The dialog hosts the page in a guest view, which Playwright cannot reach: judge it by its box.
    const dialog = page.locator('extensions-options-dialog extensionoptions');
    await expect.poll(async () => (await dialog.boundingBox())?.width ?? 0, { timeout: 10_000 }).toBeGreaterThan(600);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${SHOTS}/options-embedded.png` });
    await page.close();
  });
});
