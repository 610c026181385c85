/** The reader's local time in Chromium, from what Slack's own page shows (no roster needed). */
import { describe, expect, test } from 'vitest';
import { suiteBrowser } from './suite';

const browser = suiteBrowser();

describe('reader’s local time', () => {
  test('Slack DM: the local time the page shows (23:10) is outside the built-in hours; the button opens Slack’s own scheduling', async () => {
    const page = await browser.open('sites/slack/dm-local-time.html');
    const note = page.locator('async-nudge-hint [data-team="reader-time"]');
    await expect.poll(() => note.count(), { timeout: 10_000 }).toBe(1);
    expect(await note.locator('.message').textContent()).toMatch(/It’s 23:10 for Jonas Weber — schedule for their (\w+ )?09:00\?/);
    await page.screenshot({ path: 'test-results/screenshots/slack-reader-time.png' });
    await note.getByRole('button', { name: 'Schedule send…' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Schedule for later');
    // Nothing was sent.
    expect(await page.locator('#fixture-sent li').count()).toBe(0);
    await page.close();
  });

  test('Slack DM without a shown time, and no roster: nothing is said', async () => {
    const page = await browser.open('sites/slack/dm.html');
    await page.locator('[data-fixture="c1:body"]').click();
    await page.keyboard.type('Could you review my PR by Friday?');
    await expect.poll(() => page.locator('async-nudge-hint').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('async-nudge-hint [data-team="reader-time"]').count()).toBe(0);
    await page.close();
  });
});
