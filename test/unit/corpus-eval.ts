/** Per-rule precision and recall of the analyzer on the labelled corpus in test/corpus/. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../utils/analyzer/analyze';
import type { AnalyzerInput } from '../../utils/analyzer/types';

export interface Labelled {
  id: string;
  input: AnalyzerInput;
  expect: string[];
}

export interface RuleScore {
  rule: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  scores: RuleScore[];
  cleanTotal: number;
  cleanFlagged: number;
  misses: Array<{ id: string; rule: string; kind: 'fp' | 'fn' }>;
}

const dir = fileURLToPath(new URL('../corpus/', import.meta.url));

function load(file: string): Array<Record<string, unknown>> {
  return readFileSync(dir + file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function toMessages(rows: Array<Record<string, unknown>>): Labelled[] {
  return rows.map((r) => ({
    id: r.id as string,
    expect: r.expect as string[],
    input: { kind: 'message', surface: r.surface, text: r.text, ...(r.subject ? { subject: r.subject } : {}) } as AnalyzerInput,
  }));
}

/** A held-out set: written apart from the main corpus and the rules (`holdout` or `blind`). */
export function loadHoldout(
  name: 'holdout' | 'blind' | 'blind-2' | 'blind-3' | 'blind-4' | 'blind-5' | 'blind-6' | 'dev-real' | 'dev-real-2' = 'holdout',
): Labelled[] {
  return toMessages(load(`${name}/messages.jsonl`));
}

export function loadCorpus(): { messages: Labelled[]; events: Labelled[] } {
  const messages = toMessages(load('messages.jsonl'));
  const events = load('events.jsonl').map((r) => {
    const { id, expect, domain: _d, note: _n, ...rest } = r;
    return { id: id as string, expect: expect as string[], input: { kind: 'event', ...rest } as AnalyzerInput };
  });
  return { messages, events };
}

export function evaluate(items: Labelled[]): Evaluation {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const misses: Evaluation['misses'] = [];
  let cleanTotal = 0;
  let cleanFlagged = 0;
  const bump = (rule: string, k: 'tp' | 'fp' | 'fn') => {
    const c = counts.get(rule) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    counts.set(rule, c);
  };
  for (const item of items) {
    const got = new Set(analyze(item.input).map((f) => f.rule));
    const want = new Set(item.expect);
    if (want.size === 0) {
      cleanTotal++;
      if (got.size > 0) cleanFlagged++;
    }
    for (const r of got) {
      if (want.has(r)) bump(r, 'tp');
      else {
        bump(r, 'fp');
        misses.push({ id: item.id, rule: r, kind: 'fp' });
      }
    }
    for (const r of want) {
      if (!got.has(r)) {
        bump(r, 'fn');
        misses.push({ id: item.id, rule: r, kind: 'fn' });
      }
    }
  }
  const scores = [...counts.entries()]
    .map(([rule, c]) => ({ rule, ...c, precision: c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1, recall: c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1 }))
    .sort((a, b) => a.rule.localeCompare(b.rule));
  return { scores, cleanTotal, cleanFlagged, misses };
}

export function formatScores(title: string, e: Evaluation): string {
  const rows = e.scores.map(
    (s) =>
      `${s.rule.padEnd(24)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}   ${s.precision.toFixed(3)}   ${s.recall.toFixed(3)}`,
  );
  return [
    `${title}`,
    `${'rule'.padEnd(24)}   tp   fp   fn   precision recall`,
    ...rows,
    `clean items flagged: ${e.cleanFlagged}/${e.cleanTotal} (${((100 * e.cleanFlagged) / Math.max(1, e.cleanTotal)).toFixed(1)} %)`,
  ].join('\n');
}
