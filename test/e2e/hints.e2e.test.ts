import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { editorReady, hostFor, rulesOf, setSettings, statsRows, storedSettings, sum } from './harness';
import { SHOTS, suiteBrowser } from './suite';

const browser = suiteBrowser();

const body = (n = 1) => `[data-fixture="c${n}:body"]`;
const send = (n = 1) => `[data-fixture="c${n}:send"]`;

/**
 * Replace the draft (the fixtures open with a realistic draft and signature) as a person would.
 * Hints follow pauses in typing, so the emptied box is let settle first: what shows afterwards
 * is the verdict on `text`, never the opening draft's still on screen.
 */
async function typeInto(page: Page, selector: string, text: string) {
  await editorReady(page);
  await page.click(selector);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await expect.poll(() => rulesOf(page, selector), { timeout: 5000 }).toEqual([]);
  await page.keyboard.type(text);
}

/** The draft as a person reads it (no-break spaces the editor wrote read as spaces). */
const draftText = async (page: Page, selector: string) => (await page.locator(selector).innerText()).replace(/\u00a0/g, ' ');

async function expectRules(page: Page, selector: string, rules: string[]) {
  await expect.poll(() => rulesOf(page, selector), { timeout: 5000 }).toEqual([...rules].sort());
}

const sentCount = (page: Page) => page.locator('#fixture-sent li').count();

describe('Gmail', () => {
  test('a request with no deadline gets a badge and an underline; adding one clears it', async () => {
    const page = await browser.open('sites/gmail/new-compose.html');
    await typeInto(page, body(), 'Could you review my PR?');
    await expectRules(page, body(), ['no-deadline']);
    const host = await hostFor(page, body());
    expect(await host?.locator('.badge').textContent()).toBe('⚠1');
    expect(await host?.locator('.badge').getAttribute('aria-label')).toMatch(/1 warning/);
    // The underline is a CSS highlight over the editor's own text, not a change to its DOM.
    const underlined = () =>
      page.evaluate(() => {
        const h = CSS.highlights.get('async-nudge-warn');
        return h ? [...h].map((r) => (r as Range).toString().replace(/\u00a0/g, ' ')) : [];
      });
    await expect.poll(underlined).toEqual(['Could you review my PR?']);
    expect(await page.locator(body()).innerHTML()).not.toContain('async-nudge');
    await page.screenshot({ path: `${SHOTS}/gmail-badge.png` });
    await page.keyboard.type(' By Friday noon please.');
    await expectRules(page, body(), []);
    await page.close();
  });

  test('the panel explains each finding, shows the checklist, and inserts a template the editor keeps', async () => {
    const page = await browser.open('sites/gmail/new-compose.html');
    await typeInto(page, body(), 'Can you send me the doc we talked about?');
    await expectRules(page, body(), ['missing-context', 'no-deadline']);
    const host = await hostFor(page, body());
    await host?.locator('.badge').click();
    const panel = host?.locator('[role="dialog"]');
    await expect.poll(() => panel?.isVisible()).toBe(true);
    expect(await panel?.locator('.finding').count()).toBe(2);
    expect(await panel?.locator('.why').first().textContent()).toMatch(/.{40,}/);
    expect(await panel?.locator('.checklist').textContent()).toMatch(/✗ Context.*✓ Clear ask.*✗ Deadline/);
    await page.screenshot({ path: `${SHOTS}/gmail-panel.png` });
    await panel
      ?.getByRole('button', { name: /^Insert “Context:/ })
      .first()
      .click();
    await expect.poll(() => page.locator(body()).innerText()).toContain('Context:');
    await page.close();
  });

  test('dismiss hides a finding for this draft; turning a rule off persists and applies everywhere', async () => {
    const page = await browser.open('sites/gmail/multi-compose.html');
    await typeInto(page, body(2), 'quick question');
    await typeInto(page, body(3), 'Could you update the forecast?');
    await expectRules(page, body(2), ['ask-to-ask']);
    await expectRules(page, body(3), ['no-deadline']);
    const h2 = await hostFor(page, body(2));
    await h2?.locator('.badge').click();
    await h2?.getByRole('button', { name: 'Dismiss' }).click();
    await expectRules(page, body(2), []);
    const h3 = await hostFor(page, body(3));
    await h3?.locator('.badge').click();
    await h3?.getByRole('button', { name: /Turn off “No deadline”/ }).click();
    await expectRules(page, body(3), []);
    const stored = await storedSettings(browser.worker);
    expect(stored.rules['no-deadline']?.enabled).toBe(false);
    await setSettings(browser.worker, { rules: { ...stored.rules, 'no-deadline': { ...stored.rules['no-deadline'], enabled: true } } });
    await expectRules(page, body(3), ['no-deadline']);
    await page.close();
  });

  test('every composer gets its own hint; the minimized one none', async () => {
    const page = await browser.open('sites/gmail/multi-compose.html');
    for (const n of [1, 2, 3]) await typeInto(page, body(n), 'ping');
    for (const n of [1, 2, 3]) await expectRules(page, body(n), ['greeting-only']);
    await expect.poll(() => page.locator('async-nudge-hint').count()).toBe(3);
    await page.close();
  });

  test('Ctrl+Enter sends, is never blocked, and the send is counted with what was left', async () => {
    const before = await statsRows(browser.worker);
    const page = await browser.open('sites/gmail/new-compose.html');
    await typeInto(page, body(), 'URGENT!!! the Q3 numbers on slide 4 are wrong');
    await expectRules(page, body(), ['false-urgency']);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => sentCount(page)).toBe(1);
    await expect
      .poll(async () => sum((await statsRows(browser.worker)).siteDays, 'messagesSent', (r) => r.site === 'gmail'))
      .toBe(sum(before.siteDays, 'messagesSent', (r) => r.site === 'gmail') + 1);
    const after = await statsRows(browser.worker);
    expect(sum(after.ruleDays, 'sentAnyway', (r) => r.rule === 'false-urgency')).toBe(
      sum(before.ruleDays, 'sentAnyway', (r) => r.rule === 'false-urgency') + 1,
    );
    await page.close();
  });

  test('a German Gmail and a class-renamed Gmail still get hints', async () => {
    for (const fixture of ['sites/gmail/non-english.html', 'sites/gmail/hashed-class.html']) {
      const page = await browser.open(fixture);
      await typeInto(page, body(), 'any thoughts?');
      await expectRules(page, body(), ['vague-ask']);
      await page.close();
    }
  });
});

