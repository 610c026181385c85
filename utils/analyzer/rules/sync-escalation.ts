import { defineMessageRule } from '../rule';
import { trimRange } from '../text';
import { findCallProposal } from '../clauses';
import { insideQuotes } from '../signals';

// Reasons that make live time the right call; PRODUCT.md's keep-sync kinds.
const LIVE_REASON =
  /(?<![a-z])(?:sensitive|personal|private|confidential|delicate|difficult|hard conversation|tough conversation|conflict|disagree\w*|tension|frustrat\w*|upset|brainstorm\w*|whiteboard|1:1|1-1|1on1|one-on-one|one on one|onboarding session|onboard (?:you|him|her|them)|to onboard|new hire|first day|first week|performance review|performance conversation|your performance|feedback conversation|review feedback|your review|salary|compensation|promotion|health|family|too complex|complicated to write|hard to explain in writing|screen ?share|share (?:my|your|the) screen|pair(?:ing)? on|debug(?:ging)? together|walk you through|live demo|interview|offboard\w*|emotional|wellbeing|well-being|burn ?out|your onboarding|onboarding (?:walk-?through|call)|awkward|(?:rather not|not|hard to|prefer not to|don't want to) (?:put|say|write|discuss|go through) (?:\w+ ){0,2}(?:in writing|in a channel|over (?:chat|email|slack)))(?![a-z])/;
// Reasons about the material rather than the people: strict does not accept them alone.
const PRACTICAL_ONLY =
  /^(?:too complex|complicated to write|hard to explain in writing|screen ?share|pair(?:ing)? on|debug(?:ging)? together|walk you through|live demo|whiteboard|brainstorm\w*)$/;
// Someone proposing the call, not reporting on one.
const PROPOSAL_HEAD =
  /(?:can we|could we|shall we|should we|let's|lets|let us|want to|wanna|do you want to|would you like to|do you have time for|have time for|are you free for|free for|up for|how about|what about|i'd like to|i would like to|happy to|maybe we|we should|we need to|need to|time for|open to|mind if we|prefer to|would it make sense to|does it make sense to|makes sense to|worth|time to|we could|could we maybe|can you|could you|would you|will you|easier to|faster to|simpler to|quicker to|better to|better we|suggest we|propose we|i suggest|i'd suggest|i would suggest|we do|let's do|lets do|we can do|can we do)\s+$/;

/**
 * The words before a call word start with a proposal, up to six words back ("can we hop on a
 * quick …"). Word by word from the end: one expression with a repeated optional word group
 * backtracked polynomially.
 */
function proposes(before: string): boolean {
  if (!/\s$/.test(before)) return false;
  let rest = before;
  for (let words = 0; words <= 6; words++) {
    if (PROPOSAL_HEAD.test(rest)) return true;
    let end = rest.length;
    while (end > 0 && /\s/.test(rest.charAt(end - 1))) end--;
    while (end > 0 && !/\s/.test(rest.charAt(end - 1))) end--;
    if (end === 0) return false;
    rest = rest.slice(0, end);
  }
  return false;
}

/*
 * Hit: "Can we hop on a quick call about the roadmap?"
 * Not: "I'd like to talk through your review feedback live — it's a sensitive one."
 */
export default defineMessageRule({
  meta: {
    kind: 'message',
    id: 'sync-escalation',
    severity: 'info',
    english: true,
    example: 'Can we hop on a quick call about the roadmap?',
    passes: 'I’d like to talk through your review feedback live — it’s a sensitive one.',
    messages: ['syncEscalation'],
    checksWithoutHits: true,
    lexicon: {
      call: [
        '(set up|find|grab|book|schedule|block) some time',
        '(jitsi|webex|skype|facetime|whatsapp call|whatsapp video|video call|voice call|phone call|teams meeting|discord call|slack call|slack huddle)',
        'sync',
        'sync?',
        'call',
        'quick call',
        'a call',
        'a quick call',
        'zoom',
        'a zoom',
        'quick zoom',
        'a quick zoom',
        'meet',
        'a meet',
        'google meet',
        'teams call',
        'a teams call',
        'huddle',
        'a huddle',
        'quick huddle',
        'quick chat',
        'a quick chat',
        'quick sync',
        'a quick sync',
        'sync live',
        'talk live',
        'discuss live',
        'chat live',
        'jump on',
        'hop on',
        'get on',
        'meet to discuss',
        'meeting to discuss',
        'a meeting',
        'set up a meeting',
        'set up a call',
        'schedule a call',
        'schedule a meeting',
        'book a call',
        'book a meeting',
        'face to face',
        'f2f',
        'in person',
        'talk it through',
        'talk this through',
        'talk through',
        'discuss this live',
        'discuss it live',
        'on a call',
        'hop on a call',
        'jump on a call',
        "let's meet",
        'lets meet',
        'sync up',
        'sync on this',
        'sync on it',
        'catch up live',
      ],
    },
    sensitivity: true,
    suggestion: { template: true, templateKind: 'context-ask-deadline' },
  },
  check({ draft, hits, sensitivity, report }) {
    const body = draft.lower.slice(0, draft.authoredEnd);
    if (sensitivity === 'relaxed' && draft.wordCount > 25) return;
    // Read only once a proposal is found: most messages propose no call.
    const justified = () => LIVE_REASON.test(body) && (sensitivity !== 'strict' || !PRACTICAL_ONLY.test(body.match(LIVE_REASON)?.[0] ?? ''));
    for (const hit of hits) {
      const s = draft.sentenceAt(hit.start);
      const before = draft.lower.slice(Math.max(s.start, hit.start - 80), hit.start);
      const word = draft.lower.slice(hit.start, hit.end);
      const proposal =
        proposes(before) ||
        /^(?:let's|lets) meet/.test(word) ||
        ((word.endsWith('?') || /\?\s*$/.test(draft.lower.slice(hit.end, s.end + 1))) &&
          /^(?:quick |a quick |a )?(?:call|zoom|huddle|sync|chat)/.test(word) &&
          before.trim().length < 12);
      if (!proposal || insideQuotes(draft, hit.start)) continue;
      // "call" needs to be the meeting kind, not "call the API" or "call me Anna".
      if (word === 'call' && !/(?:a|quick|short|brief|the|on|video|zoom|phone|teams)\s+$/.test(before)) continue;
      // "who's on call tonight?": the duty, not a call.
      if (word === 'call' && /(?:who's|who is|is|are|am|be|being|was|were|i'm|you're|he's|she's|they're|we're|still|currently|not)\s+on\s+$/.test(before))
        continue;
      // "the doc from the call", "on today's call": the call as a past or named event.
      if (/(?:from|after|during|since|in|at)\s+(?:the|that|this|today's|yesterday's|our)\s+$/.test(before)) continue;
      if (
        (word === 'jump on' || word === 'hop on' || word === 'get on') &&
        !/^\s*(?:a\s+)?(?:quick\s+|short\s+)?(?:call|zoom|meet|huddle|teams|hangout|video|whatsapp|jitsi|webex|skype|facetime|discord)/i.test(
          draft.lower.slice(hit.end, hit.end + 24),
        )
      )
        continue;
      if (
        word === 'meet' &&
        !/(?:a|quick|google)\s+$/.test(before) &&
        !/^\s*(?:to discuss|about|and discuss|up|today|tomorrow|later)/.test(draft.lower.slice(hit.end, hit.end + 20))
      )
        continue;
      if (!justified()) report({ messageId: 'syncEscalation', start: hit.start, end: hit.end });
      return;
    }
    if (sensitivity === 'relaxed') return;
    // Any register: "ring me", "mind if I phone you?", "sending you an invite so we can go over it".
    for (let from = 0; from < body.length;) {
      const c = findCallProposal(body, from);
      if (!c) return;
      from = c.end + 1;
      if (insideQuotes(draft, c.start) || insideQuotes(draft, c.end - 1)) continue;
      if (!justified()) report({ messageId: 'syncEscalation', ...trimRange(body, c) });
      return;
    }
  },
});
