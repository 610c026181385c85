/**
 * Placement on the saved fixtures at 1280×800 and 1024×640: an open panel never covers the
 * flagged text, the caret's line or a form field, and stays inside the viewport; calendar
 * panels start collapsed beside the form. Boxes are measured in the page, from the same
 * things a person sees: the CSS highlights, the selection, the fields.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hostFor, rulesOf } from './harness';
import { SHOTS, suiteBrowser } from './suite';

const browser = suiteBrowser();

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 640 },
] as const;

interface Overlap {
  panel: { x: number; y: number; width: number; height: number } | null;
  /** What the panel covers, by name; empty when nothing. */
  covered: string[];
  inViewport: boolean;
}

/** In the page: the open panel's box against the flagged text, the caret line and the fields of `root`. */
function measure(page: Page, args: { root: string; body: string | null; host: number }): Promise<Overlap> {
  return page.evaluate(({ root, body, host }) => {
    const hint = document.querySelectorAll('async-nudge-hint')[host];
    const panel = hint?.shadowRoot?.querySelector('.panel')?.getBoundingClientRect();
    if (!panel) return { panel: null, covered: [], inViewport: false };
    const hit = (r: DOMRect) => r.width > 0 && r.height > 0 && panel.left < r.right && r.left < panel.right && panel.top < r.bottom && r.top < panel.bottom;
    const covered: string[] = [];
    for (const name of ['async-nudge-warn', 'async-nudge-info']) {
      for (const range of CSS.highlights.get(name) ?? []) {
        for (const r of (range as Range).getClientRects()) if (hit(r)) covered.push(`flagged "${(range as Range).toString()}"`);
      }
    }
    const bodyEl = body ? document.querySelector(body) : null;
    const sel = getSelection();
    if (bodyEl && sel?.rangeCount && bodyEl.contains(sel.getRangeAt(0).startContainer)) {
      const caret = sel.getRangeAt(0).getBoundingClientRect();
      const edges = bodyEl.getBoundingClientRect();
      if (caret.height && hit(new DOMRect(edges.left, caret.top, edges.width, caret.height))) covered.push('caret line');
    }
    const fields = 'input:not([type="hidden"]),textarea,select,[contenteditable]:not([contenteditable="false"]),[role="combobox"],[role="textbox"]';
    for (const el of document.querySelector(root)?.querySelectorAll(fields) ?? []) {
      if (bodyEl && (bodyEl.contains(el) || el.contains(bodyEl))) continue;
      if (hit(el.getBoundingClientRect())) covered.push(`field ${el.outerHTML.slice(0, 80)}`);
    }
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    return {
      panel: { x: panel.x, y: panel.y, width: panel.width, height: panel.height },
      covered,
      inViewport: panel.left >= 0 && panel.top >= 0 && panel.right <= vw && panel.bottom <= vh && panel.height >= 48,
    };
  }, args);
}

const MESSAGE_FIXTURES = [
  'sites/gmail/new-compose.html',
  'sites/gmail/inline-reply.html',
  'sites/outlook/new-compose.html',
  'sites/outlook/inline-reply.html',
  'sites/slack/channel.html',
];

describe.each(VIEWPORTS)('composers at $width×$height', (viewport) => {
  test.each(MESSAGE_FIXTURES)('%s: the open panel leaves the flagged text, the caret line and the fields visible', async (fixture) => {
    const page = await browser.open(fixture);
    await page.setViewportSize(viewport);
    const body = '[data-fixture="c1:body"]';
    await page.click(body);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('Hi team, could you review the retry logic in the billing worker? Thanks.');
    await expect.poll(() => rulesOf(page, body)).toEqual(['no-deadline']);
    const host = await hostFor(page, body);
    await host?.locator('.badge').click();
    await expect.poll(() => host?.locator('[role="dialog"]').isVisible()).toBe(true);
    const index = await page.locator('async-nudge-hint').evaluateAll((hosts, h) => hosts.indexOf(h as HTMLElement), await host?.elementHandle());
    // Every field on the page counts: the composer's own and the app's (its search box).
    const args = { root: 'body', body, host: index };
    await expect.poll(async () => (await measure(page, args)).covered).toEqual([]);
    const m = await measure(page, args);
    expect(m.inViewport, JSON.stringify(m.panel)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/placement-${fixture.replace(/\W+/g, '-')}-${viewport.width}.png` });
    await page.close();
  });
});

const EVENT_FIXTURES = ['calendar/gcal/eventedit-new.html', 'calendar/gcal/quick-create.html', 'calendar/outlook/new-event.html'];

describe.each(VIEWPORTS)('calendar editors at $width×$height', (viewport) => {
  test.each(EVENT_FIXTURES)('%s: starts collapsed beside the form; opened, covers no field', async (fixture) => {
    const page = await browser.open(fixture);
    await page.setViewportSize(viewport);
    const hint = page.locator('async-nudge-hint').first();
    await hint.locator('.badge').waitFor();
    expect(await hint.locator('[role="dialog"]').count()).toBe(0);
    // The calendar's own search box counts too: every field on the page.
    const args = { root: 'body', body: null, host: 0 };
    // The collapsed summary is clear of the fields too.
    const badgeCovers = () =>
      page.evaluate((root) => {
        const b = document.querySelector('async-nudge-hint')?.shadowRoot?.querySelector('.badge')?.getBoundingClientRect();
        if (!b) return ['no badge'];
        const fields = 'input:not([type="hidden"]),textarea,select,[contenteditable]:not([contenteditable="false"]),[role="combobox"],[role="textbox"]';
        return [...(document.querySelector(root)?.querySelectorAll(fields) ?? [])]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && b.left < r.right && r.left < b.right && b.top < r.bottom && r.top < b.bottom;
          })
          .map((el) => el.outerHTML.slice(0, 80));
      }, args.root);
    await expect.poll(badgeCovers).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/placement-${fixture.replace(/\W+/g, '-')}-${viewport.width}-collapsed.png` });
    await hint.locator('.badge').click();
    await expect.poll(() => hint.locator('[role="dialog"]').isVisible()).toBe(true);
    await expect.poll(async () => (await measure(page, args)).covered).toEqual([]);
    const m = await measure(page, args);
    expect(m.inViewport, JSON.stringify(m.panel)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/placement-${fixture.replace(/\W+/g, '-')}-${viewport.width}-open.png` });
    await page.close();
  });
});
