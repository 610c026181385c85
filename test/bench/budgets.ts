/**
 * Budgets CI enforces, as ratios within one run (never wall-clock thresholds): the
 * analyzer must stay ≥ 20× faster than write-good on the same 2,000-character texts.
 * Writes test-results/budgets.json for the CI summary.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import writeGood from 'write-good';
import { analyze } from '../../utils/analyzer/analyze';
import { medianMs } from './measure';
import { corpusText, realisticEmail2k } from './texts';

interface Budget {
  name: string;
  value: number;
  min: number;
  unit: string;
}

const budgets: Budget[] = [];
for (const [name, text] of [
  ['analyzer vs write-good, work email', realisticEmail2k],
  ['analyzer vs write-good, trigger-dense text', corpusText(2000)],
] as const) {
  const input = { kind: 'message' as const, surface: 'email' as const, text };
  for (let i = 0; i < 100; i++) analyze(input);
  // Alternate short rounds so load on the machine weighs on both sides alike; keep the median ratio.
  const ratios: number[] = [];
  for (let round = 0; round < 5; round++) {
    const ours = medianMs(() => analyze(input), { minBatches: 7, maxMs: 80 });
    const wg = medianMs(() => writeGood(text), { minBatches: 7, maxMs: 80 });
    ratios.push(wg / ours);
  }
  ratios.sort((a, b) => a - b);
  budgets.push({ name, value: ratios[2] as number, min: 20, unit: '×' });
}

let passed = 0;
let failed = 0;
for (const b of budgets) {
  const ok = b.value >= b.min;
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'pass' : 'FAIL'}  budget ${b.name}: ${b.value.toFixed(1)}${b.unit} (minimum ${b.min}${b.unit})`);
}
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/budgets.json', JSON.stringify({ passed, failed, budgets }, null, 2));
console.log(`budgets: ${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
