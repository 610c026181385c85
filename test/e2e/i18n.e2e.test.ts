/**
 * A translation is a file: the built extension plus one `_locales/de/messages.json` (made here
 * from the English catalog, every message marked ⟦…⟧) and a German browser shows the marked words
 * in the popup and in the inline hints, with no code changed. The same build in English shows
 * English (the other E2E suites).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromeMessages } from '../../utils/i18n/node';
import { type Browser, EXTENSION_DIR, hostFor, launch, rulesOf } from './harness';

const copy = mkdtempSync(join(tmpdir(), 'async-nudge-de-'));
let browser: Browser;

beforeAll(async () => {
  cpSync(EXTENSION_DIR, copy, { recursive: true });
  const marked = Object.fromEntries(Object.entries(chromeMessages('en')).map(([name, m]) => [name, { ...m, message: `⟦${m.message}⟧` }]));
  cpSync(join(copy, '_locales/en'), join(copy, '_locales/de'), { recursive: true });
  writeFileSync(join(copy, '_locales/de/messages.json'), JSON.stringify(marked));
  browser = await launch({ extensionDir: copy, lang: 'de' });
});
afterAll(async () => {
  await browser?.close();
  rmSync(copy, { recursive: true, force: true });
});

describe('a translation is a file', () => {
  test('the popup reads the German file', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    expect(await page.evaluate(() => (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage())).toMatch(/^de/);
    await expect.poll(() => page.title()).toMatch(/^⟦.+⟧$/);
    // A new install: the empty state, the site switches and the links, every line from the file.
    await expect.poll(() => page.locator('button').count()).toBeGreaterThan(2);
    const lines = (await page.locator('body').innerText()).split('\n').filter((line) => /\p{L}{2}/u.test(line));
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(line).toContain('⟦');
    await page.close();
  });

  test('the inline hint on Gmail speaks German: badge label, finding, why and suggestion', async () => {
    const body = '[data-fixture="c1:body"]';
    const page = await browser.open('sites/gmail/new-compose.html');
    await page.click(body);
    await page.keyboard.insertText('Could you review my PR?');
    await expect.poll(() => rulesOf(page, body), { timeout: 5000 }).toEqual(['no-deadline']);
    const host = await hostFor(page, body);
    expect(await host?.locator('.badge').getAttribute('aria-label')).toMatch(/^⟦.*⟧$/);
    await host?.locator('.badge').click();
    const finding = host?.locator('[role="dialog"] .finding').first();
    await expect.poll(() => finding?.isVisible()).toBe(true);
    expect(await finding?.textContent()).toMatch(/⟦Add when you need this.*⟧/);
    expect(await finding?.locator('.why').textContent()).toMatch(/^⟦.{40,}⟧$/);
    await page.close();
  });
});
