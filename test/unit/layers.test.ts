/**
 * The layers stay one-way: the analyzer is a pure library (plain Node imports it and gets ids, not
 * words), no two top-level folders import each other in a cycle, and the background bundle carries
 * no rule phrase lists.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT, sourceFiles } from './source-files';

/** `components`, `entrypoints`, `utils/<folder>` or `utils/<file>`: the units whose imports must not cycle. */
function layerOf(file: string): string {
  const parts = relative(ROOT, file).split(/[\\/]/);
  if (parts[0] !== 'utils') return parts[0] as string;
  return `utils/${(parts[1] as string).replace(/\.tsx?$/, '')}`;
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)) {
    const spec = m[1] as string;
    if (spec.startsWith('.')) out.push(resolve(dirname(file), spec));
    else if (spec.startsWith('@/')) out.push(join(ROOT, spec.slice(2)));
  }
  for (const m of source.matchAll(/^\s*import\s+['"](\.[^'"]+)['"]/gm)) out.push(resolve(dirname(file), m[1] as string));
  return out.filter((p) => !/\.(css|ya?ml|json)$/.test(p));
}

describe('layers', () => {
  test('plain Node imports the analyzer and gets findings with message ids, no words, no shim', () => {
    const script = `
      import { analyze } from './utils/analyzer/index.ts';
      const f = analyze({ kind: 'message', surface: 'chat', text: 'Could you review my PR?' });
      const e = analyze({ kind: 'event', title: 'Weekly status update', description: '', guests: 3, durationMinutes: 60, recurring: false, recurrenceEnds: false });
      console.log(JSON.stringify([...f, ...e]));`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const findings = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(findings.find((f) => f.rule === 'no-deadline')).toMatchObject({ messageId: 'noDeadline', severity: 'warn', suggestion: { template: true } });
    expect(findings.find((f) => f.rule === 'meeting-cost')).toMatchObject({ data: { cost: { money: 240, currency: 'USD' }, amount: 240 } });
    for (const f of findings) {
      expect(f).not.toHaveProperty('message');
      expect(f).not.toHaveProperty('why');
    }
  });

  test('the analyzer imports nothing from the browser, the DOM, settings, storage or Node', () => {
    for (const file of sourceFiles(join(ROOT, 'utils/analyzer'))) {
      const source = readFileSync(file, 'utf8');
      const specs = [...source.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
      const outside = specs
        .filter((s) => !s.startsWith('./') && !s.startsWith('../') && s !== 'zod')
        .concat(specs.filter((s) => /^\.\.\/(?!zod$)[^.]/.test(s) && !file.includes('/rules/')));
      expect(outside, relative(ROOT, file)).toEqual([]);
      expect(source, relative(ROOT, file)).not.toMatch(/\b(?:document|window|browser|chrome|navigator)\./);
    }
  });

  test('no import cycle between top-level folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const dir of ['components', 'entrypoints', 'utils']) {
      for (const file of sourceFiles(join(ROOT, dir))) {
        const from = layerOf(file);
        for (const target of importsOf(file)) {
          if (!target.startsWith(ROOT) || relative(ROOT, target).startsWith('node_modules')) continue;
          const to = layerOf(target);
          if (to !== from && ['components', 'entrypoints', 'utils'].includes(to.split('/')[0] as string)) {
            if (!edges.has(from)) edges.set(from, new Set());
            edges.get(from)?.add(to);
          }
        }
      }
    }
    // Depth-first search for a back edge; the cycle found is printed in full.
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    let cycle: string[] | null = null;
    const visit = (n: string): void => {
      if (cycle) return;
      state.set(n, 'open');
      stack.push(n);
      for (const m of edges.get(n) ?? []) {
        if (state.get(m) === 'open') cycle = [...stack.slice(stack.indexOf(m)), m];
        else if (!state.has(m)) visit(m);
        if (cycle) return;
      }
      stack.pop();
      state.set(n, 'done');
    };
    for (const n of edges.keys()) if (!state.has(n)) visit(n);
    expect(edges.get('utils/analyzer') ?? new Set()).toEqual(new Set(['utils/zod']));
    expect(cycle).toBeNull();
  });
});
