import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { processLine } from '../../scripts/nudge';

const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/nudge.ts', ...args], { input, encoding: 'utf8', cwd: process.cwd() });

describe('nudge CLI', () => {
  test('one JSON line per input, in order, with rule, severity, message and range', () => {
    const lines = [
      JSON.stringify({ id: 'a', kind: 'message', surface: 'chat', text: 'hi' }),
      JSON.stringify({ id: 'b', kind: 'message', surface: 'email', text: 'Could you review my PR by Thursday noon?' }),
      JSON.stringify({
        id: 3,
        kind: 'event',
        title: 'Weekly status update',
        description: '',
        guests: 12,
        durationMinutes: 30,
        recurring: false,
        recurrenceEnds: false,
      }),
    ];
    const r = run([], `${lines.join('\n')}\n`);
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 3]);
    expect(out[0].findings).toEqual([
      { rule: 'greeting-only', severity: 'warn', messageId: expect.any(String), message: expect.any(String), start: 0, end: 2 },
    ]);
    expect(out[1].findings).toEqual([]);
    expect(out[2].findings.map((f: { rule: string }) => f.rule).sort()).toEqual(['large-meeting', 'meeting-cost', 'no-agenda', 'status-meeting']);
  });

  test('bad lines get a clear error, processing continues, exit code 1', () => {
    const r = run(
      [],
      [
        '{not json',
        JSON.stringify({ id: 7, kind: 'message', surface: 'fax', text: 'x' }),
        JSON.stringify({ id: 8, kind: 'message', surface: 'chat', text: 'ping' }),
      ].join('\n'),
    );
    expect(r.status).toBe(1);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out[0]).toEqual({ id: null, error: expect.stringMatching(/^not valid JSON/) });
    expect(out[1]).toEqual({ id: 7, error: expect.stringMatching(/surface/) });
    expect(out[2].findings[0].rule).toBe('greeting-only');
  });

  test('a text argument prints human-readable findings', () => {
    const r = run(['Need the numbers ASAP!!!']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('false-urgency');
    expect(r.stdout).toContain('why:');
    // A need with only ASAP is a request with no time: no-deadline too (PRODUCT.md, "Reading real messages").
    expect(r.stdout).toContain('no-deadline');
    expect(r.stdout).toMatch(/2 findings \(2 warn, 0 info\)/);
  });

  test('context on a line drives clock rules', () => {
    const { out, ok } = processLine(
      JSON.stringify({ id: 'c', kind: 'message', surface: 'chat', text: 'deploy done', context: { now: '2026-11-28T10:00:00Z', timeZone: 'UTC' } }),
    );
    expect(ok).toBe(true);
    expect(JSON.parse(out).findings.map((f: { rule: string }) => f.rule)).toEqual(['after-hours']);
  });

  test('an invalid start time is reported with the field name', () => {
    const { out, ok } = processLine(
      JSON.stringify({
        id: 'e',
        kind: 'event',
        title: 't',
        description: '',
        guests: 1,
        durationMinutes: 30,
        recurring: false,
        recurrenceEnds: false,
        start: 'soon',
      }),
    );
    expect(ok).toBe(false);
    expect(JSON.parse(out).error).toMatch(/start/);
  });
});
