import { defineMessageRule } from '../rule';
import { hasReason, insideQuotes, time } from '../signals';
import type { Draft } from '../text';
import { findRequests, requestIn } from './no-deadline';

/** Someone is asked to do something in the sentence at `at` (the no-deadline rule's request reading). */
function sentenceAsks(d: Draft, at: number): boolean {
  return requestIn(d, d.sentenceAt(at));
}

const ASKING = /\?|(?<![a-z])(?:need|needs|needed|please|pls|plz|kindly|someone|somebody|anyone|anybody|can you|could you|can u|must|have to)(?![a-z])/;

/** The message asks for something somewhere (a request, a question, a need). */
function asksAnything(d: Draft): boolean {
  const body = d.lower.slice(0, d.authoredEnd);
  return ASKING.test(body) || findRequests(d, d.hits?.get('no-deadline') ?? [], 'balanced', 1).length > 0;
}

/** "Emergency Evacuation Plan": a capitalised word followed by another, as in a title or a name. */
function inTitle(d: Draft, start: number, end: number): boolean {
  const word = d.text.slice(start, end);
  if (word === word.toUpperCase() || !/^[A-Z]/.test(word)) return false;
  return /^[ -][A-Z][a-z]/.test(d.text.slice(end, end + 3));
}

// Harmless uses: the word names a thing or a category, or says the opposite.
const HARMLESS_AFTER =
  /^(?:[- ]care|[- ]contact|[- ]room|[- ]exit|[- ]fund|[- ]services?|[- ]number|[- ]kit|[- ]brake|[- ]department|[- ]dept|[- ]shelter|[- ]ward|[- ]medicine|[- ]medical|[- ]drill|[- ]procedures?|[- ]plan|[- ]lighting|[- ]eyewash|[- ]generator|[- ]vehicle|[- ]repair|[- ]stop|[- ]tier|[- ]shipping|[- ](?:patch|release|fix|hotfix|update|change|maintenance|access|meeting|rota|cover|line)(?![a-z])|[- ]response (?:plan|team)|[- ]?\/\s*important|\s+(?:and|or|vs\.?|but not|&)\s+(?:not\s+)?important|[- ]matrix|\s+we\s|\s+(?:we're|we are|it's|it is|there's|there are|i'm|i am|we have|we use|the|our|my|this)\b)/;
const CLASSIFIES_AFTER =
  /^[\s-]+(?:bugs?|issues?|tickets?|items?|tasks?|fix(?:es)?|features?|list|queue|incidents?|defects?|requests?|stories|story|category|label)(?![a-z])/;
