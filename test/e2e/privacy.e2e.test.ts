import { describe, expect, test } from 'vitest';
import { everythingStored, rulesOf, statsRows } from './harness';
import { suiteBrowser } from './suite';

const browser = suiteBrowser();

// Text that must never be stored: a subject, a name, an address and a made-up secret.
const SECRET = 'Zq7-Halcyon-PAYROLL-0xDEADBEEF';
const DRAFT = `Could you send the ${SECRET} export to maria.lopez@example.com ASAP!!!`;

const COMPOSERS: Array<[fixture: string, composers: number]> = [
  ['sites/gmail/new-compose.html', 1],
  ['sites/gmail/multi-compose.html', 3],
  ['sites/slack/channel-and-thread.html', 2],
  ['sites/outlook/new-compose.html', 1],
  ['sites/outlook/inline-reply.html', 1],
];

describe('privacy', () => {
  test('a secret typed and sent in every composer is stored nowhere, and no request leaves the browser', async () => {
    for (const [fixture, count] of COMPOSERS) {
      const page = await browser.open(fixture);
      for (let n = 1; n <= count; n++) {
        const body = `[data-fixture="c${n}:body"]`;
        await page.click(body);
        await page.keyboard.press('ControlOrMeta+A');
        await page.keyboard.press('Delete');
        await page.keyboard.type(DRAFT);
        const subject = page.locator(`[data-fixture="c${n}:subject"]`);
        if ((await subject.count()) && (await subject.isVisible())) await subject.fill(`Re: ${SECRET}`);
        await expect.poll(() => rulesOf(page, body)).toContain('false-urgency');
        await page.click(`[data-fixture="c${n}:send"]`);
      }
      await page.close();
    }
    const stats = await statsRows(browser.worker);
    expect((stats.siteDays ?? []).reduce((n, r) => n + Number(r.messagesSent), 0)).toBe(8);
    const stored = await everythingStored(browser.worker);
    for (const needle of [SECRET, 'maria.lopez', 'Halcyon', 'export to']) expect(stored).not.toContain(needle);
    expect(browser.leaks).toEqual([]);
  });
});
