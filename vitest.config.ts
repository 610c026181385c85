import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    setupFiles: ['test/setup-i18n.ts'],
    // The JSON file feeds the closing "N passed, N failed" line in CI.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    // CI may be a busy two-core machine: a slow run is not a failure (no test judges wall-clock time).
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', include: ['test/dom/**/*.test.{ts,tsx}'] },
      },
    ],
  },
});
