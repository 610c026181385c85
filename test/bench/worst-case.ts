/**
 * Hostile and huge inputs, shared by the budgets and the bench: drafts built to make a
 * backtracking expression or a quadratic loop blow up, and long editors to read. Each comes in
 * a small and a four-times-larger size, so cost can be compared as a ratio in one run.
 */
import { JSDOM } from 'jsdom';
import { analyze } from '../../utils/analyzer/analyze';
import { lowerSameLength } from '../../utils/analyzer/text';
import { medianMs } from './measure';

/** name → a draft of about `n` characters. */
export const WORST_CASE_DRAFTS: Record<string, (n: number) => string> = {
  'runs of "a?" after an ask-to-ask': (n) => `quick question ${'a?'.repeat(n / 2)}x`,
  'runs of "a."': (n) => `can you ${'a.'.repeat(n / 2)}x`,
  'runs of spaces': (n) => `hi${' '.repeat(n)}x`,
  'runs of ">"': (n) => `ok\n${'>'.repeat(n)}x`,
  'runs of "("': (n) => `pls ${'('.repeat(n)}x`,
  'runs of "!"': (n) => `urgent${'!'.repeat(n)}x`,
  'runs of emoji': (n) => `hey ${'🙂'.repeat(n / 2)} u there`,
  'short lines after a sign-off': (n) => `Best,\n${'ab\n'.repeat(n / 3)}`,
  'one long run of short words': (n) => `as discussed ${'ag '.repeat(n / 3)}`,
};

const message = (text: string) => ({ kind: 'message' as const, surface: 'email' as const, text });

/** A linear pass over the same text, as the yardstick: lower-casing it the way the analyzer does. */
const linearScan = (text: string) => lowerSameLength(text).length;

/** The analyzer on a worst-case draft: growth from n to 4n (linear ≈ 4) and cost against one linear pass. */
export function worstCaseAnalyzer(make: (n: number) => string, n = 10_000): { growth: number; vsScan: number } {
  const small = make(n);
  const big = make(4 * n);
  const opts = { minBatches: 5, maxMs: 150 };
  const growths: number[] = [];
  const scans: number[] = [];
  // Alternating rounds, median kept: load on the machine weighs on both sides alike.
  for (let round = 0; round < 3; round++) {
    const a = medianMs(() => analyze(message(small)), opts);
    const b = medianMs(() => analyze(message(big)), opts);
    const s = medianMs(() => linearScan(big), opts);
    growths.push(b / a);
    scans.push(b / s);
  }
  const mid = (xs: number[]) => xs.sort((x, y) => x - y)[1] as number;
  return { growth: mid(growths), vsScan: mid(scans) };
}

/**
 * Reading an editor of `lines` block lines, then eight times as many (Outlook keeps the quoted
 * thread inside the editor): linear reading grows ~8×, quadratic ~64×, so a generous ceiling
 * stays far from both even when the machine is busy.
 */
export function readGrowth(read: (el: HTMLElement) => unknown, lines = 250): number {
  const { document } = new JSDOM('<!doctype html><body></body>').window;
  const editor = (count: number) => {
    const el = document.createElement('div');
    el.innerHTML = Array.from({ length: count }, (_, i) => `<div>line ${i} of the quoted thread, a few words</div>`).join('');
    return el as unknown as HTMLElement;
  };
  const small = editor(lines);
  const big = editor(8 * lines);
  const opts = { minBatches: 5, maxMs: 300 };
  const growths: number[] = [];
  for (let round = 0; round < 3; round++) growths.push(medianMs(() => read(big), opts) / medianMs(() => read(small), opts));
  return growths.sort((x, y) => x - y)[1] as number;
}