describe('review before send (opt-in)', () => {
  test('holds the first send with warnings for one look, then lets the second through', async () => {
    await setSettings(browser.worker, { reviewBeforeSend: true });
    const page = await browser.open('sites/gmail/new-compose.html');
    await typeInto(page, body(), 'Could you review my PR?');
    await expectRules(page, body(), ['no-deadline']);
    await page.keyboard.press('Control+Enter');
    const host = await hostFor(page, body());
    await expect.poll(() => host?.getByRole('button', { name: 'Send anyway' }).isVisible()).toBe(true);
    expect(await sentCount(page)).toBe(0);
    await page.screenshot({ path: `${SHOTS}/gmail-review.png` });
    await host?.getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sentCount(page)).toBe(1);
    await setSettings(browser.worker, { reviewBeforeSend: false });
    await page.close();
  });
});

describe('keyboard', () => {
  test('clicking the badge leaves the caret in the draft: what is typed next goes into the draft, nothing else', async () => {
    const page = await browser.open('sites/outlook/new-compose.html');
    await typeInto(page, body(), 'Could you review my PR?');
    await expectRules(page, body(), ['no-deadline']);
    const host = await hostFor(page, body());
    await host?.locator('.badge').click();
    await expect.poll(() => host?.locator('[role="dialog"]').isVisible()).toBe(true);
    // A person glances at the panel and keeps typing: Space and Enter must not press a panel button.
    await page.keyboard.type(' Thanks a lot');
    await page.keyboard.press('Space');
    await page.keyboard.type('again.');
    expect(await page.locator(body()).innerText()).toBe('Could you review my PR? Thanks a lot again.');
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('ASYNC-NUDGE-HINT');
    await page.close();
  });

  test('Alt+Shift+N opens the panel for the focused composer and Escape closes it', async () => {
    const page = await browser.open('sites/outlook/new-compose.html');
    await typeInto(page, body(), 'same issue again');
    await expectRules(page, body(), ['missing-context']);
    await page.keyboard.press('Alt+Shift+N');
    const host = await hostFor(page, body());
    await expect.poll(() => host?.locator('[role="dialog"]').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => host?.locator('[role="dialog"]').count()).toBe(0);
    await page.close();
  });
});

