import { clauses, looksBack } from '../clauses';
import { defineMessageRule } from '../rule';
import { trimRange } from '../text';
import { urls } from '../signals';

const MEETING =
  /(?<![a-z])(?:meeting|call|session|brainstorm\w*|workshop|discussion|sync|retro|town hall|all-hands|all hands|meetup|training|webinar|offsite|kickoff|kick-off|demo|offsite|off-site|standup|stand-up|chat|review|planning|today|this morning|this afternoon|earlier|event|presentation|talk|conference|summit|retreat|pitch|crit|hackathon|mtg|party|launch)(?![a-z])/;
// Decisions, owners and next steps: what makes a recap useful to someone who missed it.
const OUTCOMES =
  /(?<![a-z])(?:decided|decision|decisions|agreed|we agree|agreement|conclusion|concluded|summary|summarising|summarizing|recap:|tl;?dr|next steps?|action items?|actions:|ais?:|todo|to-do|takeaways?|owner|owners|owns|dri|assigned|assignee|will (?:own|handle|send|share|take|follow up|draft|write|prepare|set up|book|lead|update|reach out|review|create|run|organi[sz]e|coordinate)|is on it|to follow up|follow-ups?|due|deadline|budget:?\s*[$€£]?\d|signed off|sign-off|next visit|notes:|minutes:|notes are|notes here|meeting notes|we'll go with|going with|we're going with|chose|picked|approved|next meeting|discussion continues|(?:for|by|before) next (?:week|time|class|session|meeting)|slides are|recording is|recording:|(?:by|until|before|from) (?:monday|tuesday|wednesday|thursday|friday|tomorrow|eod|eow|end of|next|the end|\d)|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2})(?![a-z])|(?:^|\n)\s*(?:[-*•]|\d+[.)])\s+\S|\b[a-z]{2,12}: [a-z@]/;

// A result reported ("we raised £18,420", "they signed the renewal") is an outcome.
const RESULT =
  /(?<![a-z])(?:raised\s+[$€£\d]|signed|won|closed|shipped|launched|hired|sold|booked|secured|hit|reached|passed|finished|completed|merged|released|renewed|accepted|confirm|confirmed|committed|extended|upgraded)(?![a-z_])|[$€£]\s?\d/;

// "would be really helpful if the discussion moves": ahead, not back.
const HYPOTHETICAL = /(?<![a-z])(?:would|could|will|should|might|may)\s+(?:be\s+)?(?:really\s+|very\s+|so\s+|super\s+)?$/;
const PRAISED_NOUN =
  /^[\s,]+(?:(?:on|in|at|the|our|this|a|really|very)\s+){0,3}(?:[a-z0-9-]+\s+)?(?:playtest|debrief|meeting|call|session|brainstorm|workshop|discussion|sync|retro|kickoff|kick-off|offsite|demo|chat|town hall|all-hands|meetup|training|qbr|review|presentation|launch|standup|stand-up|retro|planning|offsite)(?![a-z])/;

