/**
 * The invitee side in Outlook on the web, in Chromium with the built extension on the saved
 * fixtures: a status meeting with no agenda offers both replies, a click puts one in the response
 * message (or on the clipboard when the peek has no message box), nothing is ever answered for
 * the person, and an invitation with an agenda, or the organiser's own copy, gets nothing.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { callCounts, fixtureUrl } from './harness';
import { SHOTS, suiteBrowser } from './suite';

const browser = suiteBrowser();

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
const repliesOn = (page: Page) => page.locator('async-nudge-hint [data-team]').evaluateAll((els) => els.map((e) => e.getAttribute('data-team')));
/** What the fixture's stand-in for Outlook saw answered (a response button pressed), if anything. */
const responded = (page: Page) => page.evaluate(() => document.body.getAttribute('data-fixture-responded'));

describe('Outlook invitations', () => {
  test('reading pane: a status meeting with no agenda offers both replies; one goes into the response message, nothing is answered', async () => {
    const page = await browser.open('calendar/outlook/invitation-reading-pane.html');
    await expect.poll(() => repliesOn(page), { timeout: 10_000 }).toEqual(['ask-agenda', 'written-update']);
    await page.screenshot({ path: `${SHOTS}/outlook-invitation-reading-pane.png` });

    // A script's click is not the person's: it inserts nothing.
    await page
      .locator('async-nudge-hint [data-team="ask-agenda"]')
      .getByRole('button', { name: 'Add to my reply note' })
      .evaluate((b: HTMLElement) => b.click());
    await sleep(300);
    expect(await page.locator('[data-fixture="i1:note"]').inputValue()).toBe('');

    await page.locator('async-nudge-hint [data-team="ask-agenda"]').getByRole('button', { name: 'Add to my reply note' }).click();
    await expect.poll(() => page.locator('[data-fixture="i1:note"]').inputValue()).toContain('Could you add a short agenda');
    // Never an automatic response: no button pressed, the body and the request untouched.
    expect(await responded(page)).toBeNull();
    expect(await page.locator('[data-fixture="i1:rsvp"] [aria-pressed="true"]').count()).toBe(0);
    expect(await page.locator('[data-fixture="i1:description"]').textContent()).toContain('Microsoft Teams meeting');
    await page.close();
  });

  test('calendar peek: no message box, so the reply is copied; nothing is answered', async () => {
    const url = fixtureUrl('calendar/outlook/invitation-peek.html');
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
    const page = await browser.open('calendar/outlook/invitation-peek.html');
    await expect.poll(() => repliesOn(page), { timeout: 10_000 }).toEqual(['ask-agenda', 'written-update']);
    const written = page.locator('async-nudge-hint [data-team="written-update"]');
    // Only Copy: there is nowhere to insert.
    expect(await written.getByRole('button', { name: 'Add to my reply note' }).count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/outlook-invitation-peek.png` });

    await written.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => written.getByRole('button', { name: 'Copied' }).count()).toBe(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/written update/i);
    expect(await responded(page)).toBeNull();
    expect(await page.locator('[data-fixture="i1:rsvp"] [aria-pressed="true"]').count()).toBe(0);
    // One card: the closed peek left hidden in the layer host gets nothing.
    expect(await page.locator('async-nudge-hint [data-team="written-update"]').count()).toBe(1);
    await page.close();
  });

  test('a peek opened after the page loaded is found, and follows being hidden and shown (it has no text box to wake the watcher)', async () => {
    const page = await browser.context.newPage();
    const url = browser.serve('calendar/outlook/invitation-peek.html');
    // Hold the open peek back as the parser adds it, so the page loads without an invitation.
    await page.addInitScript(() => {
      const hold = new MutationObserver(() => {
        const card = document.querySelector('[data-fixture="i1:root"]');
        const portal = card?.parentElement;
        if (!portal?.parentElement || !portal.nextSibling) return;
        hold.disconnect();
        (window as unknown as { held: [Element, Element] }).held = [portal, portal.parentElement];
        portal.remove();
      });
      hold.observe(document, { childList: true, subtree: true });
    });
    await page.goto(url);
    await sleep(1000);
    expect(await page.locator('async-nudge-hint [data-team]').count()).toBe(0);
    await page.evaluate(() => {
      const [portal, host] = (window as unknown as { held: [Element, Element] }).held;
      host.append(portal);
    });
    await expect.poll(() => repliesOn(page), { timeout: 10_000 }).toEqual(['ask-agenda', 'written-update']);
    // Closed by hiding (a style change, nothing added or removed), then shown again.
    const portal = page.locator('#fluent-default-layer-host > .fui-Portal').last();
    await portal.evaluate((el: HTMLElement) => (el.style.display = 'none'));
    await expect.poll(() => repliesOn(page)).toEqual([]);
    await portal.evaluate((el: HTMLElement) => (el.style.display = ''));
    await expect.poll(() => repliesOn(page)).toEqual(['ask-agenda', 'written-update']);
    await page.close();
  });

  test('a received mail that is no meeting request: the look at load finds nothing, so settings are never read', async () => {
    const page = await browser.context.newPage();
    // The same reading pane without the response buttons: an ordinary message.
    const url = browser.serve('calendar/outlook/invitation-reading-pane.html', 'https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAH%3D', {
      transform: (html) => html.replace(/<div role="toolbar" aria-label="Respond to the meeting"[\s\S]*?<\/div>\s*<div class="reply-note">[\s\S]*?<\/div>/, ''),
    });
    const counts = await callCounts(
      page,
      'outlook.js',
      { settingsRead: '`sync:settings`' },
      {
        during: async () => {
          await page.goto(url, { waitUntil: 'load' });
          await sleep(1000);
        },
      },
    );
    expect(await page.locator('[data-fixture="i1:rsvp"]').count()).toBe(0);
    expect(counts.settingsRead).toBe(0);
    // The control: the meeting request itself reads them once.
    const request = browser.serve('calendar/outlook/invitation-reading-pane.html');
    const control = await callCounts(
      page,
      'outlook.js',
      { settingsRead: '`sync:settings`' },
      {
        during: async () => {
          await page.goto(request, { waitUntil: 'load' });
          await expect.poll(() => repliesOn(page), { timeout: 10_000 }).toEqual(['ask-agenda', 'written-update']);
        },
      },
    );
    expect(control.settingsRead).toBe(1);
    await page.close();
  });

  test.each([
    ['an invitation with a goal and an agenda (older markup)', 'calendar/outlook/invitation-older-labels.html'],
    ['the organiser’s own copy of the request', 'calendar/outlook/invitation-organizer.html'],
  ])('%s gets nothing', async (_what, fixture) => {
    const page = await browser.open(fixture);
    // The positive cases show their replies within about a second; give this one longer to be sure.
    await sleep(2500);
    expect(await page.locator('async-nudge-hint [data-team]').count()).toBe(0);
    expect(await responded(page)).toBeNull();
    await page.close();
  });
});
