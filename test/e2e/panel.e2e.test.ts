/**
 * The hint panel's own actions in real Chromium with the built extension: "Turn off" says so
 * in place, Undo turns the rule back on, and "Manage in options" opens the options page at
 * the rules through the background.
 */
import { describe, expect, test } from 'vitest';
import { hostFor, rulesOf, setSettings, storedSettings } from './harness';
import { suiteBrowser } from './suite';

const browser = suiteBrowser();

const body = '[data-fixture="c1:body"]';

async function panelFor(text: string, rule: string) {
  await setSettings(browser.worker, { rules: {} });
  const page = await browser.open('sites/gmail/new-compose.html');
  await page.click(body);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
  await expect.poll(() => rulesOf(page, body), { timeout: 5000 }).toContain(rule);
  const host = await hostFor(page, body);
  if (!host) throw new Error('no hint next to the composer');
  await host.locator('.badge').click();
  return { page, host };
}

describe('Turn off in the panel', () => {
  test('says so in place; Undo turns the rule back on and its finding returns', async () => {
    const { page, host } = await panelFor('Could you review my PR?', 'no-deadline');
    await host.getByRole('button', { name: 'Turn off “No deadline”' }).click();
    await expect.poll(() => host.getByRole('status').textContent()).toBe('Turned off “No deadline”·Undo·Manage in options');
    await expect.poll(async () => (await storedSettings(browser.worker)).rules['no-deadline']?.enabled).toBe(false);
    // The last finding is gone, the notice is not: Undo stays in reach.
    expect(await host.locator('.finding').count()).toBe(0);
    await host.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await storedSettings(browser.worker)).rules['no-deadline']?.enabled).toBe(true);
    await expect.poll(() => rulesOf(page, body)).toContain('no-deadline');
    await page.close();
  });

  test('"Manage in options" opens the options page at the rules', async () => {
    const { page, host } = await panelFor('Could you review my PR?', 'no-deadline');
    await host.getByRole('button', { name: 'Turn off “No deadline”' }).click();
    const opened = browser.context.waitForEvent('page');
    await host.getByRole('button', { name: 'Manage in options' }).click();
    const options = await opened;
    expect(options.url()).toBe(`chrome-extension://${browser.extensionId}/options.html#rules`);
    await options.locator('#rules [data-rule="no-deadline"]').waitFor();
    await expect.poll(() => options.locator('#rules h2').evaluate((h) => Math.round(h.getBoundingClientRect().top))).toBeLessThan(100);
    await options.close();
    await page.close();
  });
});
