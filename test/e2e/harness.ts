/**
 * Real Chromium with the built extension loaded, fixture pages served under the real site
 * URLs (so the real content scripts match), and every request the browser makes recorded.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

// The extension's own APIs, as seen from its service worker inside `worker.evaluate`.
interface StorageArea {
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
declare const chrome: { storage: { local: StorageArea; sync: StorageArea } };

/** Headless Debian Chromium on a closed network: nothing may reach DNS or Google's services. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
const FIXTURES = resolve('test/fixtures');
const SITES =
  /^https:\/\/(mail\.google\.com|app\.slack\.com|outlook\.office\.com|outlook\.office365\.com|outlook\.live\.com|outlook\.cloud\.microsoft|calendar\.google\.com)\//;

export interface ServeOptions {
  /** Change the fixture before it is served (a site redesign, a removed button). */
  transform?: (html: string) => string;
  /** Extra response headers (a strict Content-Security-Policy). */
  headers?: Record<string, string>;
}

export interface Browser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Requests to anything but the routed fixture pages and the extension itself. */
  leaks: string[];
  open(fixture: string, url?: string, serve?: ServeOptions): Promise<Page>;
  /** Serve `fixture` under `url` from now on, without opening it; returns the URL. */
  serve(fixture: string, url?: string, serve?: ServeOptions): string;
  close(): Promise<void>;
}

export function fixtureUrl(fixture: string): string {
  const html = readFileSync(join(FIXTURES, fixture), 'utf8');
  const m = /<meta name="fixture-url" content="([^"]+)"/.exec(html);
  if (!m?.[1]) throw new Error(`${fixture} has no fixture-url`);
  return m[1];
}

export interface LaunchOptions {
  /** Another build of the extension (default: `.output/chrome-mv3`). */
  extensionDir?: string;
  /** The browser's UI language, which picks the extension's locale. */
  lang?: string;
  /** A window to look at (`npm run try`); tests run headless. */
  headless?: boolean;
}

export async function launch({ extensionDir = EXTENSION_DIR, lang, headless = true }: LaunchOptions = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'async-nudge-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless,
    viewport: { width: 1280, height: 860 },
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_ARGS, ...(lang ? [`--lang=${lang}`] : [])],
    ...(lang && { locale: lang, env: { ...process.env, LANGUAGE: lang, LANG: `${lang}.UTF-8` } }),
  });
  const served = new Map<string, { file: string; serve: ServeOptions }>();
  const leaks: string[] = [];
  await context.route(SITES, (route) => {
    const url = route.request().url().split('#')[0] as string;
    const entry = served.get(url);
    if (!entry || route.request().resourceType() !== 'document') {
      leaks.push(route.request().url());
      return route.abort();
    }
    const html = readFileSync(join(FIXTURES, entry.file), 'utf8');
    return route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', ...entry.serve.headers },
      body: entry.serve.transform ? entry.serve.transform(html) : html,
    });
  });
  context.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')) return;
    if (served.has(url.split('#')[0] as string) && req.resourceType() === 'document') return;
    leaks.push(url);
  });
  const serveFixture = (fixture: string, url = fixtureUrl(fixture), serve: ServeOptions = {}) => {
    served.set(url.split('#')[0] as string, { file: fixture, serve });
    return url;
  };
  let worker = context.serviceWorkers()[0];
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  // Working hours around the clock, so after-hours does not depend on when the suite runs.
  await setSettings(worker, { workingHours: { start: '00:00', end: '23:59', days: [0, 1, 2, 3, 4, 5, 6] } });
  return {
    context,
    worker,
    extensionId,
    leaks,
    serve: serveFixture,
    async open(fixture, url = fixtureUrl(fixture), serve = {}) {
      serveFixture(fixture, url, serve);
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The hint host for the composer whose body matches `bodySelector`, by position; a calendar
 * editor's badge docks beside the form rather than over it, so a page's only host is its own.
 */
export async function hostFor(page: Page, bodySelector: string) {
  const hosts = page.locator('async-nudge-hint');
  const body = await page.locator(bodySelector).boundingBox();
  if (!body) throw new Error(`no box for ${bodySelector}`);
  const n = await hosts.count();
  for (let i = 0; i < n; i++) {
    const h = hosts.nth(i);
    // A host with nothing to show renders no badge: skip it rather than wait for one.
    if ((await h.locator('.badge').count()) === 0) continue;
    const box = await h.locator('.badge').boundingBox();
    if (!box) continue;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    if (cx >= body.x - 2 && cx <= body.x + body.width + 2 && cy >= body.y - 2 && cy <= body.y + body.height + 2) return h;
  }
  return n === 1 && (await hosts.first().locator('.badge').count()) > 0 ? hosts.first() : null;
}

/**
 * Waits until the page has set an editor up (a hint host is attached). `rulesOf` reads `[]` for
 * an editor with no hint yet, so a wait for a clean verdict can pass before anything listens:
 * keys typed or sent then are nobody's, and a send goes uncounted.
 */
export async function editorReady(page: Page): Promise<void> {
  await page.locator('async-nudge-hint').first().waitFor({ state: 'attached', timeout: 15_000 });
}

/** The rules a composer's host reports (sorted); `after-hours` depends on when the suite runs, so it is left out. */
export async function rulesOf(page: Page, bodySelector: string, { withClock = false } = {}): Promise<string[]> {
  const host = await hostFor(page, bodySelector);
  if (!host) return [];
  const value = (await host.getAttribute('data-rules')) ?? '';
  return value
    .split(' ')
    .filter((r) => r && (withClock || r !== 'after-hours'))
    .sort();
}

/** Every count row the background wrote, read straight from IndexedDB in the service worker. */
export async function statsRows(worker: Worker): Promise<Record<string, Array<Record<string, unknown>>>> {
  return worker.evaluate(async () => {
    const open = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('async-nudge-stats');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const out: Record<string, Array<Record<string, unknown>>> = {};
    for (const name of Array.from(open.objectStoreNames)) {
      out[name] = await new Promise((ok, fail) => {
        const req = open.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => ok(req.result as Array<Record<string, unknown>>);
        req.onerror = () => fail(req.error);
      });
    }
    open.close();
    return out;
  });
}

/** Merge a partial settings object into what is stored (the extension repairs and fills the rest). */
export async function setSettings(worker: Worker, patch: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (p) => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...((settings as object) ?? {}), ...p } });
  }, patch);
}

