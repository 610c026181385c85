/**
 * Honest counts, end to end: scripted sessions typed into the real Gmail fixture through the
 * built content script, recorded by the real background, read by the real popup. The popup's
 * numbers must be exactly what the sessions did (definitions: utils/sites/composer/nudge-counter.ts).
 *
 * | session   | what the person does                                        | shown | resolved | sent anyway | dismissed | sent | clean |
 * |-----------|-------------------------------------------------------------|-------|----------|-------------|-----------|------|-------|
 * | clean     | types a complete message, sends                             | 0     | 0        | 0           | 0         | 1    | 1     |
 * | fixed     | "Could you review my PR?", pauses, adds a deadline, sends    | 1     | 1        | 0           | 0         | 1    | 1     |
 * | ignored   | "URGENT!!! the Q3 numbers…", pauses, sends as is            | 1     | 0        | 1           | 0         | 1    | 0     |
 * | abandoned | "Could you review my PR?", pauses, closes the tab           | 0     | 0        | 0           | 0         | 0    | 0     |
 * | dismissed | "quick question", pauses, dismisses the hint, sends         | 1     | 0        | 0           | 1         | 1    | 1     |
 * | back again| request shown, fixed, unfixed (shown again), fixed, sends   | 1     | 1        | 0           | 0         | 1    | 1     |
 * | total     |                                                             | 4     | 2        | 1           | 1         | 5    | 4     |
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { hostFor, rulesOf, statsRows, sum } from './harness';
import { suiteBrowser } from './suite';

const browser = suiteBrowser();

const BODY = '[data-fixture="c1:body"]';

async function settle(page: Page, rules: string[]) {
  await expect.poll(() => rulesOf(page, BODY), { timeout: 10_000 }).toEqual([...rules].sort());
}

/**
 * A compose window whose opening draft ("could you review the Q3 pricing doc?") was shown, then
 * emptied: an emptied box is a draft given up, so the session starts from nothing counted.
 */
async function freshDraft(): Promise<Page> {
  const page = await browser.open('sites/gmail/new-compose.html');
  await settle(page, ['no-deadline']);
  await page.click(BODY);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await settle(page, []);
  return page;
}

async function sendIt(page: Page, sentBefore: number) {
  await page.click(BODY);
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => page.locator('#fixture-sent li').count()).toBe(1);
  await expect.poll(async () => sum((await statsRows(browser.worker)).siteDays, 'messagesSent'), { timeout: 10_000 }).toBe(sentBefore + 1);
  await page.close();
}

// Six sessions typed key by key: 20 s on a quiet machine, near 50 s with both cores busy.
test('the popup shows exactly what the scripted sessions did', async () => {
  // clean
  let page = await freshDraft();
  await page.keyboard.type('The release notes are in the channel topic, nothing needed from you.');
  await sendIt(page, 0);

  // fixed
  page = await freshDraft();
  await page.keyboard.type('Could you review my PR?');
  await settle(page, ['no-deadline']);
  await page.keyboard.type(' By Friday noon please.');
  await settle(page, []);
  await sendIt(page, 1);

  // ignored (sent anyway)
  page = await freshDraft();
  await page.keyboard.type('URGENT!!! the Q3 numbers on slide 4 are wrong');
  await settle(page, ['false-urgency']);
  await sendIt(page, 2);

  // abandoned: shown, never sent
  page = await freshDraft();
  await page.keyboard.type('Could you review my PR?');
  await settle(page, ['no-deadline']);
  await page.close();

  // dismissed
  page = await freshDraft();
  await page.keyboard.type('quick question');
  await settle(page, ['ask-to-ask']);
  const host = await hostFor(page, BODY);
  await host?.locator('.badge').click();
  await host?.getByRole('button', { name: 'Dismiss' }).click();
  await settle(page, []);
  await sendIt(page, 3);

  // shown, gone, shown again, gone: counted once
  page = await freshDraft();
  await page.keyboard.type('Could you review my PR?');
  await settle(page, ['no-deadline']);
  await page.keyboard.type(' By Friday.');
  await settle(page, []);
  for (let i = 0; i < ' By Friday.'.length; i++) await page.keyboard.press('Backspace');
  await settle(page, ['no-deadline']);
  await page.keyboard.type(' By Monday.');
  await settle(page, []);
  await sendIt(page, 4);

  const rows = await statsRows(browser.worker);
  expect({
    shown: sum(rows.ruleDays, 'shown'),
    resolved: sum(rows.ruleDays, 'resolved'),
    sentAnyway: sum(rows.ruleDays, 'sentAnyway'),
    dismissed: sum(rows.ruleDays, 'dismissed'),
    sent: sum(rows.siteDays, 'messagesSent'),
    clean: sum(rows.siteDays, 'messagesClean'),
  }).toEqual({ shown: 4, resolved: 2, sentAnyway: 1, dismissed: 1, sent: 5, clean: 4 });

  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  const row = (id: string) => popup.locator(`tr[data-metric="${id}"] td`).allTextContents();
  await expect.poll(() => row('shown')).toEqual(['4', '0']);
  expect(await row('resolved')).toEqual(['2', '0']);
  expect(await row('sent-anyway')).toEqual(['1', '0']);
  expect(await popup.locator('[data-metric="clean"] .value').textContent()).toBe('80%');
  expect((await popup.locator('[data-metric="clean"] .detail > span').allTextContents())[0]).toBe('4 of 5 messages');
  await popup.close();
}, 120_000);
