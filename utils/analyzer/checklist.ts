/**
 * The request checklist the hint panel shows: context, clear ask and deadline, each
 * present (✓), missing (✗) or not applicable (—). It appears only for messages that ask
 * something of the reader. Each ✓ is earned by what the text says, never by a rule's
 * silence: "quick question" has no deadline because it asks nothing yet, not because
 * `no-deadline` did not fire.
 */
import { Lexicon } from './lexicon';
import { findRequests, REQUEST_LEXICON } from './rules/no-deadline';
import { hasReason, hasSpecifics, hasTimeExpectation } from './signals';
import { countWords, Draft, type Range } from './text';
import { TIME_LEXICON } from './time';
import type { Finding, MessageInput } from './types';

export type CheckState = 'present' | 'missing' | 'na';

export interface Checklist {
  context: CheckState;
  ask: CheckState;
  deadline: CheckState;
}

/** Words of background beside the ask ("We ship the EU build on Monday and QA found two crashes.") that count as context. */
const BACKGROUND_WORDS = 8;

let lexicon: Lexicon | null = null;

/** Time and request phrases in one scan: the same phrases `no-deadline` reads. */
function scan(d: Draft): void {
  lexicon ??= new Lexicon(
    Object.entries(TIME_LEXICON)
      .flatMap(([tag, phrases]) => phrases.map((phrase) => ({ rule: 'time', tag, phrase })))
      .concat(Object.entries(REQUEST_LEXICON).flatMap(([tag, phrases]) => phrases.map((phrase) => ({ rule: 'request', tag, phrase })))),
  );
  d.hits = lexicon.scan(d.lower, d.authoredEnd);
}

/** Sentences that end in a question mark, in the author's text. */
function questions(d: Draft): Range[] {
  const out: Range[] = [];
  const body = d.lower.slice(0, d.authoredEnd);
  for (let q = body.indexOf('?'); q !== -1; q = body.indexOf('?', q + 1)) out.push(d.sentenceAt(q));
  return out;
}

/** Words outside the sentences that ask: the part of the message that is not the ask. */
function wordsBeside(d: Draft, asks: readonly Range[]): number {
  const sentences = new Map<number, Range>();
  for (const r of asks) {
    const s = d.sentenceAt(r.start);
    sentences.set(s.start, s);
  }
  let inAsks = 0;
  for (const s of sentences.values()) inAsks += countWords(d.lower, s.start, s.end);
  return d.wordCount - inAsks;
}

export function checklist(input: MessageInput, findings: readonly Finding[]): Checklist | null {
  const rules = new Set(findings.map((f) => f.rule));
  if (rules.has('greeting-only')) return null;
  const d = new Draft(input.text.slice(0, 20_000), input.surface, input.subject);
  // The checks read English; in another language a ✓ or ✗ would be a guess.
  if (d.authored.end <= d.authored.start || !d.english) return null;
  scan(d);
  const requests = findRequests(d, d.hits?.get('request') ?? [], 'balanced');
  const asked = questions(d);
  const flaggedAsk = rules.has('vague-ask') || rules.has('ask-to-ask');
  if (requests.length === 0 && asked.length === 0 && !flaggedAsk && !rules.has('no-deadline')) return null;

  // A request to act has a "by when"; a question or an announced topic has none to give yet.
  const actionable = requests.length > 0 || rules.has('no-deadline') || (rules.has('false-urgency') && !flaggedAsk);
  const contextFound = hasSpecifics(d) || hasReason(d) || wordsBeside(d, [...requests, ...asked]) >= BACKGROUND_WORDS;
  return {
    context: rules.has('missing-context') || rules.has('ask-to-ask') || !contextFound ? 'missing' : 'present',
    ask: flaggedAsk ? 'missing' : 'present',
    deadline: !actionable ? 'na' : hasTimeExpectation(d) ? 'present' : 'missing',
  };
}
