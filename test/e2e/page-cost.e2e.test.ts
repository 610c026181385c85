/**
 * What the extension costs a page, as counts rather than times (a busy CI machine makes times
 * noise): a page read without a composer never gets settings, sessions or listeners, and a page
 * that mutates constantly away from any editor never makes the watcher rescan.
 */
import { describe, expect, test } from 'vitest';
import { callCounts, rulesOf } from './harness';
import { suiteBrowser } from './suite';

const browser = suiteBrowser();

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
/**
 * Defining the settings item (the first read of settings), the person's-choices and repair-notice
 * items (WXT reads an item's value as it defines it), and a started page's rescan.
 */
const MARKERS = {
  settingsRead: '`sync:settings`',
  choicesRead: '`sync:settingsChosen`',
  noticeRead: '`local:settingsNotice`',
  rescans: ':{found:[],skipped:[]}',
  mutationCallbacks: 'addedNodes',
};

describe('page cost', () => {
  test('a page without a composer: the watcher looks, settings and sessions wait for the first composer', async () => {
    const page = await browser.context.newPage();
    const url = browser.serve('sites/gmail/new-compose.html');
    // Hold the composer back as the parser adds it, so the page loads without one.
    await page.addInitScript((root) => {
      const hold = new MutationObserver(() => {
        const composer = document.querySelector(root);
        if (!composer?.parentElement || !composer.nextSibling) return;
        hold.disconnect();
        (window as unknown as { held: [Element, Element] }).held = [composer, composer.parentElement];
        composer.remove();
      });
      hold.observe(document, { childList: true, subtree: true });
    }, '[data-fixture="c1:root"]');
    // Counted from before navigation: the page's whole load.
    const before = await callCounts(page, 'gmail.js', MARKERS, {
      during: async () => {
        await page.goto(url, { waitUntil: 'load' });
        await sleep(1000);
      },
    });
    expect(before.settingsRead).toBe(0);
    expect(before.choicesRead).toBe(0);
    expect(before.noticeRead).toBe(0);
    expect(before.rescans).toBe(0);
    expect(before.mutationCallbacks).toBeGreaterThanOrEqual(0);
    const after = await callCounts(page, 'gmail.js', MARKERS, {
      during: async () => {
        await page.evaluate(() => {
          const [composer, parent] = (window as unknown as { held: [Element, Element] }).held;
          parent.append(composer);
        });
        await expect.poll(() => rulesOf(page, '[data-fixture="c1:body"]')).not.toEqual([]);
      },
    });
    expect(after.settingsRead).toBe(1);
    expect(after.choicesRead).toBe(1);
    expect(after.rescans).toBeGreaterThan(0);
    await page.close();
  });

  test('1,000 mutations a second away from editors: callbacks look and dismiss, never rescan', async () => {
    const page = await browser.context.newPage();
    const url = browser.serve('sites/gmail/new-compose.html');
    const setup = async () => {
      await page.goto(url);
      // Counted from the first hint on: a policy read that lands late (Chrome answers the first
      // one seconds after start-up) and finds no policy is no change, so it rescans nothing.
      await page.locator('async-nudge-hint').first().waitFor({ state: 'attached' });
    };
    const counts = await callCounts(page, 'gmail.js', MARKERS, {
      setup,
      during: async () => {
        await page.evaluate(() => {
          // A presence list: rows added, relabelled, removed and restyled, as chat rosters do.
          const box = document.createElement('div');
          document.body.append(box);
          let n = 0;
          const tick = () => {
            for (let i = 0; i < 4; i++) {
              const step = n++ % 4;
              if (step === 0) box.append(Object.assign(document.createElement('div'), { textContent: `Chat ${n}` }));
              else if (step === 1 && box.lastElementChild) box.lastElementChild.textContent = `Chat ${n} · away`;
              else if (step === 2 && box.childElementCount > 8) box.firstElementChild?.remove();
              else if (box.lastElementChild) (box.lastElementChild as HTMLElement).style.opacity = n % 2 ? '0.6' : '1';
            }
          };
          return new Promise<void>((done) => {
            let rounds = 0;
            const timer = setInterval(() => {
              tick();
              if (++rounds === 500) {
                clearInterval(timer);
                done();
              }
            }, 1);
          });
        });
        await sleep(400);
      },
    });
    expect(counts.mutationCallbacks).toBeGreaterThan(0);
    expect(counts.rescans).toBe(0);
    // The control: an editor appearing is a rescan, so the zero above is the watcher's choice.
    const control = await callCounts(page, 'gmail.js', MARKERS, {
      during: async () => {
        await page.evaluate(() => document.body.append(document.createElement('textarea')));
        await sleep(400);
      },
    });
    expect(control.rescans).toBeGreaterThan(0);
    await page.close();
  });
});
