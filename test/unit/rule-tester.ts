/**
 * A small RuleTester in ESLint's spirit: `valid` cases must not fire the rule, `invalid`
 * cases must fire exactly the listed messages at exactly the listed ranges. Every case
 * says why it exists; a duplicate case or an unknown messageId fails the table.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../utils/analyzer/analyze';
import { allRules } from '../../utils/analyzer/registry';
import type { AnalyzeContext, EventInput, Finding, FindingData, Surface } from '../../utils/analyzer/types';
import { findingText } from '../../utils/i18n/finding-text';

interface MessageCase {
  text: string;
  surface?: Surface;
  subject?: string;
  ctx?: Partial<AnalyzeContext>;
  why: string;
}
type EventCase = Partial<Omit<EventInput, 'kind'>> & { ctx?: Partial<AnalyzeContext>; why: string };

interface Expected {
  messageId: string;
  /** The exact text the finding underlines (first occurrence), or explicit offsets. */
  at?: string;
  start?: number;
  end?: number;
  /** Values the message was filled with. */
  data?: FindingData;
  /** Words the message reads in English once its values are filled in. */
  message?: string;
}

export interface MessageTable {
  valid: MessageCase[];
  invalid: Array<MessageCase & { errors: Expected[] }>;
}
export interface EventTable {
  valid: EventCase[];
  invalid: Array<EventCase & { errors: Expected[] }>;
}

const BASE_EVENT: Omit<EventInput, 'kind'> = {
  title: 'Sync',
  description: '',
  guests: 0,
  durationMinutes: 30,
  recurring: false,
  recurrenceEnds: false,
};

function ruleById(id: string) {
  const rule = allRules.find((r) => r.meta.id === id);
  if (!rule) throw new Error(`unknown rule ${id}`);
  return rule;
}

function checkTable(id: string, cases: Array<{ why: string }>): void {
  const seen = new Set<string>();
  const rule = ruleById(id);
  for (const c of cases) {
    const { why: _why, ...input } = c as { why: string; errors?: Expected[] };
    delete (input as { errors?: unknown }).errors;
    const key = JSON.stringify(input);
    if (seen.has(key)) throw new Error(`${id}: duplicate case ${key}`);
    seen.add(key);
    if (!c.why) throw new Error(`${id}: case without a reason: ${key}`);
    for (const e of (c as { errors?: Expected[] }).errors ?? []) {
      if (!rule.meta.messages.includes(e.messageId)) throw new Error(`${id}: unknown messageId "${e.messageId}"`);
    }
  }
}

function resolveRange(text: string, e: Expected): { start?: number; end?: number } {
  if (e.at !== undefined) {
    const start = text.indexOf(e.at);
    if (start === -1) throw new Error(`range text "${e.at}" is not in the case text`);
    return { start, end: start + e.at.length };
  }
  return e.start === undefined ? {} : { start: e.start, end: e.end };
}

/** The finding's words come from locales/en.yml with every placeholder filled, and say what the case expects. */
function expectWords(f: Finding, e: Expected | undefined): void {
  const { message } = findingText(f);
  expect(message).toMatch(/\p{L}{3}/u);
  expect(message).not.toMatch(/\{\w+\}/);
  if (e?.data) expect(f.data).toMatchObject(e.data);
  if (e?.message) expect(message).toContain(e.message);
}

export function testMessageRule(id: string, table: MessageTable): void {
  checkTable(id, [...table.valid, ...table.invalid]);
  describe(id, () => {
    test.each(table.valid.map((c) => [c.why, c] as const))('valid: %s', (_why, c) => {
      const found = analyze({ kind: 'message', surface: c.surface ?? 'chat', text: c.text, subject: c.subject }, c.ctx).filter((f) => f.rule === id);
      expect(
        found.map((f) => ({ messageId: f.messageId, start: f.start, end: f.end, text: f.start === undefined ? undefined : c.text.slice(f.start, f.end) })),
      ).toEqual([]);
    });
    test.each(table.invalid.map((c) => [c.why, c] as const))('invalid: %s', (_why, c) => {
      const found = analyze({ kind: 'message', surface: c.surface ?? 'chat', text: c.text, subject: c.subject }, c.ctx).filter((f) => f.rule === id);
      const rule = ruleById(id);
      expect(found.map((f) => ({ messageId: f.messageId, ...(f.start === undefined ? {} : { start: f.start, end: f.end }) }))).toEqual(
        c.errors.map((e) => ({ messageId: e.messageId, ...resolveRange(c.text, e) })),
      );
      for (const [i, f] of found.entries()) {
        expect(f.severity).toBe(rule.meta.severity);
        expectWords(f, c.errors[i]);
      }
    });
  });
}

export function testEventRule(id: string, table: EventTable): void {
  checkTable(id, [...table.valid, ...table.invalid]);
  const run = (c: EventCase) => {
    const { why: _why, ctx, ...rest } = c as EventCase & { errors?: Expected[] };
    delete (rest as { errors?: unknown }).errors;
    return analyze({ kind: 'event', ...BASE_EVENT, ...rest }, ctx).filter((f) => f.rule === id);
  };
  describe(id, () => {
    test.each(table.valid.map((c) => [c.why, c] as const))('valid: %s', (_why, c) => {
      expect(run(c).map((f) => f.messageId)).toEqual([]);
    });
    test.each(table.invalid.map((c) => [c.why, c] as const))('invalid: %s', (_why, c) => {
      const found = run(c);
      expect(found.map((f) => f.messageId)).toEqual(c.errors.map((e) => e.messageId));
      for (const [i, f] of found.entries()) expectWords(f, c.errors[i]);
    });
  });
}
