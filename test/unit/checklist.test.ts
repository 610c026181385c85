import { describe, expect, test } from 'vitest';
import { analyze } from '../../utils/analyzer/analyze';
import { type Checklist, checklist } from '../../utils/analyzer/checklist';
import type { MessageInput } from '../../utils/analyzer/types';

const P = 'present';
const M = 'missing';
const NA = 'na';

/** [text, expected checklist (null: none shown), why the case exists]. */
const CASES: ReadonlyArray<readonly [string, Checklist | null, string]> = [
  ['quick question', { context: M, ask: M, deadline: NA }, 'issue 14: no request yet, so no deadline to give (was "Deadline ✓")'],
  ['Any ideas?', { context: M, ask: M, deadline: NA }, 'issue 14: an open question asks nothing to be done by a time (was "Deadline ✓")'],
  ['Anyone here familiar with Kafka?', { context: M, ask: M, deadline: NA }, 'ask-to-ask in another wording'],
  ['Could you review my PR?', { context: M, ask: P, deadline: M }, 'a request with nothing around it: which PR, by when'],
  ['Could you review my PR by Thursday noon?', { context: M, ask: P, deadline: P }, 'a time expectation found in the text'],
  ['Could you review my PR? No rush.', { context: M, ask: P, deadline: P }, '"no rush" is a time expectation'],
  ['Could you review PR #231 by Thursday noon?', { context: P, ask: P, deadline: P }, 'an id the reader can find is context'],
  ['Can you send me the doc we talked about?', { context: M, ask: P, deadline: M }, 'missing-context fired'],
  ['Pls forward the invoice ASAP', { context: M, ask: P, deadline: M }, 'ASAP is urgency, not a time expectation'],
  ['Is the EU build green again?', { context: M, ask: P, deadline: NA }, 'a yes/no question: clear, nothing to do by a time'],
  [
    'We moved the launch to Monday because QA found two crashes in the installer. Could you update the release notes by Friday?',
    { context: P, ask: P, deadline: P },
    'background, a reason, a request and a day',
  ],
  [
    'The release notes still describe the old installer and two screenshots are out of date. Could you update them?',
    { context: P, ask: P, deadline: M },
    'a sentence of background beside the ask is context; no day given',
  ],
  ['Deploy finished at 10:02.', null, 'an FYI asks nothing: no checklist'],
  ['hi', null, 'greeting-only has its own finding'],
  ['Need the numbers ASAP!!!', { context: M, ask: P, deadline: M }, 'a need put to the reader is a request; ASAP is no time (as for "Pls forward…")'],
  ['Kannst du mir bitte die Zahlen schicken?', null, 'not English: the checks would guess'],
];

describe('checklist: three states earned by the text', () => {
  test.each(CASES)('%j', (text, expected) => {
    const input: MessageInput = { kind: 'message', surface: 'chat', text };
    expect(checklist(input, analyze(input))).toEqual(expected);
  });

  test('a rule turned off does not turn its item into ✓', () => {
    const input: MessageInput = { kind: 'message', surface: 'chat', text: 'Could you review my PR?' };
    const findings = analyze(input, { rules: { 'no-deadline': { enabled: false } } });
    expect(findings).toEqual([]);
    expect(checklist(input, findings)?.deadline).toBe(M);
  });

  test("quoted history is not the author's ask", () => {
    const input: MessageInput = { kind: 'message', surface: 'email', text: 'Thanks, done.\n\nOn Tue, 3 May 2026, Lena wrote:\n> Could you review my PR?' };
    expect(checklist(input, analyze(input))).toBeNull();
  });
});
