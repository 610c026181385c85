/**
 * The browser a test file shares: launched before its tests, closed after them. The hooks are
 * registered here, so a test file only says `const browser = suiteBrowser();`.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { type Browser, launch, type LaunchOptions } from './harness';

/** Where the E2E tests save the screenshots a person looks at. */
export const SHOTS = 'test-results/screenshots';

export function suiteBrowser(options: LaunchOptions = {}): Browser {
  let current: Browser | undefined;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    current = await launch(options);
  });
  afterAll(async () => {
    await current?.close();
  });
  // Forwarded to the launched browser, which exists only once beforeAll has run.
  return new Proxy({} as Browser, {
    get(_, key) {
      if (!current) throw new Error(`the suite's browser was used before it launched (${String(key)})`);
      const value = Reflect.get(current, key) as unknown;
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
}
