import { asksForInput, clauses } from '../clauses';
import { defineMessageRule } from '../rule';
import { type Range, trimRange } from '../text';
import { hasTimeExpectation, urls } from '../signals';

// What turns "thoughts?" into a question someone can answer in one reply.
const GOAL =
  /(?<![a-z])(?:goal|aim|objective|purpose|problem|issue is|because|since|so that|so we can|in order to|trying to|we need to|need to decide|the question is|context:|background:|currently|right now we|at the moment|trade-?offs?|pros and cons|i suspect|my guess|hypothesis|happens if|would happen if|traceback|stack trace|error|exception|fails|failing|crash\w*|doesn't work|does not work|i tried|i get|i'm getting|i am getting|can't|cannot|unable to)(?![a-z])/;
const OPTIONS =
  /(?<![a-z])(?:options?\s*(?::|are\b(?!\s+(?:in|at|on|here|there|up|ready|attached|pinned|posted|linked|below|above)\b)|include|would be|is to)|alternatives?|either|versus|vs\.?|a or b|plan a|plan b|approach(?:es)? (?:is|are|would)|(?:my|our) proposal is|proposal:|propose|proposing|i suggest|i'd suggest|suggestion is|my take|i think we should|i'd go with|i lean|leaning towards|recommend|pros?:|cons?:)(?![a-z])|\?[^?\n]*\bor\b|\bor\b[^.?!\n]*\?/;
// "option A … option B", "option 1 (…), option 2 (…)": options laid out; "the cover art options are in #art" only names them.
const OPTION_NAMED = /(?<![a-z])option\s+([a-z0-9])(?![a-z0-9])/g;
function twoOptions(body: string): boolean {
  const seen = new Set<string>();
  OPTION_NAMED.lastIndex = 0;
  for (let m = OPTION_NAMED.exec(body); m; m = OPTION_NAMED.exec(body)) seen.add(m[1] ?? '');
  return seen.size >= 2;
}
const DECISION =
  /(?<![a-z])(?:decide|deciding|decision|choose|choosing|pick|approve|approval|sign off|sign-off|go\/no-go|go or no-go|yes or no|yes\/no|thumbs up|👍 or 👎|vote|agree or disagree|ok to|okay to|fine to|good to go|lgtm)(?![a-z])/;
const SPECIFIC_FEEDBACK =
  /(?<![a-z])(?:especially|specifically|in particular|particularly|mainly|mostly|focus on|focusing on|looking for (?:feedback|input|thoughts) on|feedback on whether|whether|is it clear|is this clear|missing anything|did i miss|page \d|slide \d)(?![a-z])/;

// What an open ask asks for ("comments", "thoughts", "what do you think", "anything to add").
const INPUT_CUE = /comment|thought|input|feedback|view|opinion|reaction|impression|suggestion|idea|remark|take|critique|think|reckon|to add/;
// Constraints given ("budget £30/head, needs step-free access") make it an answerable ask.
const CRITERIA = /(?<![a-z])(?:budget(?:(?: of| is|:)\s*[$€£]?|\s*[$€£])\d|criteria|requirements?|must|needs? to|has to|constraints?)(?![a-z])/;

const ASKING_FOR =
  /(?:would like|would love|'d like|'d love|want|need|like|love|share|give|send|appreciate|welcome|what is|what's|whats|get|hear|have|seek|seeking|invite|request)\s+(?:to\s+(?:have|get|hear)\s+)?(?:me\s+|us\s+)?$/;

// "…is asking if we support SAML. pls advise", "Per my last email, please advise": the question is put, or lies elsewhere.
const ADVICE_ON = /\?|(?<![a-z])(?:if|whether|ask|asks|asking|asked|question|per my|see below|below)(?![a-z])/;

const EMOJI = /\p{Extended_Pictographic}+/gu;

/** A clause cut at its emoji. */
function piecesOf(text: string, c: Range): Range[] {
  const out: Range[] = [];
  let start = c.start;
  EMOJI.lastIndex = c.start;
  for (let m = EMOJI.exec(text); m && m.index < c.end; m = EMOJI.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (c.end > start) out.push({ start, end: c.end });
  return out;
}

/** The word is a whole sentence: nothing but punctuation or emoji around it. */
function standsAlone(t: string, start: number, end: number): boolean {
  return (
    /(?:^|[.?!:\n]\s*)$/.test(t.slice(Math.max(0, start - 3), start).trimEnd() ? t.slice(Math.max(0, start - 3), start) : '\n') &&
    /^\s*(?:[?.!…]|\p{Extended_Pictographic}|:\w+:|$|,\s*(?:anyone|everyone|all|folks|team|guys|people)\b)/u.test(t.slice(end, end + 16))
  );
}

/*
 * Hit: "Hey, let's discuss what we should do with Confluence. Any ideas?"
 * Not: a message that states the problem, the options with costs, and the feedback wanted, then "thoughts?"
 */
export default defineMessageRule({
  meta: {
    kind: 'message',
    id: 'vague-ask',
    severity: 'warn',
    english: true,
    example: "Hey, let's discuss what we should do with Confluence. Any ideas?",
    passes:
      'Confluence costs us $12k a year and half the pages are stale. Options: A) migrate to Notion ($8k, 2 weeks of work), B) stay and prune. I lean to A. Thoughts?',
    messages: ['vagueAsk'],
    checksWithoutHits: true,
    lexicon: {
      // A lone word as its own sentence: "…Jenkins? thoughts"
      // "your thoughts" / "everyone's feedback": an ask only after a verb asking for it (checked at the hit).
      your: ["(your|everyone's|everybody's|any|all) (thoughts|opinion|opinions|feedback|input|views|feelings|take|gut feeling)"],
      bare: ['discuss', 'thoughts', 'ideas', 'opinions', 'feedback', 'input', 'suggestions', 'views'],
      open: [
        '(ideas|thoughts|input|suggestions|opinions|views) (welcome|appreciated|wanted|please)',
        '(opinions|views|thoughts) on',
        "(tell me|let me know|lmk) what (you|u|y'all|you all|everyone) (think|thinks)",
        '(what do u think|what u think|what you think?|what can you say about|what would you say about)',
        "(curious|wondering) (what|how) (folks|people|everyone|you all|y'all|you guys|the team|others) (think|thinks|feel|feels)",
        '(what do|what does) (people|folks|everyone|everybody|the team) (think|thinks)',
        "(where's|where is) (everyone's|everybody's|everyone|the team's) head at",
        '(your opinion|your take|your views|your feelings|your feedback|your input)(?| please)',
        '(happy to hear your thoughts|open to thoughts)',
        '(so what do we do|what should we do|what do we do) (about|with)',
        'any thoughts',
        'thoughts?',
        'thoughts on',
        'your thoughts',
        'what are your thoughts',
        'any ideas',
        'ideas?',
        'ideas for',
        'any ideas for',
        'ideas on',
        'what do you think',
        'what do you guys think',
        'what do you all think',
        'what does everyone think',
        'what do we think',
        'wdyt',
        'wdyt?',
        'let me know what you think',
        'lmk what you think',
        'let me know your thoughts',
        'thoughts anyone',
        "let's discuss",
        'lets discuss',
        'let us discuss',
        'we should discuss',
        'we need to discuss',
        'discuss?',
        'any feedback',
        'feedback?',
        'feedback welcome',
        'any input',
        'input?',
        'opinions?',
        'any opinions',
        'any comments',
        'comments?',
        'any suggestions',
        'suggestions?',
        'how do you feel about',
        'how do we feel about',
        'open to ideas',
        'open to suggestions',
        'happy to hear thoughts',
        'would love your thoughts',
        "i'd love your thoughts",
        'would love feedback',
        'any views',
        'views?',
        '(hear|know) what (you|u|everyone) think',
        "(i'd like|i would like|id like|i want|i wanna) to discuss",
        'add anything (i|we) (missed|forgot|left out)',
      ],
      // "Please advise." / "pls advise on the site plan": advice asked for, no question put.
      advise: ['(please|pls|plz|kindly) advise'],
    },
    sensitivity: true,
    suggestion: { template: true, templateKind: 'context-ask-deadline' },
  },
  check({ draft, hits, sensitivity, report }) {
    const body = draft.lower.slice(0, draft.authoredEnd);
    // Without a listed phrase only a short message naming what it asks for is read further.
    if (hits.length === 0 && (draft.wordCount > 150 || body.length > 1500 || !INPUT_CUE.test(body))) return;
    if (OPTIONS.test(body) || twoOptions(body) || DECISION.test(body) || SPECIFIC_FEEDBACK.test(body)) return;
    if (sensitivity !== 'strict' && (GOAL.test(body) || CRITERIA.test(body))) return;
    if (sensitivity === 'relaxed' && (draft.hasList || draft.wordCount > 60)) return;
    const hit = hits.find((h) =>
      h.tag === 'bare'
        ? standsAlone(draft.lower, h.start, h.end)
        : h.tag === 'your'
          ? ASKING_FOR.test(draft.lower.slice(Math.max(0, h.start - 40), h.start))
          : h.tag === 'advise'
            ? /^\s*(?:$|[.!…\n]|(?:on|about|regarding|re)\s)/.test(draft.lower.slice(h.end, h.end + 12)) && !ADVICE_ON.test(body)
            : true,
    );
    if (hit) return report({ messageId: 'vagueAsk', start: hit.start, end: hit.end });
    // Any wording: a clause that asks for open input ("pls share ur inputs", "reactions welcome").
    // A linked document with a date to comment by is an answerable ask.
    if (urls(draft).length > 0 && hasTimeExpectation(draft)) return;
    if (draft.wordCount > 150 || body.length > 1500 || !INPUT_CUE.test(body)) return;
    for (const c of clauses(body)) {
      if (c.end <= draft.authored.start) continue;
      // An emoji ends a thought in chat: "options are in #art 😅 reactions?" asks in its last piece.
      const asking = piecesOf(body, c).find((p) => asksForInput(body.slice(p.start, p.end)));
      if (asking) return report({ messageId: 'vagueAsk', ...trimRange(body, asking) });
    }
  },
});