const DESCRIBES_BEFORE = /(?<![a-z])(?:it's|its|it is|is|are|was|were|i'm|im|we're|they're|there's|there are|we have|we use|i have)(?![a-z])/;
/** Where the clause holding `at` starts (after the last , ; : . ! ? or line end). */
function clauseStart(t: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && i > at - 200 && !',;:.!?\n'.includes(t.charAt(i))) i--;
  return i + 1;
}
const SUBJECT_URGENT = /(?<![a-z])(?:urgent|asap|emergency|immediately|high prio(?:rity)?|top priority)(?![a-z])|!!!/;
// "the ASAP flag", "an urgent label": the word names a marker, not a demand.
const MARKER_AFTER = /^[- ](?:flag|label|tag|status|field|queue|column|ticket type|bucket)(?![a-z])/;
const NEGATED_BEFORE = /(?:not|no|non|nothing|isn't|is not|wasn't|never|no need to|don't|doesn't|not that|less|anything)[\s-]*$/;
// Reported speech: "the caller said it was an emergency".
const NARRATED = /(?:said|says|thought|felt|called it|it was|was not|wasn't|marked (?:it )?as|flagged (?:it )?as|tagged as)\s+(?:an?\s+)?$/;
// Told as a past event: "the team noticed straight away that…".
const PAST_BEFORE = /(?:noticed|saw|spotted|realised|realized|knew|replied|responded|answered|reacted|fixed it|sorted it|started|agreed|got back)\s+$/;
const QUESTION_ABOUT = /(?:is (?:it|this|that)|how|was (?:it|this)|what's|what is|define)\s*(?:really\s*)?$/;

/*
 * Hit: "Need the numbers ASAP!!!"
 * Not: "Need the numbers by 14:00 — the board call starts then.", "the urgent-care appointment moved"
 */
export default defineMessageRule({
  meta: {
    kind: 'message',
    id: 'false-urgency',
    severity: 'warn',
    english: true,
    checksWithoutHits: true,
    example: 'Need the numbers ASAP!!!',
    passes: 'Need the numbers by 14:00 — the board call starts then.',
    messages: ['falseUrgency'],
    lexicon: {
      urgent: [
        'asap',
        'a.s.a.p',
        'urgent',
        'urgently',
        'immediately',
        'right now',
        'rn',
        'right away',
        'straight away',
        'emergency',
        'drop everything',
        'top priority',
        'highest priority',
        'high prio',
        'high priority',
        'need this yesterday',
        'needed yesterday',
        'p1 please',
        'stop whatever you',
        'drop what you',
        'drop what ur',
        'super urgent',
        'very urgent',
        'extremely urgent',
        'critical',
        'time sensitive',
        'time-sensitive',
        'need it now',
        'need this now',
        'now please',
        'help!',
        'help!!',
        'sos',
      ],
    },
    sensitivity: true,
    suggestion: { template: true, templateKind: 'context-ask-deadline', data: (ctx) => ({ urgent: ctx.responseNorms.urgent }) },
  },
  check({ draft, hits, sensitivity, report }) {
    const candidates = [...hits];
    // Three or more exclamation marks shout without saying why.
    // Celebration ("we hit 10k subscribers!!!", "thanks for the help!!!") asks nobody for anything.
    const bang = draft.lower.indexOf('!!!');
    if (bang !== -1 && bang < draft.authoredEnd && asksAnything(draft)) candidates.push({ tag: 'bang', start: bang, end: bang + 3 });
    // "URGENT!!!" in the subject over a body with no time or reason.
    const subjectWord = SUBJECT_URGENT.exec(draft.subject);
    const subjectUrgent =
      subjectWord !== null &&
      !/(?:not|non|no)[\s-]+urgent/.test(draft.subject) &&
      // "Emergency contact updated", "Emergency Response Plan v3": a thing named, not a demand.
      !HARMLESS_AFTER.test(draft.subject.slice(subjectWord.index + subjectWord[0].length));
    if (candidates.length === 0 && !subjectUrgent) return;
    if (time(draft).concrete || hasReason(draft)) return;
    for (const hit of candidates.sort((a, b) => a.start - b.start)) {
      const word = draft.lower.slice(hit.start, hit.end);
      const before = draft.lower.slice(Math.max(0, hit.start - 24), hit.start);
      const after = draft.lower.slice(hit.end, hit.end + 24);
      // 'Drop everything' as a quoted label or name is not a demand.
      if (insideQuotes(draft, hit.start)) continue;
      if (hit.tag !== 'bang') {
        if (NEGATED_BEFORE.test(before) || QUESTION_ABOUT.test(before) || NARRATED.test(before)) continue;
        if ((word === 'urgent' || word === 'emergency' || word === 'right now' || word === 'rn' || word === 'critical') && HARMLESS_AFTER.test(after)) continue;
        // "that's a high priority bug": a kind of ticket, not a demand.
        if (/priority|prio|critical|urgent/.test(word) && CLASSIFIES_AFTER.test(after)) continue;
        // "it's in trunk right now, but …": where things stand, not when to act.
        if ((word === 'right now' || word === 'rn') && DESCRIBES_BEFORE.test(draft.lower.slice(clauseStart(draft.lower, hit.start), hit.start))) continue;
        if (MARKER_AFTER.test(after) || PAST_BEFORE.test(before) || inTitle(draft, hit.start, hit.end)) continue;
        if (word === 'critical' && sensitivity !== 'strict') continue;
        // "right now"/"immediately" are urgent only when asking for something.
        if (
          (word === 'right now' || word === 'rn' || word === 'immediately' || word === 'straight away' || word === 'right away') &&
          !/(?:need|want|send|fix|do|call|come|stop|give|get|reply|respond|answer|look|check|please|can you|could you|!)/.test(
            draft.lower.slice(draft.sentenceAt(hit.start).start, hit.end + 2),
          ) &&
          !sentenceAsks(draft, hit.start)
        )
          continue;
      }
      if (word.startsWith('help') && /(?:to|glad|happy|can|will|could|of|the|your|for)\s*$/.test(before)) continue;
      report({ messageId: 'falseUrgency', start: hit.start, end: hit.end, data: { word: draft.text.slice(hit.start, hit.end) } });
      return;
    }
    if (subjectUrgent) report({ messageId: 'falseUrgency', data: { word: 'urgent' } });
  },
});
