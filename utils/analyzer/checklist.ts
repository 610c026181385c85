/**
 * The request checklist the hint panel shows: context ✓/✗, clear ask ✓/✗, deadline ✓/✗.
 * It appears only for messages that ask something of the reader.
 */
import type { Finding, MessageInput } from './types';

export interface Checklist {
  context: boolean;
  ask: boolean;
  deadline: boolean;
}

const ASKS = /\?|(?<![a-z])(?:can you|could you|would you|please|pls|kindly|need you to|let me know|lmk)(?![a-z])/i;

export function checklist(input: MessageInput, findings: readonly Finding[]): Checklist | null {
  const rules = new Set(findings.map((f) => f.rule));
  const asks = rules.has('no-deadline') || rules.has('vague-ask') || rules.has('ask-to-ask') || ASKS.test(input.text.slice(0, 20_000));
  if (!asks || rules.has('greeting-only')) return null;
  return {
    context: !rules.has('missing-context') && !rules.has('ask-to-ask'),
    ask: !rules.has('vague-ask') && !rules.has('ask-to-ask'),
    deadline: !rules.has('no-deadline') && !rules.has('false-urgency'),
  };
}
