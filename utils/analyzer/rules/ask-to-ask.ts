import { defineMessageRule } from '../rule';
import { wordsIn } from '../signals';

// Filler that can follow an ask-to-ask without being the question itself.
const FILLER =
  /^[\s,.!?:;…-]*(?:(?:about|re|on|regarding|for|to|with|a|an|the|some|something|thing|quick|real quick|ask|asking|you|u|chat|talk|help|me|please|pls|sorry|to bother|bother|if|i|can|could|have|do|got|when|whenever|free|here|there|moment|minute|min|sec|second|few|5|five|mins|minutes|anyone|someone|team|guys|all|this|that|it|😅|🙏|:\)|\?|!|\.)[\s,.!?:;…-]*)*$/;

// "can I ask you something about refunds?": a topic, still not the question.
const TOPIC_TAIL =
  /^[\s,.!:;…-]*(?:something\s+|a\s+(?:quick\s+)?question\s+|a\s+\w+\s+question\s*)?(?:about|on|re:?|regarding|with|for|concerning|around|in)\s+([^?.!\n]{1,80})[?.!\s…🙏😅]*$/u;
const QUESTION_WORDS = /(?<![a-z])(?:why|how|what|when|where|which|whether|if|is|are|does|do|did|can|could|should|will|would|or)(?![a-z])/;

function topicOnly(after: string): boolean {
  const m = TOPIC_TAIL.exec(after);
  if (!m) return false;
  const topic = m[1] ?? '';
  return topic.trim().split(/\s+/).length <= 7 && !QUESTION_WORDS.test(topic);
}

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
    why: 'Asking whether you may ask (or whether anyone knows a topic) costs a round-trip before the real question arrives. Ask the question itself, and whoever can answer will.',
    docs: {
      summary: 'Asks to ask, or whether anyone knows a topic, without the question ("quick question", "got a minute?").',
      example: 'Anyone here familiar with Kafka?',
    },
    messages: {
      askToAsk: 'Ask the actual question — on its own this needs a reply before anyone can help.',
      topicOnly: 'Ask what you want to know about it — "does anyone know X?" gets a "yes" first.',
    },
    lexicon: {
      availability: [
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
        'anybody used',
      ],
    },
    suggestion: () => ({
      text: 'Write the question itself, with what you tried and what you need — whoever knows can answer right away.',
      template: 'Question: …\nWhat I tried: …\nNeeded by: …',
      templateKind: 'context-ask-deadline',
    }),
  },
  check({ draft, hits, report }) {
    const { start: a, end: z } = draft.authored;
    const total = wordsIn(draft, { start: a, end: z });
    if (total > 40) return;
    for (const hit of hits) {
      const s = draft.sentenceAt(hit.start);
      // The real question follows in the same sentence ("quick question: X or Y?").
      const after = draft.lower.slice(hit.end, s.end);
      // "if you need help on X": an offer, not an ask.
      if (/(?:^|\s)(?:if|when|whenever|in case|should)\s+(?:\S+\s+){0,3}$/.test(draft.lower.slice(s.start, hit.start))) continue;
      if (hit.tag === 'topic') {
        if (!/(?:anyone|anybody|someone|somebody|who|any of you|you guys|y'all|people|folks|team)/.test(draft.lower.slice(Math.max(a, s.start - 20), hit.end)))
          continue;
        if (/\b(?:why|how|whether|where|when|which|what|if)\b/.test(after)) continue;
        // "does anyone know the wifi password?" is the question itself.
        if (/know$/.test(draft.lower.slice(hit.start, hit.end)) && /^\s*(?:the|a|an|my|our|your|this|that|these|those|his|her|their|its)\s/.test(after))
          continue;
        if (wordsIn(draft, { start: hit.end, end: s.end }) > 8) continue;
      } else if (!FILLER.test(after) && !topicOnly(after)) continue;
      // Elsewhere in the message: another sentence with a question or the problem stated.
      const others = total - wordsIn(draft, s);
      if (others >= 6 || (others >= 3 && draft.lower.slice(a, z).replace(draft.lower.slice(s.start, s.end), '').includes('?'))) continue;
      report({ messageId: hit.tag === 'topic' ? 'topicOnly' : 'askToAsk', start: hit.start, end: hit.end });
      return;
    }
  },
});
