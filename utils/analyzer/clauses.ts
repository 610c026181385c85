/**
 * Clause-level reading shared by rules: chat shorthand normalised word by word ("u" → "you",
 * "r" → "are", "pls" → "please", "pleeease" → "please"), so a rule asks about a clause's shape
 * ("is anyone from infra on?") rather than listing every spelling. Token loops, no clever
 * expressions: each call is linear in its input. Offsets are never rewritten; callers decide
 * on the normalised words and report ranges in the original text.
 */

const SHORTHAND = new Map<string, string>([
  ['u', 'you'],
  ['ya', 'you'],
  ['r', 'are'],
  ['ur', 'your'],
  ['pls', 'please'],
  ['plz', 'please'],
  ['plse', 'please'],
  ['thx', 'thanks'],
  ['ty', 'thanks'],
  ['tx', 'thanks'],
  ['rn', 'now'],
  ['atm', 'now'],
  ['anybody', 'anyone'],
  ['somebody', 'someone'],
  ['every1', 'everyone'],
  ['any1', 'anyone'],
]);

/** One word, lower-case, with letters drawn out three times or more collapsed ("heyyy" → "hey") and shorthand spelled out. */
export function normWord(w: string): string {
  let tripled = false;
  for (let i = 2; i < w.length && !tripled; i++) tripled = w.charCodeAt(i) === w.charCodeAt(i - 1) && w.charCodeAt(i) === w.charCodeAt(i - 2);
  if (!tripled) return SHORTHAND.get(w) ?? w;
  let out = '';
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w.charAt(i);
    run = i > 0 && c === w.charAt(i - 1) ? run + 1 : 1;
    // Keep doubles ("all", "see"); drop the third and later repeats.
    if (run <= 2) out += c;
  }
  // "pleease", "sooo": a double that is not English collapses too when the single spelling is known.
  return SHORTHAND.get(out) ?? out;
}

const WORD = /[a-z0-9'’\u00c0-\u1fff]+/g;

/** The words of a clause, normalised; punctuation and emoji dropped. */
export function clauseWords(clause: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(clause); m; m = WORD.exec(clause)) out.push(normWord(m[0].replace('’', "'")));
  return out;
}

const WHO = new Set(['you', 'anyone', 'someone', 'everyone', "y'all", 'yall', 'folks', 'people']);
const AUX = new Set(['is', 'are', 'anyone', 'someone']);
// Where a person is when they can answer now.
const PLACE = new Set(['around', 'there', 'on', 'online', 'here', 'available', 'awake', 'about', 'free', 'back', 'in']);
// "in the office", "at your desk": one noun after "in"/"at".
const PLACE_NOUN = new Set(['office', 'clinic', 'desk', 'work', 'building', 'studio', 'lab', 'shop', 'store', 'here', 'there', 'chat', 'channel']);
const WHEN = new Set(['yet', 'today', 'now', 'still', 'atm', 'tonight', 'already', 'this', 'week', 'morning', 'afternoon']);

/**
 * A presence check in any wording: "u there", "is Kofi on yet", "anyone from payroll in yet",
 * "are you at your desk", "around?" (a bare place needs the question mark). The clause holds
 * nothing else, so "are you around to review the PR" is not one.
 */
