/**
 * axe-core in real Chromium on every surface a person reads: the hint panel and the meeting
 * panel (inside their open shadow roots, on the routed site fixtures), the popup, the options
 * page and the welcome page, each in light and dark. Zero violations of axe's default rules
 * (WCAG 2.x A/AA and best practices), with the one page-level rule that cannot apply to a
 * panel floating over a page it does not own left out there.
 */
import { createRequire } from 'node:module';
import type AxeCore from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { hostFor, rulesOf, setSettings } from './harness';
import { suiteBrowser } from './suite';

const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

const browser = suiteBrowser();

interface Violation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/**
 * Runs axe in the page's main world (it reads open shadow roots from there). Evaluated over
 * the DevTools protocol, so an extension page's CSP does not stop it.
 */
async function axe(page: Page, within?: string, disable: string[] = []): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ within, disable }) => {
      const { axe } = window as unknown as { axe: typeof AxeCore };
      const context = within ? (document.querySelector(within) as Element) : document;
      const rules = Object.fromEntries(disable.map((id) => [id, { enabled: false }]));
      const { violations } = await axe.run(context, { rules, resultTypes: ['violations'] });
      return violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
      }));
    },
    { within, disable },
  );
}

const SCHEMES = ['light', 'dark'] as const;

/** A floating panel is not page content: "all content in landmarks" is the host page's to meet. */
const PANEL_ONLY = ['region'];

async function extensionPage(path: string, scheme: (typeof SCHEMES)[number], ready: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  await ready(page);
  return page;
}

describe.each(SCHEMES)('axe, %s', (scheme) => {
  test('the hint panel: badge, findings with Why? open, the three-state checklist, the Turned off notice', async () => {
    const body = '[data-fixture="c1:body"]';
    // Every rule on, whatever an earlier run turned off.
    await setSettings(browser.worker, { rules: {} });
    const page = await browser.open('sites/gmail/new-compose.html');
    await page.emulateMedia({ colorScheme: scheme });
    await page.click(body);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    // Context ✓, clear ask ✗, deadline —: all three states on screen.
    await page.keyboard.insertText('Pricing page copy is in https://docs.google.com/document/d/x — any thoughts?');
    await expect.poll(() => rulesOf(page, body), { timeout: 5000 }).toContain('vague-ask');
    const host = await hostFor(page, body);
    if (!host) throw new Error('no hint next to the composer');
    expect(await axe(page, 'async-nudge-hint', PANEL_ONLY), 'badge').toEqual([]);
    await host.locator('.badge').click();
    await host.locator('[role="dialog"]').waitFor();
    expect(await host.locator('.check').evaluateAll((items) => items.map((li) => li.className))).toEqual(['check present', 'check missing', 'check na']);
    for (const toggle of await host.getByRole('button', { name: 'Why?' }).all()) await toggle.click();
    expect(await axe(page, 'async-nudge-hint', PANEL_ONLY), 'open panel').toEqual([]);
    await host
      ?.getByRole('button', { name: /^Turn off/ })
      .first()
      .click();
    await host.getByRole('status').waitFor();
    expect(await axe(page, 'async-nudge-hint', PANEL_ONLY), 'turned off').toEqual([]);
    await host.getByRole('button', { name: 'Undo' }).click();
    await page.close();
  });

  test('the meeting panel on Google Calendar: badge with the cost, findings', async () => {
    const description = '[data-fixture="e1:description"]';
    const page = await browser.open('calendar/gcal/eventedit-new.html');
    await page.emulateMedia({ colorScheme: scheme });
    await page.click('[data-fixture="e1:title"]');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Weekly status update');
    await expect.poll(() => rulesOf(page, description), { timeout: 5000 }).toContain('status-meeting');
    const host = await hostFor(page, description);
    if (!host) throw new Error('no meeting check beside the event editor');
    // Opened by the runner or by the person: either way, check it open.
    if ((await host.locator('[role="dialog"]').count()) === 0) await host.locator('.badge').click();
    await host.locator('[role="dialog"]').waitFor();
    for (const toggle of await host.getByRole('button', { name: 'Why?' }).all()) await toggle.click();
    expect(await axe(page, 'async-nudge-hint', PANEL_ONLY)).toEqual([]);
    await page.close();
  });

  test('the popup, with a week of counts', async () => {
    const body = '[data-fixture="c1:body"]';
    const gmail = await browser.open('sites/gmail/new-compose.html');
    await gmail.click(body);
    await gmail.keyboard.press('ControlOrMeta+A');
    await gmail.keyboard.press('Delete');
    await gmail.keyboard.insertText('Could you review my PR?');
    await expect.poll(() => rulesOf(gmail, body), { timeout: 5000 }).toContain('no-deadline');
    await gmail.keyboard.press('Control+Enter');
    await expect.poll(() => gmail.locator('#fixture-sent li').count()).toBe(1);
    await gmail.close();
    const page = await extensionPage('popup.html', scheme, (p) => p.getByRole('button', { name: 'Pause hints for 1 hour' }).waitFor());
    await page.setViewportSize({ width: 360, height: 600 });
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  test('the options page, with a rule turned off', async () => {
    await setSettings(browser.worker, { rules: { 'vague-ask': { enabled: false } } });
    const page = await extensionPage('options.html', scheme, (p) => p.locator('#rules').waitFor());
    await page.locator('[data-rule="vague-ask"][data-enabled="false"]').waitFor();
    expect(await axe(page)).toEqual([]);
    await page.close();
    await setSettings(browser.worker, { rules: {} });
  });

  test('the welcome page', async () => {
    const page = await extensionPage('welcome.html', scheme, (p) => p.getByRole('button', { name: 'Save and start' }).waitFor());
    expect(await axe(page)).toEqual([]);
    await page.close();
  });
});