const THANKS_FOR_MEETING =
  /^[\s,]*(?:(?:very|so) much\s+)?(?:(?:all|everyone|everybody|team|guys|folks|colleagues|y'all)[\s,]+)?for\s+(?:\S+\s+){0,6}?(?:meeting|call|session|workshop|review|sync|brainstorm|kickoff|kick-off|retro|demo|offsite|discussion|debrief|training|playtest|town hall|all-hands)(?![a-z])/;

/*
 * Hit: "Guys, it was awesome! Great brainstorm! Let's do it!"
 * Not: "Thanks, everyone. Summary: online conference in November; PM: Clair; budget $30k; website: Perry."
 */
export default defineMessageRule({
  meta: {
    kind: 'message',
    id: 'recap-without-outcomes',
    severity: 'warn',
    english: true,
    example: "Guys, it was awesome! Great brainstorm! Let's do it!",
    passes: 'Thanks, everyone. Summary: online conference in November; PM: Clair; budget $30k; website: Perry. Discussion continues in #awards.',
    messages: ['noOutcomes'],
    checksWithoutHits: true,
    lexicon: {
      // An adjective of praise followed by a meeting noun ("what a great planning session").
      praise: [
        'useful',
        'helpful',
        'meaningful',
        'insightful',
        'inspiring',
        'gg',
        'great',
        'awesome',
        'amazing',
        'productive',
        'fantastic',
        'excellent',
        'fruitful',
        'wonderful',
        'brilliant',
        'super',
        'fun',
        'good',
        'nice',
        'solid',
      ],
      // "Thanks … for today's meeting": checked at the hit.
      thanks: ['(thanks|thank you|thx|cheers)'],
      recap: [
        '(gg|loved the energy|love the energy|great vibes|what a session|onwards)',
        'what a (kickoff|kick-off|meeting|session|call|day|workshop|brainstorm|offsite|demo|launch|week|retro|qbr|presentation|conference|summit|retreat|pitch|hackathon|event|party)',
        '(love this team|proud of this team|so proud of this team|great teamwork today|what a team)',
        'thanks all for joining',
        'thanks everyone for joining',
        'thank you all for joining',
        'thanks all for coming',
        'thanks everyone for coming',
        'thanks all for attending',
        'great meeting',
        'great call',
        'great session',
        'great discussion',
        'great brainstorm',
        'great workshop',
        'great chat',
        'great sync',
        'great retro',
        'great kickoff',
        'great demo',
        'awesome meeting',
        'awesome call',
        'awesome session',
        'awesome brainstorm',
        'awesome workshop',
        'amazing meeting',
        'amazing session',
        'amazing brainstorm',
        'good meeting',
        'good call',
        'good session',
        'good discussion',
        'good chat',
        'nice meeting',
        'nice session',
        'productive meeting',
        'productive call',
        'productive session',
        'productive discussion',
        'fruitful discussion',
        'fruitful meeting',
        'fruitful session',
        'thanks all',
        'thanks everyone',
        'thanks, everyone',
        'thank you all',
        'thank you everyone',
        'thanks team',
        'thanks for joining',
        'thanks for attending',
        'thank you for joining',
        'thank you for attending',
        'thanks for coming',
        'thanks for the meeting',
        'thanks for the call',
        'thanks for the session',
        'thanks for your time today',
        "let's do it",
        'lets do it',
        "let's do this",
        "let's make it happen",
        'it was awesome',
        'it was great',
        'that was great',
        'that was awesome',
        'that was fun',
        'was a blast',
        'love the energy',
        'great energy',
        'great ideas today',
        'great job today',
        'great work today',
        'well done today',
        'really productive',
      ],
    },
    sensitivity: true,
    suggestion: { template: true, templateKind: 'recap' },
  },
  check({ draft, hits, sensitivity, report }) {
    // Without a listed phrase only a short message is read for a look back.
    if (hits.length === 0 && (draft.wordCount > 40 || draft.authoredEnd - draft.authored.start > 400)) return;
    const body = draft.lower.slice(0, draft.authoredEnd);
    if (sensitivity === 'relaxed' && hits.length < 2) return;
    if (OUTCOMES.test(body) || urls(draft).length > 0 || RESULT.test(body)) return;
    // Any wording: a short message whose clause looks back on a gathering with praise or thanks.
    const lookingBack = () => {
      if (draft.wordCount > 40 || draft.authoredEnd - draft.authored.start > 400) return;
      const back = clauses(body).find((c) => c.end > draft.authored.start && looksBack(body.slice(c.start, c.end)));
      if (back) report({ messageId: 'noOutcomes', ...trimRange(body, back) });
    };
    const hit = hits.find((h) =>
      h.tag === 'praise'
        ? PRAISED_NOUN.test(draft.lower.slice(h.end, h.end + 40)) && !HYPOTHETICAL.test(draft.lower.slice(Math.max(0, h.start - 30), h.start))
        : h.tag === 'thanks'
          ? THANKS_FOR_MEETING.test(draft.lower.slice(h.end, draft.sentenceAt(h.start).end))
          : true,
    );
    if (!hit) return lookingBack();
    // "Thanks all" or "let's do it" alone are only recaps when a meeting is in view.
    const strong =
      hit.tag === 'praise' ||
      /(?:meeting|call|session|brainstorm|workshop|discussion|chat|sync|retro|kickoff|demo|joining|attending|coming|energy|today)/.test(
        draft.lower.slice(hit.start, hit.end),
      );
    const twoCues = hits.length >= 2;
    if (!strong && !twoCues && sensitivity !== 'strict' && !MEETING.test(body)) return lookingBack();
    report({ messageId: 'noOutcomes', start: hit.start, end: hit.end });
  },
});
