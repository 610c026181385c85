/**
 * `npx tsx test/unit/blind-score.ts blind-4` — a blind set's figures and nothing else: per-rule
 * counts, warn rules micro-averaged, clean messages flagged. No misses are printed, so scoring a
 * blind set does not show its texts; run it once before a rules change and once after.
 */
import { messageRules } from '../../utils/analyzer/registry';
import { evaluate, formatScores, loadHoldout } from './corpus-eval';

const set = (process.argv[2] ?? 'blind-4') as NonNullable<Parameters<typeof loadHoldout>[0]>;
const e = evaluate(loadHoldout(set));
console.log(formatScores(set, e));
const warn = new Set(messageRules.filter((r) => r.meta.severity === 'warn').map((r) => r.meta.id));
const sum = (k: 'tp' | 'fp' | 'fn') => e.scores.filter((s) => warn.has(s.rule)).reduce((n, s) => n + s[k], 0);
const [tp, fp, fn] = [sum('tp'), sum('fp'), sum('fn')];
console.log(`warn rules micro-averaged: precision ${(tp / (tp + fp)).toFixed(3)}, recall ${(tp / (tp + fn)).toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`);
