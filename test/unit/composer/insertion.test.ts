/** Where an inserted template goes: it must read naturally, with the spacing and punctuation a person would use. */
import { describe, expect, test } from 'vitest';
import { analyze } from '@/utils/analyzer/analyze';
import type { Finding } from '@/utils/analyzer/types';
import { planInsert } from '@/utils/sites/composer/insertion';

const apply = (text: string, plan: { at: number; text: string }) => text.slice(0, plan.at) + plan.text + text.slice(plan.at);
const finding = (text: string, rule: string): Finding => {
  const f = analyze({ kind: 'message', surface: 'email', text }).find((x) => x.rule === rule);
  if (!f) throw new Error(`${rule} did not fire on ${JSON.stringify(text)}`);
  return f;
};
const insert = (text: string, rule: string, template: string) => apply(text, planInsert(text, finding(text, rule), template));

describe('a deadline clause ends the request sentence', () => {
  test.each([
    ['Could you review my PR?', 'Could you review my PR — needed by …?'],
    ['Could you review my PR', 'Could you review my PR — needed by …'],
    ['Could you review my PR? Thanks!', 'Could you review my PR — needed by …? Thanks!'],
    ['Hi Lena,\n\ncould you review the Q3 pricing doc?\n\n-- \nAnna', 'Hi Lena,\n\ncould you review the Q3 pricing doc — needed by …?\n\n-- \nAnna'],
    ['Please send the invoice.  ', 'Please send the invoice — needed by ….  '],
  ])('%j', (draft, expected) => {
    expect(insert(draft, 'no-deadline', ' — needed by …')).toBe(expected);
  });
});

describe('a one-line sentence follows the flagged sentence', () => {
  test('false urgency', () => {
    expect(insert('Need the numbers ASAP!!!', 'false-urgency', 'Needed by … because …')).toBe('Need the numbers ASAP!!! Needed by … because …');
    expect(insert('Need the numbers ASAP!!! Thanks', 'false-urgency', 'Needed by … because …')).toBe('Need the numbers ASAP!!! Needed by … because … Thanks');
  });
});

describe('a multi-line template gets its own paragraph', () => {
  const TEMPLATE = 'Question: …\nWhat I tried: …\nNeeded by: …';
  test('after the flagged paragraph', () => {
    expect(insert('quick question', 'ask-to-ask', TEMPLATE)).toBe(`quick question\n\n${TEMPLATE}`);
    expect(insert('quick question\n\nCheers', 'ask-to-ask', TEMPLATE)).toBe(`quick question\n\n${TEMPLATE}\n\nCheers`);
  });

  test('above a signature when nothing is flagged', () => {
    const f: Finding = { ...finding('quick question', 'ask-to-ask'), start: undefined, end: undefined };
    const text = 'Hello\n\n-- \nAnna';
    expect(apply(text, planInsert(text, f, 'Goal: …\nTopics:'))).toBe('Hello\n\nGoal: …\nTopics:\n\n-- \nAnna');
  });

  test('in an empty box, at the start with nothing before it', () => {
    const f: Finding = { ...finding('quick question', 'ask-to-ask'), start: undefined, end: undefined };
    expect(planInsert('', f, 'Goal: …\nTopics:')).toEqual({ at: 0, text: 'Goal: …\nTopics:' });
  });

  test('a greeting-only draft keeps its greeting; the template\u2019s own is dropped', () => {
    expect(insert('hi', 'greeting-only', 'Hi! Context: … Question: … Needed by: …')).toBe('hi\n\nContext: … Question: … Needed by: …');
  });
});