describe('Slack', () => {
  test('channel and thread composers are checked separately; Enter sends', async () => {
    const page = await browser.open('sites/slack/channel-and-thread.html');
    await typeInto(page, body(1), 'Can we hop on a quick call about the roadmap?');
    await typeInto(page, body(2), 'hi');
    await expectRules(page, body(1), ['sync-escalation']);
    await expectRules(page, body(2), ['greeting-only']);
    await page.screenshot({ path: `${SHOTS}/slack-two-panes.png` });
    await page.click(body(2));
    await page.keyboard.press('Enter');
    await expect.poll(() => sentCount(page)).toBe(1);
    await page.close();
  });

  test('three short sends within a minute suggest one complete message', async () => {
    const page = await browser.open('sites/slack/channel.html');
    for (const text of ['hey', 'the deploy', 'failed']) {
      await typeInto(page, body(), text);
      await page.keyboard.press('Enter');
    }
    await typeInto(page, body(), 'again');
    await expect.poll(() => rulesOf(page, body())).toContain('message-burst');
    await page.close();
  });

  test('Enter with the mention list open does not count as a send', async () => {
    const before = sum((await statsRows(browser.worker)).siteDays, 'messagesSent', (r) => r.site === 'slack');
    const page = await browser.open('sites/slack/autocomplete-open.html');
    await page.click(body());
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(sum((await statsRows(browser.worker)).siteDays, 'messagesSent', (r) => r.site === 'slack')).toBe(before);
    await page.close();
  });
});

