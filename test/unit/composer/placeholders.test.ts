/** Unfilled template placeholders keep their finding: the runtime blanks them before the analyzer reads the draft. */
import { describe, expect, test } from 'vitest';
import { analyze } from '@/utils/analyzer/analyze';
import type { EventInput } from '@/utils/analyzer/types';
import { judgedText } from '@/utils/sites/composer/check';
import { fragmentsOf, maskUnfilled, placeholderFragments } from '@/utils/sites/composer/placeholders';

const rules = (text: string) => analyze({ kind: 'message', surface: 'email', text: judgedText(text) }).map((f) => f.rule);
const event = (description: string): EventInput => ({
  kind: 'event',
  title: 'Planning',
  description,
  guests: 3,
  durationMinutes: 30,
  recurring: false,
  recurrenceEnds: false,
});
const eventRules = (description: string) => analyze({ ...event(description), description: judgedText(description) }).map((f) => f.rule);

describe('fragments', () => {
  test('each placeholder with its label, a greeting before the label left out', () => {
    expect(placeholderFragments('Hi! Context: … Question: … Needed by: …')).toEqual(['Context: …', 'Question: …', 'Needed by: …']);
    expect(placeholderFragments(' — needed by …')).toEqual(['— needed by …']);
    expect(placeholderFragments('Goal: …\nTopics:\n- …')).toEqual(['Goal: …', '- …']);
  });

  test('a bare "…" is the person\u2019s own ellipsis, never masked', () => {
    expect(placeholderFragments('…')).toEqual([]);
    expect(maskUnfilled('well… could you check?', fragmentsOf(['Goal: …']))).toBe('well… could you check?');
  });

  test('masking keeps every offset: same length, only the fragment blanked', () => {
    const text = 'Could you review my PR — needed by …?';
    const masked = maskUnfilled(text, fragmentsOf([' — needed by …']));
    expect(masked).toHaveLength(text.length);
    expect(masked).toBe(`Could you review my PR ${' '.repeat('— needed by …'.length)}?`);
  });

  test('a heading goes with the blanked line under it, not with a filled one', () => {
    const f = fragmentsOf(['Goal: …\nTopics:\n- …\n- …']);
    expect(maskUnfilled('Goal: ship\nTopics:\n- …', f)).toBe(`Goal: ship\n${' '.repeat(7)}\n   `);
    expect(maskUnfilled('Topics:\n- budget\n- …', f)).toBe('Topics:\n- budget\n   ');
  });
});

describe('an unfilled template is no fix', () => {
  test.each([
    // Why each case exists: issue 14 found each of these cleared by its unfilled template.
    ['ask-to-ask', 'quick question\n\nQuestion: …\nWhat I tried: …\nNeeded by: …'],
    ['false-urgency', 'Need the numbers ASAP!!! Needed by … because …'],
    ['no-deadline', 'Could you review my PR — needed by …?'],
    ['missing-context', 'Can you send me the doc we talked about?\n\nContext: (link / quote / which one) …\nAsk: …\nBy when: …'],
  ])('%s stays while its template is unfilled', (rule, text) => {
    expect(rules(text)).toContain(rule);
  });

  test.each([
    ['false-urgency', 'Need the numbers ASAP!!! Needed by 14:00 because the board call starts then.'],
    ['no-deadline', 'Could you review my PR — needed by Friday?'],
  ])('%s goes once the placeholders are filled', (rule, text) => {
    expect(rules(text)).not.toContain(rule);
  });

  test('"Goal: …" alone does not clear no-agenda; a filled goal does', () => {
    expect(eventRules('Goal: …\nTopics:\n- …\n- …\nPre-read: …\nDecision needed: …')).toContain('no-agenda');
    expect(eventRules('Goal: …')).toContain('no-agenda');
    expect(eventRules('Goal: pick the Q3 vendor\nTopics:\n- …\n- …\nPre-read: …\nDecision needed: …')).not.toContain('no-agenda');
  });
});
