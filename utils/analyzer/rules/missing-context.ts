import { defineMessageRule } from '../rule';
import { hasSpecifics, wordsIn } from '../signals';
import type { Draft, Range } from '../text';
import { requestIn } from './no-deadline';

// A generic noun is vague only when nothing after it says which one.
const IDENTIFIES =
  /^\s*(?:(?:(?:for|about|on|called|named|titled|from the|from our|re|regarding|(?:provided|made|written|built|sent|shared|posted|created|maintained|run) by)(?![a-z])|re:|:|\()\s*\S|(?:—|-\s)\s*(?!(?:i|we|you|u|it|is|can|could|pls|please|any|did|does|do)\b)\S)/;
const RECALL =
  /^\s*(?:we|you|i|they|he|she|that we|that you|that i|you and i)\s+(?:talked|discussed|spoke|chatted|mentioned|shared|sent|looked at|went over|had|were talking|were discussing)|^\s*(?:from|of)\s+(?:earlier|yesterday|before|last time|last week|the other day|the meeting|the call|this morning)/;
// "the doc you asked about is the 'Returns policy v3' PDF": named later in the sentence.
const NAMED_LATER = /\s(?:is|was)\s+(?:the\s+)?['‘"“]|\s(?:is|was)\s+(?:called|named|titled)\s/;
const THING_BEFORE =
  /(?<![a-z])(?:the|that)\s+(?!(?:main|only|first|last|best|worst|whole|right|wrong|next|one|good|bad|important|big|key|real|other|new|same|old|funny|weird|nice|great|hard|tricky|cool|bigger|smaller)\s)[a-z][a-z0-9-]{1,20}\s+$/;
const COMPOUND_AFTER = /^\s+(?:site|page|pages|portal|team|folder|repo|server|channel|platform|tool|app|store|template|owner|editor|viewer)(?![a-z])/;
const SHARED_THING = /(?<![a-z])(?:the|that)\s+(?!(?:one|thing|link|file|doc)\s)[a-z][a-z-]{2,20}\s+$/;
const GATHERING =
  /(?<![a-z])(?:meeting|call|workshop|pitch|demo|presentation|session|webinar|talk|standup|retro|kickoff|offsite|keynote|lecture|class)(?![a-z])/;
const NAMED_BY =
  /^\s*(?:(?:provided|made|written|built|sent|shared|posted|created|maintained|run) by|re:?|regarding|called|named|labell?ed|marked|titled)\s+\S/;
// "rgrant, …", "tux3: …": a chat reply addressed to one person by their nick.
const ADDRESSED = /^\s*@?[A-Za-z][\w|\-^`]{1,20}[:,]\s/;
const TOPIC_FOLLOWS = /^(?:we talked about|we discussed|we spoke about|you mentioned|i mentioned)$/;
const REQUEST_IN = /(?:can|could|would|will) (?:you|u|we|someone|anyone|somebody|anybody)|please|pls/;
const VAGUE_REFERENT = /(?<![a-z])(?:it|that|this|them|those|these|the thing|the stuff|the same|one)(?![a-z])/;

/** The sentence asks the reader for something (a request or a question), or the noun points back ("the doc we went over"). */
/** The sentence asks the reader for something: a request or a question. */
function asksReader(d: Draft, s: Range): boolean {
  return d.lower.slice(s.start, Math.min(s.end + 1, d.lower.length)).includes('?') || requestIn(d, s);
}

function asksOrRecalls(d: Draft, s: Range, at: number, after: string): boolean {
  const sentence = d.lower.slice(s.start, s.end);
  // "that invoice is still not paid", "re the doc — …": a thing the reader is expected to know already.
  if (RECALL.test(after) || /(?<![a-z])(?:again|still|back|as discussed|we talked|you mentioned)(?![a-z])/.test(sentence)) return true;
  if (/(?:^|\s)re:?\s+$/.test(d.lower.slice(Math.max(s.start, at - 4), at))) return true;
  if (/(?<![a-z])(?:can|could|may|shall) (?:i|we|you|u)(?![a-z])/.test(sentence)) return true;
  return asksReader(d, s);
}

/*
 * Hit: "Can you send me the doc we talked about?", "same issue again", "as discussed, please go ahead"
 * Not: "Can you send me the Q3 pricing doc (the one Lena shared on 3 May: https://…)?"
 */
export default defineMessageRule({
  meta: {
    kind: 'message',
    id: 'missing-context',
    severity: 'warn',
    english: true,
    example: 'Can you send me the doc we talked about?',
    passes: 'Can you send me the Q3 pricing doc (the one Lena shared on 3 May: https://…)?',
    messages: ['recall', 'vagueNoun'],
    lexicon: {
      recall: [
        '(following up on|circling back on|re) our (chat|call|conversation|discussion|meeting)',
        "(as you're aware|as you are aware|as previously discussed|as previously mentioned|as earlier requested|as requested earlier|as requested before|as i said before)",
        '(mentioned above|discussed above|the issue mentioned|the one mentioned|you-know-what|you know what i mean)',
        '(what|the thing) (i|we) (sent|agreed|discussed|talked about|mentioned|shared)',
        '(from before|from the other day|from last time|from last week)',
        'same (crash|thing|failure|bug|error|problem|issue|story|question) (as before|as last time|again)',
        'like discussed',
        'further to our (conversation|call|discussion|chat|meeting)',
        'as per (the |)below',
        'see below',
        'as below',
        '(per|re|see) my (last|previous|earlier) (email|e-mail|message|mail|note|msg)',
        'following up on my (last|previous) (email|message)',
        '(following up on this|circling back on this|circling back|bumping this|still waiting on this|any update on this|any updates on this|any news on this)',
        'as discussed',
        'as we discussed',
        'as we talked about',
        'as per our discussion',
        'as per our conversation',
        'per our discussion',
        'per our conversation',
        'per our chat',
        'per our call',
        'as per our call',
        'as mentioned',
        'as i mentioned',
        'as i said',
        'as we said',
        'like i said',
        'like we said',
        'like we discussed',
        'as you know',
        'as you already know',
        'you know the one',
        'see above',
        'as above',
        'as agreed',
        'as we agreed',
        'following up on our conversation',
        'following our conversation',
        'following up on our chat',
        'as promised',
        'the thing we',
        'that thing',
        'the thing from',
        'same issue',
        'same issue again',
        'same problem',
        'same problem again',
        'same error',
        'same error again',
        'same bug',
        'same thing again',
        'happening again',
        'it happened again',
        'broken again',
        'the usual',
        'the one we talked about',
        'we talked about',
        'we discussed',
        'we spoke about',
        'you mentioned',
        'i mentioned',
        'from earlier',
        'from yesterday',
        'from the other day',
        '(as per|per) (our|the) (phone|earlier|last|quick|recent) (conversation|call|chat|discussion|talk)',
        '(as per discussion|as per conversation|per our convo|as per our convo|as per our talk|per our talk)',
        'regarding the matter',
        '(regarding|re) the (issue|problem|point|topic) (raised|mentioned|discussed) (earlier|before|yesterday|last week)',
        'same as (before|last time|yesterday|usual|always|last month|last week)',
        '(like|as) i (showed|told) (you|u)',
        'like the (previous|last|other) (one|time)',
        'the way (it|we|they|you) did (before|last time)',
        '(i|we) told (you|u) about',
        '(following up on|re|regarding|per|about) the above',
        'what we said',
        '(like|as) we (agreed|decided)',
        'as decided',
        '(still waiting on|still waiting for|any update on|any news on|any updates on) (that|it)',
        'the other (version|one|file|doc|link|sheet|deck|draft)',
        '(from the call|from the meeting)',
        'from our (call|meeting|chat|conversation|discussion)',
        'per (our|the) (telecon|concall)',
        'what (you|u) (said|suggested|told me)',
        'on the same',
      ],
      // "the checklist I shared": checked at the hit for "the/that <thing>" before it.
      shared: ['(i|we|you) (shared|sent|posted|showed)'],
      noun: [
        '(the|those|these) (documents|files|details|info|information|figures|paperwork)',
        '(the|that) plan',
        'the doc',
        'that doc',
        'this doc',
        'the document',
        'that document',
        'the file',
        'that file',
        'the deck',
        'that deck',
        'the slides',
        'the spreadsheet',
        'that spreadsheet',
        'the sheet',
        'the link',
        'that link',
        'that ticket',
        'that email',
        'that thread',
        'the stuff',
        'that stuff',
        'the thing',
        'that issue',
        'that (clause|invoice|contract|request|order|report|note|message|task|quote|proposal|draft)',
        'the (updated|latest|revised|final) (version|draft|docs)',
      ],
      // "the invoice thing", "that vpn thing": a thing named only by what it is about.
      thing: ['thing'],
    },
    sensitivity: true,
    suggestion: { template: true, templateKind: 'context-ask-deadline' },
  },
  check({ draft, hits, sensitivity, report }) {
    if (hits.length === 0 || hasSpecifics(draft)) return;
    // A reply with the history below it carries its own context ("see above").
    if (draft.hasQuotedHistory) return;
    for (const hit of hits) {
      const s = draft.sentenceAt(hit.start);
      const after = draft.lower.slice(hit.end, s.end);
      const word = draft.lower.slice(hit.start, hit.end);
      if (hit.tag === 'shared') {
        const thing = SHARED_THING.exec(draft.lower.slice(Math.max(s.start, hit.start - 32), hit.start));
        // "if we can agree to the API I sent out, …": told in passing; it matters when the reader must act on it.
        if (!thing || IDENTIFIES.test(after) || draft.wordCount > 25 || !asksReader(draft, s)) continue;
        report({ messageId: 'recall', start: hit.start - thing[0].length, end: hit.end });
        return;
      }
      // "send me the same as last month": the thing itself; "is the driver the same as last week?" compares.
      if (
        /^same as last (?:week|month)/.test(word) &&
        !/(?:send|do|order|book|use|make|get|bring|prepare)\s+(?:me\s+|us\s+)?the\s+$/.test(draft.lower.slice(Math.max(s.start, hit.start - 24), hit.start))
      )
        continue;
      // "update on the same and revert": the matter is never named; "on the same page" is an idiom.
      if (word === 'on the same' && !/^\s*(?:$|[.,!?;:…]|and\b|asap\b|pls\b|please\b|at the earliest\b)/.test(after)) continue;
      // "did what u said": advice the reader must recall; "I agree with what you said about X" names it.
      if (/^what (?:you|u) /.test(word) && !/(?:did|done|tried|do|doing)\s+$/.test(draft.lower.slice(Math.max(s.start, hit.start - 8), hit.start))) continue;
      if (hit.tag === 'thing') {
        const named = THING_BEFORE.exec(draft.lower.slice(Math.max(s.start, hit.start - 28), hit.start));
        if (!named || IDENTIFIES.test(after) || draft.wordCount > 25 || !asksOrRecalls(draft, s, hit.start, after)) continue;
        report({ messageId: 'vagueNoun', start: hit.start - named[0].length, end: hit.end });
        return;
      } else if (hit.tag === 'noun') {
        // "the docs site", "the file server": the word names another thing.
        if (COMPOUND_AFTER.test(after)) continue;
        // "Great meeting, thanks all. Can you send the slides?": the gathering they belong to is named.
        if (/(?:slides|deck|notes|recording|minutes|agenda)$/.test(word) && GATHERING.test(draft.lower.slice(draft.authored.start, draft.authoredEnd)))
          continue;
        if (IDENTIFIES.test(after) || NAMED_LATER.test(after) || NAMED_BY.test(after)) continue;
        // "the link from yesterday re: the SSO bug": named after the look back.
        const back = RECALL.exec(after);
        const rest = back ? after.slice(back.index + back[0].length) : '';
        if (back && IDENTIFIES.test(rest) && /^\s*\S+\s+[a-z0-9]/.test(rest)) continue;
        // "I'll improve the docs", "there's a new example in the docs now": told, not asked; in chat
        // the thing is what the conversation is about. A vague noun matters when the reader must act on it.
        if (sensitivity !== 'strict' && !asksOrRecalls(draft, s, hit.start, after)) continue;
        // "rgrant, can you expand on that issue?": an addressed reply points at what that person just said.
        if (sensitivity !== 'strict' && word.startsWith('that ') && ADDRESSED.test(draft.text.slice(draft.authored.start, draft.authored.start + 40))) continue;
        // A bare "the doc" in a short message points at something only the writer has in mind;
        // in a long one the surrounding text usually says which.
        if (sensitivity !== 'strict' && !RECALL.test(after) && !/(?:again|as discussed|we talked|you mentioned)/.test(draft.lower.slice(s.start, s.end))) {
          const subjectNamesIt = draft.subject.trim().split(/\s+/).length >= 2;
          if (subjectNamesIt || draft.wordCount > 25) continue;
        }
      } else {
        // "not much going on, the usual :)": an answer, not a reference to act on.
        if (word.endsWith('usual') && /^[\s.!…)(:;p\p{Extended_Pictographic}]*$/u.test(after) && /(?:^|,)\s*$/.test(draft.lower.slice(s.start, hit.start)))
          continue;
        // "the link from yesterday re:JCR": named right after.
        if ((word.startsWith('from') && IDENTIFIES.test(after)) || (/^(?:that thing|the thing|the other)/.test(word) && NAMED_BY.test(after))) continue;
        // "we talked about having templates": the topic follows.
        if (TOPIC_FOLLOWS.test(word) && /^\s+(?:(?:a|an|some|any|your|our|their|his|her|my)\s|the\s+(?!thing|stuff|other|same|one)|[a-z]{3,}ing\s)/.test(after))
          continue;
        // "the usual portal", "the usual Teams links": a routine both know, not a past conversation.
        if (
          word.endsWith('usual') &&
          /^\s+(?!(?:thing|things|stuff|way|one|ones|place|for|with|on|again|then|and|please|pls|to|at|in|by|asap|today|tomorrow|problem|problems|issue|issues|error|errors|bug|mess|story|suspects)\b)[a-z]/.test(
            draft.lower.slice(hit.end, hit.end + 24),
          )
        )
          continue;
        // "as per discussion with Mr. Iyer on 2 Dec": who and when name it.
        if (/(?:discussion|conversation|convo|talk|call|chat)$/.test(word) && /^\s*(?:with\s+\S|dated\s|on\s+\d)/.test(after)) continue;
        // "as agreed on Tue with Kim", "as discussed in Monday's standup": when and with whom name it.
        if (
          /(?:agreed|discussed|decided)$/.test(word) &&
          /^\s*(?:on|in|at|with)\s+(?:[a-z]+day|mon|tue|wed|thu|fri|\d|the\s+\w+\s+(?:meeting|call|standup|review)|[a-z]+'s\s)/.test(after)
        )
          continue;
        // "the qPCR plate from yesterday", "the Q3 numbers from earlier": the thing is named before.
        if (
          word.startsWith('from') &&
          /\s(?:[a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}[a-z]*|[A-Za-z]*\d[\w-]*)\s+\S+\s+$/.test(draft.text.slice(Math.max(0, hit.start - 30), hit.start))
        )
          continue;
        // "the 'Printer jam' ticket from last week": a quoted name before it.
        if (word.startsWith('from') && /['‘"“][^'’"”\n]{3,}['’"”][^.?!\n]{0,20}$/.test(draft.text.slice(Math.max(0, hit.start - 60), hit.start))) continue;
        // "the marks from yesterday's resit": the possessive names it.
        if (/^['’]s\s/.test(after)) continue;
        // "per our chat this morning: we keep the old price…": stated after the colon.
        const colon = after.indexOf(':');
        if (colon !== -1 && wordsIn(draft, { start: hit.end + colon + 1, end: s.end }) >= 6) continue;
        // "same issue as … : card reader unpairs when the tablet sleeps": described in the message.
        if (word.startsWith('same') && wordsIn(draft, { start: hit.end, end: draft.authoredEnd }) >= 12) continue;
        // "As discussed, we move the launch to the week of the audit because …": restated.
        const restated =
          wordsIn(draft, { start: hit.end, end: s.end }) >= 9 &&
          !VAGUE_REFERENT.test(after.slice(0, 24)) &&
          // "… — did you get a chance to look at it?": the thing is still only "it".
          !/(?<![a-z])(?:it|that|this|them|those)\W*$/.test(after) &&
          !REQUEST_IN.test(after);
        if (restated) continue;
        if (sensitivity === 'relaxed' && draft.wordCount > 25) continue;
      }
      report({ messageId: hit.tag === 'noun' ? 'vagueNoun' : 'recall', start: hit.start, end: hit.end });
      return;
    }
  },
});
