/**
 * Budgets CI enforces. Speed as ratios within one run (never wall-clock thresholds): the
 * analyzer must stay ≥ 20× faster than write-good on the same 2,000-character texts. The
 * built content scripts (when .output/chrome-mv3 exists): each ≤ 90 kB gzip, and no polling.
 * Writes test-results/budgets.json for the CI summary.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import writeGood from 'write-good';
import { analyze } from '../../utils/analyzer/analyze';
import { readEditableTextWithMap } from '../../utils/sites/dom/read-text';
import { medianMs } from './measure';
import { corpusText, realisticEmail2k } from './texts';
import { readGrowth, WORST_CASE_DRAFTS, worstCaseAnalyzer } from './worst-case';

/** One budget: `value` must be ≥ `min` or ≤ `max`. */
interface Budget {
  name: string;
  value: number;
  min?: number;
  max?: number;
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

// Hostile drafts: a backtracking expression or a quadratic loop shows as growth far above 4× for
// a 4× longer input (quadratic ≈ 16×), or as a cost hundreds of times one linear pass.
for (const [name, make] of Object.entries(WORST_CASE_DRAFTS)) {
  const { growth, vsScan } = worstCaseAnalyzer(make);
  budgets.push({ name: `analyzer growth, 10k → 40k characters, ${name}`, value: growth, max: 8, unit: '×' });
  budgets.push({ name: `analyzer vs one linear pass, 40k characters, ${name}`, value: vsScan, max: 1000, unit: '×' });
}
// Reading the editor: 250 → 2,000 block lines (11k → 90k characters, under the read limit).
budgets.push({ name: 'editor read growth, 250 → 2,000 lines (linear ≈ 8×, quadratic ≈ 64×)', value: readGrowth(readEditableTextWithMap), max: 24, unit: '×' });

const BUILD = '.output/chrome-mv3/content-scripts';
/**
 * The CI ceiling; the bench's target is 90 kB. On zod/mini the scripts measured 83–84 kB and
 * outlook.js, which carries mail and calendar in one script (Outlook switches between them
 * without a page load) plus the reader's-time line and the invitation replies, 90.2 kB. The
 * third real-language round (clause readers for real chat and list mail) adds about 5 kB to
 * each: 88–89 kB, outlook.js 95.4. Classic zod, a third of every script, had them at 100–105.
 * The ceiling holds that line: growth fails.
 */
const GZIP_MAX_KB = 96;
/**
 * WXT's own ContentScriptContext, bundled into every content script, is allowed: the
 * `ctx.setInterval` wrapper (polls only if something calls it, and such a call would show up
 * as another `setInterval(`), and the `wxt:locationchange` watcher's fallback, which polls
 * location once a second only where the Navigation API is missing. Matched by their
 * minified shape: if a WXT update changes it, this budget fails until the pattern is updated.
 */
const ALLOWED_INTERVALS = [
  /setInterval\(([\w$]+),([\w$]+)\)\{let ([\w$]+)=setInterval\(\(\)=>\{this\.isValid&&\1\(\)\},\2\);return this\.onInvalidated\(\(\)=>clearInterval\(\3\)\),\3\}/g,
  /[\w$]+\.setInterval\(\(\)=>\{let [\w$]+=new URL\(location\.href\);/g,
];

if (!existsSync(BUILD)) {
  console.log(`skip  content-script budgets: ${BUILD} is missing (run \`wxt build\` first)`);
} else {
  const scripts = readdirSync(BUILD).filter((f) => f.endsWith('.js'));
  if (!scripts.length) budgets.push({ name: `content scripts in ${BUILD}`, value: 0, min: 1, unit: '' });
  for (const file of scripts.sort()) {
    const code = readFileSync(join(BUILD, file));
    budgets.push({ name: `${file} size`, value: gzipSync(code).length / 1000, max: GZIP_MAX_KB, unit: ' kB gzip' });
    // Polling wakes every page up even when nobody types: only events and observers may schedule work.
    // Only setInterval is checked: a setTimeout that re-arms itself is polling too, but is not
    // recognisable in minified code, so that stays a review rule.
    const own = ALLOWED_INTERVALS.reduce((text, allowed) => text.replace(allowed, ''), code.toString('utf8'));
    budgets.push({
      name: `${file} no polling (setInterval calls outside WXT's context)`,
      value: own.match(/\bsetInterval\s*\(/g)?.length ?? 0,
      max: 0,
      unit: '',
    });
  }
}

let passed = 0;
let failed = 0;
for (const b of budgets) {
  const ok = (b.min === undefined || b.value >= b.min) && (b.max === undefined || b.value <= b.max);
  if (ok) passed++;
  else failed++;
  const limit = b.min !== undefined ? `minimum ${b.min}${b.unit}` : `maximum ${b.max}${b.unit}`;
  console.log(`${ok ? 'pass' : 'FAIL'}  budget ${b.name}: ${Number.isInteger(b.value) ? b.value : b.value.toFixed(1)}${b.unit} (${limit})`);
}
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/budgets.json', JSON.stringify({ passed, failed, budgets }, null, 2));
console.log(`budgets: ${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