export function isPresenceClause(clause: string): boolean {
  const asked = clause.includes('?');
  const w = clauseWords(clause);
  if (w.length === 0 || w.length > 8) return false;
  let i = 0;
  let subject = false;
  if (w[i] === 'is' || w[i] === 'are') i++;
  if (i < w.length && WHO.has(w[i] ?? '')) {
    subject = true;
    i++;
    // "anyone from infra", "anybody from the payroll team"
    if (w[i] === 'from' || w[i] === 'in' || w[i] === 'on') {
      const back = i;
      i++;
      if (w[i] === 'the') i++;
      let n = 0;
      while (i < w.length && n < 2 && !PLACE.has(w[i] ?? '') && !WHEN.has(w[i] ?? '')) {
        i++;
        n++;
      }
      if (n === 0) i = back;
    }
  } else if (i === 1 && i < w.length && w.length >= 3) {
    // "is Kofi on yet": a single name after the verb.
    subject = true;
    i++;
  }
  if (i > 0 && !subject && !AUX.has(w[0] ?? '')) return false;
  if (i < w.length && w[i] === 'still') i++;
  let places = 0;
  while (i < w.length && places < 2) {
    if (w[i] === 'in' || w[i] === 'at') {
      let j = i + 1;
      if (w[j] === 'the' || w[j] === 'your' || w[j] === 'ur') j++;
      if (j < w.length && PLACE_NOUN.has(w[j] ?? '')) {
        i = j + 1;
        places++;
        continue;
      }
    }
    if (!PLACE.has(w[i] ?? '')) break;
    i++;
    places++;
  }
  if (places === 0) return false;
  while (i < w.length && WHEN.has(w[i] ?? '')) i++;
  if (i !== w.length) return false;
  // A bare "around?" / "in yet?" needs to be asked; with a subject, "u around" is enough.
  return subject || asked;
}

const BREAK = /[,.!;:?\n]/g;

/** Pieces of a text between clause breaks (, . ! ? ; : and line ends), with their offsets. */
export function clauses(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  BREAK.lastIndex = 0;
  for (let m = BREAK.exec(text); m; m = BREAK.exec(text)) {
    const i = m.index;
    const c = m[0];
    // A hard-wrapped email line ("…with the Vienna\nbooking.") continues its sentence.
    if (c === '\n' && i > 0 && /[a-z0-9,]/.test(text.charAt(i - 1)) && /[a-z0-9]/.test(text.charAt(i + 1))) continue;
    // The question mark belongs to its clause ("around?").
    const end = c === '?' ? i + 1 : i;
    if (end > start) out.push({ start, end });
    start = i + 1;
  }
  if (text.length > start) out.push({ start, end: text.length });
  return out;
}

const QUESTION_LEAD = new Set(['a', 'an', 'couple', 'few', 'got', 'have', 'some', 'one', 'two', 'quick', 'small', 'urgent', 'important', 'random', 'silly']);
const PEOPLE_CUE = new Set(['good', 'used', 'touched', 'familiar', 'experience', 'folks', 'people', 'experts', 'expert', 'person', 'worked', 'knows']);
const REAL_QUESTION = new Set(['how', 'why', 'what', 'which', 'whether', 'where', 'the', 'a', 'an', 'my', 'our', 'your', 'if', 'this', 'that']);
const ODD = new Set(['weird', 'wrong', 'odd', 'strange', 'funny', 'off']);
const TROUBLE = new Set(['trouble', 'problems', 'issues', 'an', 'a']);

function has(w: string[], word: string): number {
  return w.indexOf(word);
}

/**
 * The clause announces a question or a problem without stating it: "question about the sick
 * leave policy", "I have a Revit question", "any k8s folks around?", "having trouble with my
 * Outlook", "something weird going on with the staging db", "mind if I ask you something",
 * "re the parking permits...". Returns 'topic' when it looks for people, 'ask' otherwise.
 */
