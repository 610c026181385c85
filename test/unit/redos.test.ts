/**
 * No regular expression in the extension can freeze a page. Every RegExp literal in `utils/` and
 * `components/` (found by parsing the source, so a new one is checked without being listed) and
 * every expression built at run time (the trigger scan, its phrase patterns, the greeting list)
 * goes through recheck, an automaton-based ReDoS checker; an exponential or a polynomial of
 * degree 3 or more fails. Degree 2 is allowed only where the input is bounded, and each such
 * expression is named below with its reason.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check, type Diagnostics } from 'recheck';
import ts from 'typescript';
import { beforeAll, describe, expect, test } from 'vitest';
import { lexiconExpressions } from '../../utils/analyzer/analyze';
import { greetingPattern } from '../../utils/analyzer/rules/greeting-only';
import { ROOT, sourceFiles } from './source-files';

interface Expr {
  where: string;
  source: string;
  flags: string;
  /** The trie's branches: the automaton checker does not finish on them in time; the fuzzer does. */
  checker?: 'fuzz';
}

function literals(): Expr[] {
  const out: Expr[] = [];
  for (const file of [...sourceFiles(join(ROOT, 'utils')), ...sourceFiles(join(ROOT, 'components'))]) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        out.push({ where: `${relative(ROOT, file)}:${line}`, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

const [scan = '', ...patterns] = lexiconExpressions();

/**
 * The trigger scan is one 16 kB trie: too big for recheck to decide whole on a busy machine.
 * Its top-level branches start with different letters, so no input can be matched two ways
 * across branches, and the whole is safe when every branch is: each is checked on its own,
 * with the scan's look-behind/look-ahead word edges left off (they consume nothing).
 */
function trieBranches(source: string): string[] {
  const body = source.replace(/^\(\?<!\[[^\]]*\]\)/, '').replace(/\(\?!\[[^\]]*\]\)$/, '');
  if (!body.startsWith('(?:') || !body.endsWith(')')) return [body];
  const inner = body.slice(3, -1);
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  out.push(inner.slice(start));
  return out;
}
const dynamic: Expr[] = [
  ...patterns.map((source, i) => ({ where: `lexicon pattern ${i + 1}`, source, flags: '' })),
  { where: 'greeting-only greetingPattern()', source: greetingPattern().source, flags: greetingPattern().flags },
  ...trieBranches(scan).map((source) => ({ where: `trigger scan branch "${source.slice(0, 12)}…"`, source, flags: '', checker: 'fuzz' as const })),
];

function verdict(e: Expr): Promise<Diagnostics> {
  return check(e.source, e.flags.replace(/[gy]/g, ''), { timeout: 120_000, checker: e.checker ?? 'auto' });
}

/** Every verdict, a few at a time (each runs in recheck's own process). */
async function verdicts(list: readonly Expr[], at = 4): Promise<Map<Expr, Diagnostics>> {
  const out = new Map<Expr, Diagnostics>();
  let next = 0;
  const lane = async () => {
    while (next < list.length) {
      const e = list[next++] as Expr;
      out.set(e, await verdict(e));
    }
  };
  await Promise.all(Array.from({ length: at }, lane));
  return out;
}

/** Null when safe enough; else what recheck found, with its attack string. */
function problem(d: Diagnostics): string | null {
  if (d.status === 'safe') return null;
  if (d.status === 'unknown') return `recheck could not decide: ${JSON.stringify(d.error)}`;
  const c = d.complexity;
  const bad = c.type === 'exponential' || (c.type === 'polynomial' && c.degree >= 3);
  return bad ? `${c.summary} — attack: ${d.attack.pattern}` : null;
}

describe('ReDoS', () => {
  const all = [...literals(), ...dynamic];
  let found = new Map<Expr, Diagnostics>();
  beforeAll(async () => {
    found = await verdicts([...all].sort((a, b) => Number(b.checker === 'fuzz') - Number(a.checker === 'fuzz')));
  }, 900_000);

  test('the check finds the expressions and flags a known-bad one', async () => {
    expect(all.length).toBeGreaterThan(150);
    expect(scan.length).toBeGreaterThan(1000);
    const branches = trieBranches(scan);
    expect(branches.length).toBeGreaterThan(10);
    // Branches split where the trie does: each starts with its own first character.
    expect(new Set(branches.map((b) => (b.charAt(0) === '\\' ? b.slice(0, 2) : b.charAt(0)))).size).toBe(branches.length);
    // The filler expression ask-to-ask had before (trimmed): a run of "a?" froze the tab for seconds.
    const before = await verdict({ where: 'old filler', source: '^[\\s,.!?:;…-]*(?:(?:about|a|an|\\?|!|\\.)[\\s,.!?:;…-]*)*$', flags: '' });
    expect(problem(before)).toMatch(/exponential/);
  });

  test.each(all.map((e) => [e.where, e] as const))('%s is safe', (_where, e) => {
    const d = found.get(e);
    expect(d && problem(d)).toBeNull();
  });
});
