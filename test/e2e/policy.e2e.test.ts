/**
 * Team norms deployed by policy, through Chromium's real enterprise-policy path: a JSON file in
 * /etc/chromium/policies/managed/ with `3rdparty.extensions.<id>`, which Chromium checks against
 * the manifest's managed_schema and hands to chrome.storage.managed. The file names only this
 * build's extension id (an unpacked extension's id is a hash of its folder), so no other
 * Chromium on the machine is affected, and it is removed afterwards.
 *
 * Writing there needs root. Where the folder is not writable the suite is skipped and says so:
 * Chromium reads no per-profile policy file, and managed storage cannot be written from inside.
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Browser, everythingStored, EXTENSION_DIR, launch, rulesOf } from './harness';

declare const chrome: { storage: { managed: { get(key: null): Promise<Record<string, unknown>> } } };

const POLICY_DIR = process.env.CHROMIUM_POLICY_DIR ?? '/etc/chromium/policies/managed';

/** Chromium's id for an unpacked extension: the folder's SHA-256, first 32 hex digits as a–p. */
function unpackedId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

function policyDirWritable(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const ID = unpackedId(EXTENSION_DIR);
const FILE = join(POLICY_DIR, `async-nudge-e2e-${ID}.json`);
const writable = policyDirWritable();
if (!writable) console.warn(`policy e2e skipped: ${POLICY_DIR} is not writable (Chromium reads enterprise policy only from there on Linux; needs root)`);

/** A working day in Berlin that is not today there, so "now" is outside Maria's hours whenever the suite runs. */
const berlinToday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(
  new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', weekday: 'short' }).format(new Date()),
);
const notToday = (berlinToday + 3) % 7;

const POLICY = {
  teamName: 'Platform',
  lockReason: 'agreed in the Q3 retro.',
  skipOnboarding: true,
  defaults: { longMeetingMinutes: 45, hourlyRate: -5 },
  locked: { rules: { 'no-deadline': { enabled: false } }, currency: 'EUR' },
  // Tuesdays: the day of calendar/gcal/eventedit-new.html's meeting (2026-11-24).
  noMeetingDays: [2],
  roster: [{ id: 'maria@example.com', timeZone: 'Europe/Berlin', workingHours: { start: '09:00', end: '17:00', days: [notToday] } }],
};

let browser: Browser;
const body = '[data-fixture="c1:body"]';

describe.skipIf(!writable)('team policy from Chromium enterprise policy', () => {
  beforeAll(async () => {
    writeFileSync(FILE, JSON.stringify({ '3rdparty': { extensions: { [ID]: POLICY } } }));
    browser = await launch();
    expect(browser.extensionId).toBe(ID);
  });
  afterAll(async () => {
    rmSync(FILE, { force: true });
    await browser?.close();
  });

  test('Chromium hands the policy to chrome.storage.managed (the schema in the manifest accepts it)', async () => {
    await expect.poll(() => browser.worker.evaluate(() => chrome.storage.managed.get(null))).toMatchObject({ teamName: 'Platform', locked: POLICY.locked });
  });

  test('the options page shows the team values, greys the locked ones with the reason, and names the ignored field', async () => {
    const options: Page = await browser.context.newPage();
    await options.goto(`chrome-extension://${ID}/options.html`);
    await options.locator('#team-policy').waitFor();
    expect(await options.locator('#team-policy-title').textContent()).toBe('Set by Platform');
    await expect.poll(() => options.locator('#team-policy').textContent()).toContain('defaults.hourlyRate: must be 0 or more — ignored');
    const toggle = options.locator('#rule-no-deadline-enabled');
    expect(await toggle.isDisabled()).toBe(true);
    expect(await toggle.isChecked()).toBe(false);
    expect(await options.locator('#currency').isDisabled()).toBe(true);
    expect(await options.locator('#currency').inputValue()).toBe('EUR');
    expect(await options.locator('fieldset[data-path="currency"] .managed-note').textContent()).toContain('Locked by Platform: agreed in the Q3 retro.');
    expect(await options.locator('#long-meeting-minutes').inputValue()).toBe('45');
    expect(await options.locator('#long-meeting-minutes').isDisabled()).toBe(false);
    await options.screenshot({ path: 'test-results/screenshots/options-team-policy.png' });
    await options.close();
  });

  test('a rule the team locked off stays off on the sites, whatever the person had stored', async () => {
    const gmail = await browser.open('sites/gmail/new-compose.html');
    await gmail.click(body);
    await gmail.keyboard.press('ControlOrMeta+A');
    await gmail.keyboard.press('Delete');
    // Fires false-urgency and, without the lock, no-deadline.
    await gmail.keyboard.type('Could you send me the numbers ASAP?');
    await expect.poll(() => rulesOf(gmail, body)).toEqual(['false-urgency']);
    await gmail.close();
  });

  test('a meeting on the team’s no-meeting day is flagged to the organiser', async () => {
    const page = await browser.open('calendar/gcal/eventedit-new.html');
    // Calendar panels start collapsed to the badge; the team's notes are in the panel.
    await page.locator('async-nudge-hint .badge').first().click();
    const note = page.locator('async-nudge-hint [data-team="no-meeting-day"]');
    await expect.poll(() => note.count()).toBe(1);
    expect(await note.textContent()).toContain('Tuesday is the no-meeting day of Platform.');
    await page.close();
  });

  test('reader’s local time: a roster recipient typed into To is named masked with her city; no typed address is stored anywhere', async () => {
    const gmail = await browser.open('sites/gmail/new-compose.html');
    const to = gmail.locator('input[aria-label="To recipients"]');
    await to.click();
    await gmail.keyboard.type('maria@example.com, stranger@example.org');
    const note = gmail.locator('async-nudge-hint [data-team="reader-time"]');
    await expect.poll(() => note.count(), { timeout: 10_000 }).toBe(1);
    expect(await note.locator('.message').textContent()).toMatch(/^🌙 It’s \d\d:\d\d for maria@… \(Berlin\) — schedule for their \w+ 09:00\?$/);
    await gmail.screenshot({ path: 'test-results/screenshots/gmail-reader-time.png' });
    await note.getByRole('button', { name: 'Schedule send…' }).click();
    await expect.poll(() => gmail.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('More send options');

    // Write and send, so every count the background keeps for this message is written too.
    await gmail.locator(body).click();
    await gmail.keyboard.type('The Q3 numbers are in the sheet: https://example.com/q3 — nothing needed from you.');
    await gmail.locator('[data-fixture="c1:send"]').click();
    const stored = await everythingStored(browser.worker);
    for (const typed of ['maria@example.com', 'stranger@example.org', 'maria@', 'stranger']) expect(stored).not.toContain(typed);
    await gmail.close();
  });

  test('skipOnboarding: installing did not open the welcome page', async () => {
    const welcome = `chrome-extension://${ID}/welcome.html`;
    expect(browser.context.pages().filter((p) => p.url() === welcome)).toEqual([]);
  });
});
