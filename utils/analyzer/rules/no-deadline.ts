import type { Hit } from '../lexicon';
import { announcement } from '../clauses';
import { defineMessageRule } from '../rule';
import { hasTimeExpectation, insideQuotes } from '../signals';
import { countWords, type Draft, type Range } from '../text';

// Requests that are not asking the reader to do anything.
const NOT_A_REQUEST =
  /^\s*(?:(?:please\s+)?(?:find|see)\s+(?:attached|enclosed|below|above|the attached|attached)|note|be aware|be advised|feel free|don't hesitate|do not hesitate|ignore|disregard|accept|excuse|forgive|bear with|let me know if (?:you|there|anything|i|that|this|it|we)|(?:ping|message|dm|tell|shout at) me (?:if|when|in case)|give me a (?:minute|min|sec|second|moment|bit)|gimme a (?:minute|min|sec|second)|let me know how it goes|keep me posted|stay tuned|enjoy|have a (?!look|go|think|read|check|try|peek|glance|word)|take care|thank|stay safe|don't|do not|never|stop|avoid|keep out|stay (?:away|out|home|off)|keep in mind|remember|be careful|use caution|mind the|note that)/;
const MODAL_NOT_REQUEST =
  /^\s*(?:believe|imagine|guess|hear me|see my screen|see it|tell me (?:more|why)|like|prefer|be (?:at|in|there|joining|able|fine|good|ok|okay|all set|set)|join|make it|remind me what|have (?:access|it now|got))/;
// "will you be around?", "will you need the car?": a question about the reader, not a task.
const WILL_NOT_REQUEST =
  /^\s*(?:be|have|need|want|know|come|attend|still|also|ever|really|actually|even|just|go|get|stay|make|manage|miss|use|accept|keep|let)\b/;
