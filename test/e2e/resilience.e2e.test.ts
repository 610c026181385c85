import { describe, expect, test } from 'vitest';
import { hostFor, rulesOf, statsRows, storedSettings, sum } from './harness';
import { suiteBrowser } from './suite';

const browser = suiteBrowser();

const BODY = '[data-fixture="c1:body"]';

describe('resilience', () => {
  test('a redesign that hides the send control: no errors, hints all the same, and a keyboard send still counts', async () => {
    // A redesign drops the send cell (Send and its menu half) that every Send selector relies on.
    const redesign = (html: string) => html.replace(/<td class="gU Up">[\s\S]*?<\/td>/, '<td class="gU"></td>');
    const page = await browser.open('sites/gmail/new-compose.html', undefined, { transform: redesign });
    const errors: string[] = [];
    const notes: string[] = [];
    // The fixture's own stand-in script breaks without its button; only the extension's errors count.
    page.on('pageerror', (e) => {
      if (/chrome-extension:|Async Nudge/.test(`${e.stack ?? ''} ${e.message}`)) errors.push(String(e));
    });
    page.on('console', (m) => {
      if (m.text().startsWith('[Async Nudge]')) notes.push(`${m.type()}: ${m.text()}`);
      else if (m.type() === 'error' && /chrome-extension:/.test(m.location().url)) errors.push(m.text());
    });
    await page.reload();
    await page.click(BODY);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('Could you review my PR?');
    await expect.poll(() => rulesOf(page, BODY)).toEqual(['no-deadline']);
    const sentBefore = sum((await statsRows(browser.worker)).siteDays, 'messagesSent', (r) => r.site === 'gmail');
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect.poll(async () => sum((await statsRows(browser.worker)).siteDays, 'messagesSent', (r) => r.site === 'gmail')).toBe(sentBefore + 1);
    expect(errors).toEqual([]);
    expect(notes).toEqual([]);
    await page.close();
  });

  test("the page's own scripts cannot press the panel's buttons: synthetic clicks change nothing", async () => {
    const page = await browser.open('sites/gmail/new-compose.html');
    await page.click(BODY);
    await page.keyboard.type('Need the numbers ASAP!!!');
    await expect.poll(() => rulesOf(page, BODY)).toContain('false-urgency');
    const host = await hostFor(page, BODY);
    await host?.locator('.badge').click();
    await expect.poll(async () => (await hostFor(page, BODY))?.getByRole('button', { name: /Turn off “False urgency”/ }).count()).toBe(1);
    const draft = await page.locator(BODY).innerText();
    // What a hostile or clumsy page script can do: reach into the open shadow root and click.
    const clicked = await page.evaluate(() => {
      let n = 0;
      for (const h of document.querySelectorAll('async-nudge-hint')) {
        for (const b of h.shadowRoot?.querySelectorAll('button') ?? []) {
          if (/Turn off|Dismiss|Insert/.test(b.textContent ?? '')) {
            b.click();
            b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
            n++;
          }
        }
      }
      return n;
    });
    expect(clicked).toBeGreaterThan(1);
    await page.waitForTimeout(500);
    // Nothing written (no stored settings at all), or the rule still on.
    expect((await storedSettings(browser.worker)).rules?.['false-urgency']?.enabled ?? true).toBe(true);
    expect(await rulesOf(page, BODY)).toContain('false-urgency');
    expect(await page.locator(BODY).innerText()).toBe(draft);
    await page.close();
  });

  test('a page with a strict CSP and Trusted Types still gets hints', async () => {
    const csp =
      "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; require-trusted-types-for 'script'; trusted-types 'none'";
    const page = await browser.open('sites/gmail/new-compose.html', undefined, { headers: { 'content-security-policy': csp } });
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|TrustedHTML|Trusted Type/i.test(m.text())) violations.push(m.text());
    });
    await page.click(BODY);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('quick question');
    await expect.poll(() => rulesOf(page, BODY)).toEqual(['ask-to-ask']);
    expect(violations).toEqual([]);
    await page.close();
  });

  test('a 300,000-character draft is checked in part and the page stays responsive', async () => {
    const page = await browser.open('sites/gmail/new-compose.html');
    await page.click(BODY);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    const chunk = 'Could you review the retry logic in the billing worker? The EU tenant keeps timing out. ';
    await page.keyboard.insertText(chunk.repeat(Math.ceil(300_000 / chunk.length)));
    await expect.poll(() => rulesOf(page, BODY), { timeout: 10_000 }).toContain('input-truncated');
    // Typing after it still gets a hint; the longest check stays far from a freeze.
    await page.keyboard.type(' ok');
    const longest = await page.evaluate(() => Math.max(...performance.getEntriesByName('async-nudge:check').map((e) => e.duration)));
    expect(longest).toBeLessThan(1000);
    expect(await page.evaluate(() => document.title.length >= 0)).toBe(true);
    await page.close();
  });
});
