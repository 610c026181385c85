// Sums every result file the test run wrote into one closing line CI can read.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const dir = 'test-results';
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
for (const f of files) {
  const r = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));
  // Vitest's JSON reporter, or our own { passed, failed } from the budget checks.
  passed += r.numPassedTests ?? r.passed ?? 0;
  failed += (r.numFailedTests ?? r.failed ?? 0) + (r.numTotalTests !== undefined && r.success === false && !r.numFailedTests ? 1 : 0);
}
if (files.length === 0) failed += 1;
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
