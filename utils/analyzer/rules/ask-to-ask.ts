import { isGreetingOnly } from './greeting-only';
import { defineMessageRule } from '../rule';
import type { Hit } from '../lexicon';
import { announcement, clauses, clauseWords, isAvailabilityClause, isFillerClause, isPresenceClause, isRoutingClause } from '../clauses';
import { hasSpecifics, wordsIn } from '../signals';
import { type Draft, trimRange } from '../text';

// Filler that can follow an ask-to-ask without being the question itself, read word by word: a
// single expression of optional words with optional separators backtracked exponentially.
const FILLER_WORDS = new Set(
  "about re on regarding for to with a an the some something thing quick real ask asking you u chat talk help me please pls sorry bother if i can could have do got when whenever free you're youre available around here there moment minute min sec second few 5 five mins minutes anyone someone team guys all this that it 😅 🙏 )".split(
    ' ',
  ),
);
const FILLER_SEPARATORS = /[\s,.!?:;…-]+/;
// "quick one 🙂", "got a sec :)": an emoji or emoticon says nothing more.
const EMOJI_WORD = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f)+$|^[:;=8]['^]?[)(dpo3*]+$/u;

/** Only filler words and punctuation ("real quick?", "if you have a sec 🙏"); "are" only as "you are". */
function isFiller(after: string): boolean {
  let previous = '';
  for (const word of after.split(FILLER_SEPARATORS)) {
    if (word === '') continue;
    if (!FILLER_WORDS.has(word) && !(word === 'are' && previous === 'you') && !EMOJI_WORD.test(word)) return false;
    previous = word;
  }
  return true;
}

// "can I ask you something about refunds?": a topic, still not the question.
const TOPIC_TAIL =
  /^[\s,.!:;…-]*(?:you\s+)?(?:something\s+|a\s+(?:quick\s+)?question\s+|a\s+\w+\s+question\s*)?(?:about|on|re:?|regarding|with|for|concerning|around|in)\s+([^?.!\n]{1,80})[?.!\s…🙏😅]*$/u;
const QUESTION_WORDS = /(?<![a-z])(?:why|how|what|when|where|which|whether|if|is|are|does|do|did|can|could|should|will|would|or)(?![a-z])/;

function topicOnly(after: string): boolean {
  const m = TOPIC_TAIL.exec(after);
  if (!m) return false;
  const topic = m[1] ?? '';
  return topic.trim().split(/\s+/).length <= 7 && !QUESTION_WORDS.test(topic);
}

/** Words in sentences that are neither an ask-to-ask, a greeting nor a pleasantry. */
function substantiveElsewhere(draft: Draft, hits: Hit[], from: number, to: number): boolean {
  let words = 0;
  let questions = 0;
  for (let pos = from; pos < to;) {
    const s = draft.sentenceAt(pos);
    const end = Math.max(s.end, pos + 1);
    const sentence = draft.lower.slice(s.start, end);
    const asking = hits.some((h) => h.start >= s.start && h.start < end);
    if (!asking && !isGreetingOnly(sentence) && !PLEASANTRY.test(sentence)) {
      words += wordsIn(draft, s);
      if (sentence.includes('?')) questions++;
    }
    pos = end;
  }
  return words >= 6 || (words >= 3 && questions > 0);
}

const PLEASANTRY =
  /^(?:i hope (?:this|you|all)|hope (?:this|you|all)|greetings of the day|good (?:morning|afternoon|evening)|thanks?(?: you)?(?: in advance)?|many thanks|sorry to (?:bother|disturb|ping)|no worries|cheers)\b/;

/*
 * Hit: "quick question", "got a minute?", "Anyone here familiar with Kafka?"
 * Not: "Quick question: do we deploy the EU tenant to eu-west-1 or eu-central-1?"
 */
export default defineMessageRule({
  meta: {
    kind: 'message',
    id: 'ask-to-ask',
    severity: 'warn',
    english: true,
    example: 'Anyone here familiar with Kafka?',
    passes: 'Quick question: do we deploy the EU tenant to eu-west-1 or eu-central-1?',
    messages: ['askToAsk', 'topicOnly'],
    checksWithoutHits: true,
    lexicon: {
      availability: [
        'to ask (you |)(something|a question|a quick question|a few questions|smth)',
        'i (dm|pm|message|ping) you',
        'can i run something by you',
        '(pick your brain|a q|one q)',
        '(got|have) (a|5|2|10|a few|few|one|two|five|ten) (min|mins|minute|minutes|sec|secs|second|seconds|moment)',
        '(random|silly|dumb|stupid|small|tiny|general|weird) (question|q)',
        '(i have|have|got) (a|one|small|a small|a quick) doubt',
        '(q for you|have a q|got a q|a quick one|shall i ask|can i ask you a q|need to ask you something|need to ask something|wanted to ask something|wanted to ask you something)',
        'quick question',
        'quick q',
        'quick one',
        'a quick question',
        'a question',
        'one question',
        'small question',
        'question for you',
        'got a question',
        'have a question',
        'i have a question',
        'got a minute',
        'got a min',
        'got a sec',
        'got a second',
        'got a moment',
        'got 5 minutes',
        'got 5 mins',
        'got five minutes',
        'got 5 min',
        'got 2 min',
        'got 10 min',
        'got a few minutes',
        'got a few mins',
        'have 5 min',
        "who's around",
        'who is around',
        'anyone around for',
        'have a minute',
        'have a sec',
        'have a second',
        'have a moment',
        'have 5 minutes',
        'have a few minutes',
        'have a min',
        'do you have a minute',
        'do you have a sec',
        'can i ask',
        'can i ask you',
        'may i ask',
        'could i ask',
        'can i ask something',
        'can i ask you something',
        'can i ask a question',
        'can i bug you',
        'can i bother you',
        'could i bother you',
        'can i steal you',
        'can i grab you',
        'could i grab you',
        'are you free',
        'you free',
        'are you busy',
        'you busy',
        'do you have time',
        'need some help',
        'need help',
        'can you help me',
        'could you help me',
        'can someone help',
        'could someone help',
        'can anyone help',
        'help with something',
        'can i pick your brain',
      ],
      topic: [
        '(anyone|who) (here |around |in here |)(understand|understands|used|use|knows|know|familiar with|experienced with|worked with|good with|expert in|expert on|played with)',
        '(anybody|someone) (understand|understands)',
        'familiar with',
        'experience with',
        'experienced with',
        'knows about',
        'know about',
        'know anything about',
        'knowledge of',
        'good with',
        'expert in',
        'expert on',
        'an expert',
        'worked with',
        'anyone know',
        'anybody know',
        'does anyone know',
        'does anybody know',
        'someone who knows',
        'anyone who knows',
        'who knows about',
        'anyone used',
        'anybody used',
        'anyone here know',
        'anybody here know',
        'experience in',
        'experienced in',
      ],
    },
    sensitivity: true,
    suggestion: { template: true, templateKind: 'context-ask-deadline' },
  },
  check({ draft, hits, sensitivity, report }) {
    const { start: a, end: z } = draft.authored;
    // Asking to ask is short: without a listed phrase a long message is not read at all.
    if (hits.length === 0 && z - a > 400) return;
    const total = wordsIn(draft, { start: a, end: z });
    if (total > (sensitivity === 'strict' ? 60 : 40)) return;
    for (const hit of hits) {
      if (hit.tag === 'topic' && sensitivity === 'relaxed') continue;
      const s = draft.sentenceAt(hit.start);
      // The real question follows in the same sentence ("quick question: X or Y?").
      const after = draft.lower.slice(hit.end, s.end);
      // "if you need help on X": an offer, not an ask.
      if (
        /help/.test(draft.lower.slice(hit.start, hit.end)) &&
        /(?:^|\s)(?:if|when|whenever|in case|should)\s+(?:\S+\s+){0,3}$/.test(draft.lower.slice(s.start, hit.start))
      )
        continue;
      if (hit.tag === 'topic') {
        if (
          !/(?:anyone|anybody|someone|somebody|who|any of you|you guys|y'all|people|folks|team|expert|guru|wizard)/.test(
            draft.lower.slice(Math.max(a, s.start - 20), hit.end),
          )
        )
          continue;
        if (/\b(?:why|how|whether|where|when|which|what|if)\b/.test(after)) continue;
        // "does anyone know the wifi password?" is the question itself.
        if (/know$/.test(draft.lower.slice(hit.start, hit.end)) && /^\s*(?:the|a|an|my|our|your|this|that|these|those|his|her|their|its)\s/.test(after))
          continue;
        if (wordsIn(draft, { start: hit.end, end: s.end }) > 8) continue;
      } else if (!isFiller(after) && !topicOnly(after)) continue;
      // Elsewhere in the message: another sentence that states the question or the problem.
      if (substantiveElsewhere(draft, hits, a, z)) continue;
      report({ messageId: hit.tag === 'topic' ? 'topicOnly' : 'askToAsk', start: hit.start, end: hit.end });
      return;
    }
    if (sensitivity === 'relaxed' || total > 30 || z - a > 400 || hasSpecifics(draft)) return;
    // Any wording: a clause that announces the question or problem, and nothing else in the message that states it.
    let found: { start: number; end: number; kind: 'ask' | 'topic' } | null = null;
    let opening = true;
    for (const c of clauses(draft.lower.slice(0, z))) {
      if (c.end <= a) continue;
      const clause = draft.lower.slice(c.start, c.end);
      const words = clauseWords(clause).length;
      if (words === 0 || isGreetingOnly(clause) || PLEASANTRY.test(clause.trim()) || isFillerClause(clause)) continue;
      const kind = announcement(clause);
      // "Mrs K, …", "Dear Mr. Lindqvist, …": the address before the message ("urgent question, …" is no address).
      const closer = draft.lower.charAt(c.end);
      if (opening && !kind && words <= 2 && (closer === ',' || closer === '\n' || (closer === ':' && words === 1))) continue;
      opening = false;
      if (kind) found ??= { start: c.start, end: c.end, kind };
      else if (!isAvailabilityClause(clause) && !isRoutingClause(clause) && !isPresenceClause(clause)) return;
    }
    if (!found) return;
    const trimmed = trimRange(draft.lower, found);
    report({ messageId: found.kind === 'topic' ? 'topicOnly' : 'askToAsk', start: trimmed.start, end: trimmed.end });
  },
});