const NOUN_SUBJECT = /^\s+[a-z0-9-]+(?:\s+[a-z0-9-]+){0,4}\s+(?:is|are|was|were)\s+(?:in|on|at|up|ready|done|live|here|there|attached|pinned|out|now)\b/;
const WH_BEFORE = /(?<![a-z])(?:how|what|why|where|when|which|who)\s+$/;
const VOCATIVE = /^(?:(?:everyone|everybody|all|team|guys|folks|y'all|yall|people|@[\w.-]+)(?:\s+[a-z]+)?|pls|please|kindly|now|so|ok|okay|maybe|also)$/;
const CONDITIONAL_BEFORE = /(?:if|when|once|whether|in case|unless|as soon as)\s+(?:\S+\s+){0,3}$/;

/** The line ending at `nl` is long and stops mid-sentence: the next line continues it. */
function wrappedLine(t: string, nl: number): boolean {
  let k = nl - 1;
  while (k >= 0 && t.charCodeAt(k) === 32) k--;
  if (k < 0 || !/[a-z0-9,]/.test(t.charAt(k))) return false;
  const lineStart = t.lastIndexOf('\n', k) + 1;
  return k - lineStart >= 40;
}

/** The line holding `at` is code: indented four spaces or a tab, or a comment or prompt ("#stop the timer here", "$ run it"). */
function inCode(t: string, at: number): boolean {
  const line = t.lastIndexOf('\n', at - 1) + 1;
  if (at - line > 200) return false;
  // An indented list item ("    - review the PR") is still a request.
  return /^(?:(?: {4}|\t)(?!\s*(?:[-*•]|\d+[.)])\s)|\s*(?:#|\/\/|\$ |>>> ))/.test(t.slice(line, at + 1));
}

/** Sentence-initial position: start of text, after a line break, sentence end, or a greeting comma. */
function atSentenceStart(d: Draft, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (d.lower.charCodeAt(j) === 32 || d.lower.charCodeAt(j) === 9)) j--;
  if (j < 0) return true;
  const c = d.lower.charAt(j);
  // A hard-wrapped email line ("…so they can\ncheck the stock counts") continues its sentence.
  if (c === '\n' && wrappedLine(d.lower, j)) return false;
  if (c === '\n' || c === '.' || c === '!' || c === '?' || c === ':' || c === ';' || c === '—' || c === '(') return true;
  // A dash between spaces ends a clause; "--dry-run" does not.
  if (c === '-' || c === '–') return j === 0 || d.lower.charAt(j - 1) === ' ';
  // "Tom, send me…" / "ok, send…": a short address or interjection before the comma.
  if (c === ',') {
    const lead = d.lower.slice(d.sentenceAt(j).start, j);
    // "as per our chat, go ahead …": a look back, then the ask.
    return countWords(d.lower, d.sentenceAt(j).start, j) <= 2 || /^\s*(?:as per|per|as discussed|as agreed|following|further to|re:?)\s/.test(lead);
  }
  // "everyone check your email", "all pickers report to dock 3", "@raf send…": addressed without a comma.
  // "bob: maybe add a comment": an IRC nick before the address.
  const lead = d.lower
    .slice(d.sentenceAt(i).start, i)
    .trim()
    .replace(/^@?[\w|`^-]{1,20}:\s*/, '');
  return lead === '' ? j >= 0 && d.lower.charAt(j) === ':' : VOCATIVE.test(lead);
}

/** Requests aimed at the reader, as ranges (trigger → end of sentence). */
export function findRequests(d: Draft, hits: Hit[], strictness: 'strict' | 'balanced' | 'relaxed', limit = Number.POSITIVE_INFINITY): Range[] {
  const out: Range[] = [];
  for (const hit of hits) {
    const s = d.sentenceAt(hit.start);
    const after = d.lower.slice(hit.end, s.end);
    const before = d.lower.slice(Math.max(s.start, hit.start - 48), hit.start);
    if (CONDITIONAL_BEFORE.test(before) || insideQuotes(d, hit.start)) continue;
    if (hit.tag === 'modal') {
      if (MODAL_NOT_REQUEST.test(after)) continue;
      // "how will you do i18n?", "what can you see in the log?": a question about the reader, not a task.
      if (WH_BEFORE.test(before)) continue;
      if (d.lower.startsWith('will', hit.start) && WILL_NOT_REQUEST.test(after)) continue;
    } else if (hit.tag === 'please') {
      if (NOT_A_REQUEST.test(after)) continue;
      // "please I have a question": politeness, not a request.
      // "the file from yesterday pls", "asap pls!!!": a short ask ending in "please".
      const trailing =
        !/[a-z]/.test(after) &&
        countWords(d.lower, s.start, hit.start) <= 8 &&
        !/^\s*(?:thanks?|thank you|ty|thx|no|yes|ok|okay|sure)\b/.test(d.lower.slice(s.start, hit.start));
      if (!trailing && (!/^\s*[a-z]/.test(after) || /^\s*(?:i|we|i'm|im)\b/.test(after))) continue;
      // "need some help with regex plz": a question announced, no task to time (ask-to-ask's).
      if (trailing && (s.start === hit.start || announcement(d.lower.slice(s.start, s.end)) !== null)) continue;
    } else if (hit.tag === 'need') {
      // "Need the Harbor Foods numbers ASAP": a need put to the reader, at the start of its sentence.
      if (!atSentenceStart(d, hit.start) || /^\s*(?:to|is|was|for)\b/.test(after)) continue;
    } else if (hit.tag === 'imperative') {
      if (strictness === 'relaxed' || inCode(d.lower, hit.start) || !atSentenceStart(d, hit.start)) continue;
      if (NOT_A_REQUEST.test(d.lower.slice(hit.start, s.end))) continue;
      // "sure, go ahead": permission, not a task.
      if (d.lower.startsWith('go ahead', hit.start) && /^[\s.!…,)]*(?:[a-z][\w-]*)?[\s.!…)]*$/.test(after)) continue;
      const verb = d.lower.slice(hit.start, hit.end);
      // "drop everything and …", "reply to …": the word after is part of the command.
      const joined =
        (verb.startsWith('drop ') && /^(?:\s*(?:'re|’re|re|are)\s+doing)?\s*and\b/.test(after)) ||
        (/^(?:reply|respond)$/.test(verb) && /^\s*to\b/.test(after) && !after.includes(':')) ||
        /(?:think|thoughts|views|feedback|comments|input)$/.test(verb);
      // "Review went well", "Check-in at 3": a noun, not a command.
      if (
        !joined &&
        (/^\s*(?:is|was|went|looks|seems|are|were|done|at|on|for|of|to|from|in|by|and|with|has|had|have|will|should|can|could|would|might|must|failed|passed|broke|broken|succeeded|green|red|started|finished|completed|ready)\b/.test(
          after,
        ) ||
          /^\s*[-:(=]/.test(after) ||
          // "book office hours here: https://…": a place to do it yourself, offered.
          /\bhere\s*[:\-–—]\s*https?:\/\//.test(after) ||
          // "draft abstract for the workshop is in Overleaf": the subject of a sentence, not a command.
          NOUN_SUBJECT.test(after) ||
          // "build.cmd", "pull request for …": a file name or a noun.
          /^[./_][a-z0-9]|^\s+requests?\b/.test(after) ||
          // "deploy 1.43 is out": a version, not a command.
          /^\s*v?\d+\.\d/.test(after))
      )
        continue;
    } else if (hit.tag === 'someone' && strictness === 'relaxed') continue;
    // "can somebody help me out with cron": help asked for with no task named is ask-to-ask, not a task to time.
    if ((hit.tag === 'someone' || hit.tag === 'modal') && announcement(d.lower.slice(s.start, s.end)) !== null) continue;
    out.push({ start: hit.start, end: s.end });
    if (out.length >= limit) break;
  }
  return out;
}

/** The sentence `s` holds a request aimed at the reader (read as no-deadline reads it). */
export function requestIn(d: Draft, s: Range): boolean {
  const hits = (d.hits?.get('no-deadline') ?? []).filter((h) => h.start >= s.start && h.start < s.end);
  return findRequests(d, hits, 'balanced', 1).length > 0;
}

export const REQUEST_LEXICON = {
  modal: [
    'can you',
    'could you',
    'would you',
    'can u',
    'could u',
    'would u',
    'will you please',
    'would you mind',
    'would you be able to',
    'are you able to',
    'can you please',
    'could you please',
    'i need you to',
    'need you to',
    'i need u to',
    'need u to',
    'will you',
    'will u',
    "i'd like you to",
    'i would like you to',
    "i'd appreciate it if you",
    'would appreciate it if you',
    'it would be great if you could',
    "it'd be great if you could",
    'would be great if you could',
    'any chance you could',
    'any chance you can',
    'mind sending',
    'mind taking',
    'mind adding',
    'mind checking',
    'maybe you can',
    'maybe you could',
    "i'd appreciate (any|some|your)",
    'do you mind',
    'you need to',
    'you should',
    "you'll need to",
    'make sure you',
  ],
  please: ['please', 'pls', 'plz', 'plse', 'plss', 'plzz', 'pleease', 'pleeease', 'pleeeease', 'pleasee', 'pleaseee', 'kindly'],
  someone: [
    'can someone',
    'could someone',
    'can anyone',
    'could anyone',
    'can somebody',
    'could somebody',
    'would someone',
    'would anyone',
    'someone please',
    'anyone able to',
    'can one of you',
    'could one of you',
  ],
  imperative: [
    'send',
    'send me',
    'review',
    'check',
    'double-check',
    'double check',
    'update',
    'fix',
    'share',
    'take a look',
    'have a look',
    'look at',
    'look into',
    'let me know',
    'lmk',
    // The open asks vague-ask also reads: one scan hands the longest phrase to both rules.
    "(tell me|let me know|lmk) what (you|u|y'all|you all|everyone) (think|thinks)",
    'let me know what you think',
    'lmk what you think',
    'let me know (ur|your) (views|thoughts)',
    'add',
    'remove',
    'create',
    'book',
    'schedule',
    'confirm',
    'approve',
    'sign',
    'merge',
    'deploy',
    'upload',
    'forward',
    'reply',
    'respond',
    'ping me',
    'email me',
    'prepare',
    'draft',
    'write up',
    'finish',
    'complete',
    'submit',
    'ship',
    'file',
    'reach out',
    'get back to me',
    'follow up',
    'verify',
    'make sure',
    'ensure',
    'provide',
    'give me',
    'order',
    'grab',
    'move',
    'change',
    'set up',
    'investigate',
    'handle',
    'sort out',
    'sign off',
    'fill in',
    'fill out',
    'rerun',
    're-run',
    'restart',
    'escalate',
    'call me',
    'mock up',
    'build',
    'implement',
    'write',
    'organise',
    'organize',
    'remind',
    'refactor',
    'publish',
    'announce',
    'book in',
    'put together',
    'pull together',
    'loop in',
    'coordinate',
    'align with',
    'draft up',
    'tell',
    'get me',
    'resend',
    'revert',
    'rebase',
    'test',
    'run',
    'pull',
    'push',
    'clean up',
    'translate',
    'compile',
    'collect',
    'invite',
    'cancel',
    'reschedule',
    'print',
    'reconcile',
    'swap',
    'reset',
    'go ahead',
    'come to',
    'come over',
    'report to',
    'ring me',
    'phone me',
    'gimme',
    'give me a ring',
    'give me a call',
    'drop everything',
    'drop what you',
    'drop what ur',
    'attach',
    'pick up',
    'go through',
    'go over',
    'bump',
    'chase',
  ],
  // "Please advise." (vague-ask reads the same phrase): a request whatever follows.
  advise: ['(please|pls|plz|kindly) advise'],
  // "hotfix needed ASAP": a need put to whoever reads, with urgency and no time.
  needed: ['needed (asap|urgently|now)'],
  need: ['need the', 'i need the', 'need those', 'need these', 'i need those', 'need your', 'i need your', 'need it', 'need them'],
};

/*
 * Hit: "Could you review my PR?"
 * Not: "Could you review my PR by Thursday noon?", "Could you review my PR? No rush."
 */
export default defineMessageRule({
  meta: {
    kind: 'message',
    id: 'no-deadline',
    severity: 'warn',
    english: true,
    example: 'Could you review my PR?',
    passes: 'Could you review my PR by Thursday noon?',
    messages: ['noDeadline'],
    lexicon: REQUEST_LEXICON,
    sensitivity: true,
    suggestion: { template: true, templateKind: 'context-ask-deadline', data: (ctx) => ({ ...ctx.responseNorms }) },
  },
  check({ draft, hits, sensitivity, report }) {
    if (hits.length === 0 || hasTimeExpectation(draft)) return;
    const req = findRequests(draft, hits, sensitivity, 1)[0];
    if (req) report({ messageId: 'noDeadline', start: req.start, end: req.end });
  },
});
