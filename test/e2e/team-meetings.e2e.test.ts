/** Both sides of a meeting in Chromium with the built extension: the organiser's end-early note, the invitee's replies. */
import { describe, expect, test } from 'vitest';
import { SHOTS, suiteBrowser } from './suite';

const browser = suiteBrowser();

describe('meetings, both sides', () => {
  test('organiser: an hour-long meeting with guests suggests ending 10 minutes early', async () => {
    const page = await browser.open('calendar/gcal/eventedit-new.html');
    // Calendar panels start collapsed to the badge; the team's notes are in the panel.
    await page.locator('async-nudge-hint .badge').first().click();
    const note = page.locator('async-nudge-hint [data-team="end-early"]');
    await expect.poll(() => note.count(), { timeout: 10_000 }).toBe(1);
    expect(await note.textContent()).toContain('End 10 minutes early: make it 50 minutes.');
    // No policy here: no team-time warning.
    expect(await page.locator('async-nudge-hint [data-team="no-meeting-day"], async-nudge-hint [data-team="focus-block"]').count()).toBe(0);
    await page.close();
  });

  test('invitee: a status meeting with no agenda offers both replies; one goes into the RSVP note, nothing is answered for them', async () => {
    const page = await browser.open('calendar/gcal/invitation.html');
    const replies = page.locator('async-nudge-hint [data-team]');
    await expect
      .poll(() => replies.evaluateAll((els) => els.map((e) => e.getAttribute('data-team'))), { timeout: 10_000 })
      .toEqual(['ask-agenda', 'written-update']);
    await page.screenshot({ path: `${SHOTS}/gcal-invitation-replies.png` });

    await page.locator('async-nudge-hint [data-team="ask-agenda"]').getByRole('button', { name: 'Add to my reply note' }).click();
    await expect.poll(() => page.locator('[data-fixture="i1:note"]').inputValue()).toContain('Could you add a short agenda');
    // Never an automatic RSVP: every choice is still unanswered.
    expect(await page.locator('[data-fixture="i1:rsvp"] [role="radio"][aria-checked="true"]').count()).toBe(0);
    await page.close();
  });
});