/** Everything the extension keeps: every IndexedDB database and both storage areas, as text. */
export async function everythingStored(worker: Worker): Promise<string> {
  return worker.evaluate(async () => {
    const parts: unknown[] = [await chrome.storage.local.get(null), await chrome.storage.sync.get(null)];
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        parts.push(
          await new Promise((ok, fail) => {
            const req = db.transaction(store).objectStore(store).getAll();
            req.onsuccess = () => ok(req.result);
            req.onerror = () => fail(req.error);
          }),
        );
      }
      db.close();
    }
    return JSON.stringify(parts);
  });
}

export function sum(rows: Array<Record<string, unknown>> | undefined, field: string, where: (r: Record<string, unknown>) => boolean = () => true): number {
  return (rows ?? []).filter(where).reduce((n, r) => n + Number(r[field] ?? 0), 0);
}

/** The settings object as stored right now. */
export async function storedSettings(worker: Worker): Promise<{ rules: Record<string, { enabled: boolean }> } & Record<string, unknown>> {
  return worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as never);
}

/**
 * How many times the functions around `markers` in a content script ran while `during` ran, from
 * V8's per-function call counts (precise coverage). Strings and property names survive
 * minification, so each marker names the innermost function that holds it; a marker that is
 * missing from the build or not unique gives NaN, so a caller can tell "not observable" from 0
 * (callers also count a positive control, so a 0 is known to be a real 0).
 * V8 counts only code compiled after coverage starts, so `setup` (navigating, waiting for the
 * hint) runs with coverage on and its calls are then discarded; only `during` is counted.
 */
export async function callCounts<K extends string>(
  page: Page,
  script: string,
  markers: Record<K, string>,
  { setup, during }: { setup?: () => Promise<unknown>; during: () => Promise<unknown> },
): Promise<Record<K, number>> {
  const source = readFileSync(join(EXTENSION_DIR, 'content-scripts', script), 'utf8');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await setup?.();
  await cdp.send('Profiler.takePreciseCoverage'); // resets the counters
  await during();
  const { result } = await cdp.send('Profiler.takePreciseCoverage');
  await cdp.send('Profiler.stopPreciseCoverage');
  await cdp.detach();
  const covered = result.find((s) => s.url.endsWith(`/content-scripts/${script}`));
  const count = (marker: string): number => {
    const at = source.indexOf(marker);
    if (!covered || at < 0 || source.indexOf(marker, at + 1) >= 0) return NaN;
    let best: { size: number; count: number } | null = null;
    for (const fn of covered.functions) {
      const range = fn.ranges[0];
      if (!range || range.startOffset > at || range.endOffset <= at) continue;
      const size = range.endOffset - range.startOffset;
      if (!best || size < best.size) best = { size, count: range.count };
    }
    // After a reset V8 leaves out functions that have not run since: they ran 0 times.
    return (best as { count: number } | null)?.count ?? 0;
  };
  return Object.fromEntries(Object.entries<string>(markers).map(([k, m]) => [k, count(m)])) as Record<K, number>;
}
