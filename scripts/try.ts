/**
 * `npm run try [-- <site>] [--screenshot file.png]` — try the built extension without an
 * account: Chromium (Debian's, as in the tests) opens a saved page of the site under its real
 * address, with the extension loaded, so the real content script runs on it. Type in the
 * composer and the hints follow. Sites: gmail, slack, outlook, gcal, outlook-calendar.
 * Nothing is requested from the network; the pages are saved copies in test/fixtures/.
 */
import { type Browser, launch } from '../test/e2e/harness';

const PAGES: Record<string, { fixture: string; body: string; draft: string }> = {
  gmail: {
    fixture: 'sites/gmail/new-compose.html',
    body: '[data-fixture="c1:body"]',
    draft: 'Hi Lena,\n\nas discussed, could you send me the doc ASAP?',
  },
  slack: { fixture: 'sites/slack/channel.html', body: '[data-fixture="c1:body"]', draft: 'quick question' },
  outlook: { fixture: 'sites/outlook/new-compose.html', body: '[data-fixture="c1:body"]', draft: 'Could you review the contract?' },
  gcal: { fixture: 'calendar/gcal/eventedit-new.html', body: '', draft: '' },
  'outlook-calendar': { fixture: 'calendar/outlook/new-event.html', body: '', draft: '' },
};

const args = process.argv.slice(2);
const shotAt = args.indexOf('--screenshot');
const shot = shotAt === -1 ? null : args[shotAt + 1];
const site = args.find((a, i) => !a.startsWith('--') && i !== shotAt + 1) ?? 'gmail';
const page = PAGES[site];
if (!page) {
  console.error(`unknown site "${site}"; one of: ${Object.keys(PAGES).join(', ')}`);
  process.exit(2);
}

const browser: Browser = await launch({ headless: shot !== null });
const tab = await browser.open(page.fixture);
await tab.locator('async-nudge-hint').first().waitFor({ state: 'attached' });
if (page.body && page.draft) {
  // A draft that shows a few hints, typed as a person would.
  await tab.click(page.body);
  await tab.keyboard.press('ControlOrMeta+A');
  await tab.keyboard.press('Delete');
  await tab.keyboard.type(page.draft, { delay: 5 });
}
if (shot) {
  await tab.locator('async-nudge-hint').first().waitFor({ state: 'attached' });
  await tab.waitForTimeout(1500);
  await tab.keyboard.press('Alt+Shift+N');
  await tab.waitForTimeout(500);
  await tab.screenshot({ path: shot });
  console.log(`wrote ${shot}`);
  await browser.close();
} else {
  console.log(`${site}: ${page.fixture} is open in Chromium with the extension; close the window to end.`);
  await new Promise<void>((done) => browser.context.on('close', () => done()));
}