describe('Outlook', () => {
  test('compose and inline reply get hints; a lingering hidden draft and an opted-out editor get none', async () => {
    const page = await browser.open('sites/outlook/inline-reply.html');
    await typeInto(page, body(), 'Great meeting everyone, thanks!');
    await expectRules(page, body(), ['recap-without-outcomes']);
    await expect.poll(() => page.locator('async-nudge-hint').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/outlook-reply.png` });
    await page.click(send());
    await expect.poll(() => sentCount(page)).toBe(1);
    await page.close();
    const opted = await browser.open('sites/outlook/opted-out.html');
    await opted.click('[data-fixture-skip="opted-out"]');
    await opted.keyboard.type('hi');
    await opted.waitForTimeout(400);
    expect(await opted.locator('async-nudge-hint').count()).toBe(0);
    await opted.close();
  });
});

describe('calm timing', () => {
  test('nothing changes while the person types; a finding gone before the pause was never on screen', async () => {
    // A long pause, so even a slow machine types the sentence well inside it.
    await setSettings(browser.worker, { hintDelayMs: 2000 });
    const page = await browser.open('sites/gmail/new-compose.html');
    await typeInto(page, body(), '');
    // Every value the hint's rules take from here on.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const watch = new MutationObserver((records) => {
        for (const r of records) seen.push((r.target as Element).getAttribute('data-rules') ?? '');
      });
      for (const h of document.querySelectorAll('async-nudge-hint')) watch.observe(h, { attributes: true, attributeFilter: ['data-rules'] });
    });
    // "Could you review my PR" alone is a request with no deadline; by the end of the sentence it has one.
    await page.keyboard.type('Could you review my PR by Friday?', { delay: 15 });
    const typedAt = await page.evaluate(() => performance.now());
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual([]);
    // The pause ends: one verdict, on the whole sentence (a check that starts after the typing).
    const checksAfter = () => page.evaluate((t0) => performance.getEntriesByName('async-nudge:check').filter((e) => e.startTime >= t0).length, typedAt);
    await expect.poll(checksAfter, { timeout: 10_000 }).toBeGreaterThan(0);
    // Whatever the hint showed, it never showed the half-typed request's no-deadline.
    expect((await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).filter((v) => v !== '')).toEqual([]);
    expect(await rulesOf(page, body())).toEqual([]);
    await setSettings(browser.worker, { hintDelayMs: 600 });
    await page.close();
  });

  test('a settings change heard mid-typing reaches the draft at the pause, even when the text ends as it was', async () => {
    await setSettings(browser.worker, { hintDelayMs: 2000 });
    const page = await browser.open('sites/gmail/new-compose.html');
    await typeInto(page, body(), 'Could you review my PR?');
    await expectRules(page, body(), ['no-deadline']);
    // A letter typed and taken back: the pause is pending and the text is what it was.
    await page.keyboard.type('x');
    await page.keyboard.press('Backspace');
    const rules = (await storedSettings(browser.worker)).rules ?? {};
    await setSettings(browser.worker, { rules: { ...rules, 'no-deadline': { ...rules['no-deadline'], enabled: false } } });
    await expect.poll(() => rulesOf(page, body()), { timeout: 10_000 }).toEqual([]);
    await setSettings(browser.worker, { rules, hintDelayMs: 600 });
    await page.close();
  });

  test('a send settles at once: a finding typed a moment before counts as sent anyway', async () => {
    await setSettings(browser.worker, { hintDelayMs: 2000 });
    const before = await statsRows(browser.worker);
    const page = await browser.open('sites/gmail/new-compose.html');
    await typeInto(page, body(), 'URGENT!!! the Q3 numbers on slide 4 are wrong');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => sentCount(page)).toBe(1);
    const anyway = async () => sum((await statsRows(browser.worker)).ruleDays, 'sentAnyway', (r) => r.rule === 'false-urgency');
    await expect.poll(anyway).toBe(sum(before.ruleDays, 'sentAnyway', (r) => r.rule === 'false-urgency') + 1);
    await setSettings(browser.worker, { hintDelayMs: 600 });
    await page.close();
  });
});

describe('honest insertion', () => {
  test('a deadline clause ends the request sentence; the panel closes and typing replaces the placeholder', async () => {
    const page = await browser.open('sites/gmail/new-compose.html');
    await typeInto(page, body(), 'Could you review my PR?');
    await expectRules(page, body(), ['no-deadline']);
    const host = await hostFor(page, body());
    await host?.locator('.badge').click();
    await host?.getByRole('button', { name: /^Insert/ }).click();
    await expect.poll(() => draftText(page, body())).toBe('Could you review my PR — needed by …?');
    expect(await host?.locator('[role="dialog"]').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-fixture'))).toBe('c1:body');
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('…');
    // The unfilled placeholder keeps the finding.
    await page.waitForTimeout(800);
    expect(await rulesOf(page, body())).toEqual(['no-deadline']);
    await page.keyboard.type('Friday noon');
    expect(await draftText(page, body())).toBe('Could you review my PR — needed by Friday noon?');
    await expectRules(page, body(), []);
    await page.close();
  });

  test('a multi-line template gets its own paragraph and keeps ask-to-ask until filled', async () => {
    const page = await browser.open('sites/gmail/new-compose.html');
    await typeInto(page, body(), 'quick question');
    await expectRules(page, body(), ['ask-to-ask']);
    const host = await hostFor(page, body());
    await host?.locator('.badge').click();
    await host?.getByRole('button', { name: /^Insert/ }).click();
    // One blank line, then a line per field, as the editor itself writes paragraphs.
    const lines = (question: string) => `quick question<div><br></div><div>Question: ${question}</div><div>What I tried: …</div><div>Needed by: …</div>`;
    await expect.poll(() => page.locator(body()).innerHTML()).toBe(lines('…'));
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('…');
    await page.keyboard.type('do we deploy the EU tenant to eu-west-1 or eu-central-1?');
    expect(await page.locator(body()).innerHTML()).toBe(lines('do we deploy the EU tenant to eu-west-1 or eu-central-1?'));
    // Asked now; the deadline placeholder is still open.
    await expect.poll(() => rulesOf(page, body())).not.toContain('ask-to-ask');
    await page.close();
  });
});

describe('the panel opens only when asked', () => {
  test('Alt+Shift+N on a clean draft opens nothing, and the next finding does not open the panel by itself', async () => {
    const page = await browser.open('sites/outlook/new-compose.html');
    await typeInto(page, body(), 'The release notes are in the channel topic.');
    await page.keyboard.press('Alt+Shift+N');
    await page.keyboard.type(' Could you review my PR?');
    await expectRules(page, body(), ['no-deadline']);
    const host = await hostFor(page, body());
    expect(await host?.locator('[role="dialog"]').count()).toBe(0);
    expect(await draftText(page, body())).toBe('The release notes are in the channel topic. Could you review my PR?');
    await page.close();
  });
});
