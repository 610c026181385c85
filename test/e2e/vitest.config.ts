import { defineConfig } from 'vitest/config';

// End-to-end tests drive real Chromium with the built extension; one file at a time.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Hints settle after a pause in typing (≈ 0.6–1.2 s): polls wait for that state, on a busy machine too.
    expect: { poll: { timeout: 5000 } },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/e2e.json' },
  },
});