export function announcement(clause: string): 'ask' | 'topic' | null {
  const w = clauseWords(clause);
  if (w.length === 0 || w.length > 12) return null;
  // "mind if I ask you something about the rota?"
  if (has(w, 'mind') !== -1 && has(w, 'ask') !== -1) return 'ask';
  // "question about X", "a Revit question", "a couple of questions": the question itself is not there.
  for (let i = 0; i < w.length; i++) {
    if (w[i] !== 'question' && w[i] !== 'questions' && w[i] !== 'q' && w[i] !== 'doubt') continue;
    // "let me know if you have any questions": an offer.
    if (w[i - 1] === 'any' || w.slice(0, i).includes('if')) break;
    if (w.includes('your') || (w.includes('the') && w.indexOf('the') < i) || w.includes('no')) break;
    const lead = i === 0 || w.slice(Math.max(0, i - 3), i).some((x) => QUESTION_LEAD.has(x));
    if (lead) return 'ask';
  }
  // "anyone good w/ excel macros?", "who here has used Veeva before?", "any k8s folks around?"
  if (w[0] === 'anyone' || w[0] === 'who' || w[0] === 'any' || w[0] === 'someone' || (w[0] === 'yo' && w[1] === 'anyone')) {
    const k = w.findIndex((x) => PEOPLE_CUE.has(x) || x === 'know');
    if (k !== -1 && w.length <= 10) {
      if (w[k] === 'know' && k + 1 < w.length && REAL_QUESTION.has(w[k + 1] ?? '')) return null;
      return 'topic';
    }
  }
  // "having trouble with my Outlook", "something weird going on with the db", "something has come up with X"
  const h = has(w, 'having');
  if (h !== -1 && TROUBLE.has(w[h + 1] ?? '') && w.slice(h + 1, h + 4).includes('with') && w.length <= h + 8) return 'ask';
  const s = has(w, 'something');
  if (s !== -1 && (ODD.has(w[s + 1] ?? '') || (w[s + 1] === 'has' && w[s + 2] === 'come') || w[s + 1] === 'came')) return 'ask';
  // "the person to ask about SSO", "the right place for nginx questions"
  const p = has(w, 'person');
  if (p !== -1 && w[p + 1] === 'to' && w[p + 2] === 'ask') return 'topic';
  if (has(w, 'right') !== -1 && (has(w, 'place') !== -1 || has(w, 'channel') !== -1)) return 'topic';
  // "re the parking permits..." on its own.
  if (w[0] === 're' && w.length <= 6) return 'ask';
  return null;
}

const AVAILABILITY = new Set(['free', 'time', 'minute', 'min', 'sec', 'second', 'moment', 'works', 'point', 'good', 'around', 'available', 'chat']);

/** A clause that only asks when the reader is free ("when works for you?", "are you free at some point?"). */
export function isAvailabilityClause(clause: string): boolean {
  const w = clauseWords(clause);
  return w.length > 0 && w.length <= 9 && w.some((x) => AVAILABILITY.has(x)) && !w.some((x) => x === 'because' || x === 'about');
}

const PHONE = new Set(['ring', 'phone', 'call', 'buzz', 'facetime', 'bell']);
const PERSON = new Set(['me', 'you', 'him', 'her', 'them']);
const GIVE = new Set(['give', 'gimme', 'giving']);
const ASKER = new Set(['can', 'could', 'may', 'shall', 'should', "i'll", 'ill', 'let', 'mind', 'please', 'pls', 'just', 'quick', 'to']);
const GRAB = new Set(['grab', 'get', 'book', 'block', 'pop', 'popping', 'put', 'putting', 'find', 'have', 'steal', 'borrow']);
const SPAN = new Set(['min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'hr', 'half']);
const TALK = new Set(['over', 'through', 'discuss', 'chat', 'talk', 'walk', 'run']);
const INVITE = new Set(['invite', 'meeting', 'call', 'huddle', 'zoom', 'session', 'slot']);
const SET_UP = new Set(['send', 'sending', 'set', 'setting', 'schedule', 'scheduling', 'book', 'booking']);
const CALL_CUE = /ring|phone|call|buzz|facetime|bell|chat|zoom|huddle|meet|teams|hangout|invite|session|slot/;
const SPAN_CUE = /min|hour|half/;
const TALK_CUE = /over|through|discuss|talk|walk|run/;
const MEDIUM = new Set(['call', 'chat', 'zoom', 'huddle', 'meet', 'teams', 'hangout']);

/**
 * A call proposal in any register: "ring me", "can I give you a ring?", "mind if I phone you?",
 * "free for a 15 min call?", "hop in a huddle?", "can we voice chat", "sending you an invite so
 * we can go over it", "let me book 30 min to discuss". A call as a noun ("the doc from the call")
 * is not one.
 */
export function isCallProposal(clause: string): boolean {
  // Cheap gate: most clauses hold none of the words a proposal needs.
  if (!CALL_CUE.test(clause) && !(SPAN_CUE.test(clause) && TALK_CUE.test(clause))) return false;
  const w = clauseWords(clause);
  // "any problem you can call me": an offer; "if you need me, call me": conditional.
  const cond = w.indexOf('if');
  if (cond !== -1 && w[cond - 1] !== 'mind') return false;
  // "I'll jump on a call with the printer vendor": a call with someone else.
  const w2 = w.indexOf('with');
  if (w2 !== -1 && !PERSON.has(w[w2 + 1] ?? '') && w[w2 + 1] !== 'us') return false;
  for (let i = 0; i < w.length; i++) {
    const x = w[i] ?? '';
    const prev = w[i - 1] ?? '';
    if (prev === 'can' && w[i - 2] === 'you' && PHONE.has(x)) return false;
    const next = w[i + 1] ?? '';
    // "ring me", "call me about X", "may I phone you"
    if (PHONE.has(x) && PERSON.has(next) && (i === 0 || ASKER.has(prev) || prev === 'i' || prev === 'we' || prev === 'you')) return true;
    // "give me a ring", "gimme a call"
    if (GIVE.has(x) && (PERSON.has(next) || next === 'a') && w.slice(i + 1, i + 4).some((y) => PHONE.has(y))) return true;
    // "free for a 15 min call?", "time for a quick chat?"
    if ((x === 'free' || x === 'time' || x === 'available') && next === 'for' && w.slice(i + 2, i + 7).some((y) => MEDIUM.has(y))) return true;
    // "hop in a huddle", "jump on a zoom"
    if ((x === 'hop' || x === 'jump') && (next === 'in' || next === 'on' || next === 'into') && w.slice(i + 2, i + 5).some((y) => MEDIUM.has(y))) return true;
    // "can we voice chat", "video chat"
    if ((x === 'voice' || x === 'video') && (next === 'chat' || next === 'call')) return true;
    // "grab an hour on everyone's calendar to go over", "20 minutes in the diary to go through"
    if (SPAN.has(x) && w.slice(i + 1, i + 9).some((y) => TALK.has(y)) && w.slice(Math.max(0, i - 4), i).some((y) => GRAB.has(y) || y === 'have' || y === 'get'))
      return true;
    // "send an invite so we can go over", "set up a quick meeting to go through"
    if (SET_UP.has(x) && w.slice(i + 1, i + 5).some((y) => INVITE.has(y)) && w.slice(i + 2, i + 12).some((y) => TALK.has(y))) return true;
  }
  return false;
}

const CUE_G = /ring|phone|call|buzz|facetime|bell|chat|zoom|huddle|meet|teams|hangout|invite|session|slot|min|hour|half/g;

function isBreak(text: string, i: number): boolean {
  const c = text.charAt(i);
  if (c === '\n') return !(i > 0 && /[a-z0-9,]/.test(text.charAt(i - 1)) && /[a-z0-9]/.test(text.charAt(i + 1)));
  return c === ',' || c === '.' || c === '!' || c === ';' || c === ':' || c === '?';
}

/**
 * The first clause of `text` that proposes a call (see isCallProposal), found from the cue words
 * only, so a long text without them costs one scan. Each clause is read at most once.
 */
export function findCallProposal(text: string, from = 0, to = text.length): { start: number; end: number } | null {
  CUE_G.lastIndex = from;
  for (let m = CUE_G.exec(text); m && m.index < to; m = CUE_G.exec(text)) {
    let start = m.index;
    while (start > from && !isBreak(text, start - 1)) start--;
    let end = m.index;
    while (end < to && !isBreak(text, end)) end++;
    if (end < to && text.charAt(end) === '?') end++;
    if (isCallProposal(text.slice(start, end))) return { start, end };
    CUE_G.lastIndex = Math.max(end, m.index + 1);
  }
  return null;
}
