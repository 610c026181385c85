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
  ['ppl', 'people'],
  ['peeps', 'people'],
  ['smth', 'something'],
  ['sth', 'something'],
  ['abt', 'about'],
  ['wrt', 'regarding'],
  ['gr8', 'great'],
  ['convo', 'conversation'],
  ['lmk', 'let me know'],
  ['w', 'with'],
  ['mtg', 'meeting'],
  ['mrng', 'morning'],
  ['mornin', 'morning'],
  ['morn', 'morning'],
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
/** The longest clause the speech-act readers look at: theirs are a few words, so longer text is not one. */
const MAX_CLAUSE = 240;

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
const PLACE = new Set(['around', 'there', 'on', 'online', 'here', 'available', 'awake', 'alive', 'up', 'about', 'free', 'back', 'in']);
// "in the office", "at your desk": one noun after "in"/"at".
const PLACE_NOUN = new Set([
  'office',
  'clinic',
  'desk',
  'work',
  'building',
  'studio',
  'lab',
  'shop',
  'store',
  'here',
  'there',
  'chat',
  'channel',
  'school',
  'hospital',
  'warehouse',
  'site',
  'depot',
  'kitchen',
  'ward',
  'branch',
  'class',
]);
const WHEN = new Set(['yet', 'today', 'now', 'still', 'atm', 'tonight', 'already', 'this', 'week', 'morning', 'afternoon']);

/**
 * A presence check in any wording: "u there", "is Kofi on yet", "anyone from payroll in yet",
 * "are you at your desk", "around?" (a bare place needs the question mark). The clause holds
 * nothing else, so "are you around to review the PR" is not one.
 */
export function isPresenceClause(clause: string): boolean {
  if (clause.length > MAX_CLAUSE) return false;
  const asked = clause.includes('?');
  const w = clauseWords(clause);
  if (w.length === 0 || w.length > 8) return false;
  let i = 0;
  let subject = false;
  if (w[i] === 'is' || w[i] === 'are') i++;
  if (i < w.length && WHO.has(w[i] ?? '')) {
    subject = true;
    i++;
    // "you guys", "you all", "you two"
    if (w[i - 1] === 'you' && (w[i] === 'guys' || w[i] === 'all' || w[i] === 'two' || w[i] === 'folks')) i++;
    // "anyone from infra", "anybody from the payroll team"
    // "anybody on the night shift?", "anyone in the office": on duty.
    if ((w[i] === 'on' || w[i] === 'in') && w.length - i <= 4 && (w[0] === 'anyone' || w[1] === 'anyone' || w[0] === 'someone')) return true;
    const placeNoun = (w[i] === 'in' || w[i] === 'at') && PLACE_NOUN.has(w[w[i + 1] === 'the' || w[i + 1] === 'your' ? i + 2 : i + 1] ?? '');
    if (!placeNoun && (w[i] === 'from' || w[i] === 'in' || w[i] === 'on')) {
      const back = i;
      i++;
      if (w[i] === 'the') i++;
      let n = 0;
      while (i < w.length && n < 4 && !PLACE.has(w[i] ?? '') && !WHEN.has(w[i] ?? '')) {
        i++;
        n++;
      }
      if (n === 0) i = back;
    }
  } else if (i === 1 && i < w.length && w.length >= 3) {
    // "is Kofi on yet": a single name after the verb; "is the oncall awake": a role.
    subject = true;
    i += w[i] === 'the' && w.length >= 4 ? 2 : 1;
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
    // "back from leave", "back from lunch"
    if (w[i] === 'back' && w[i + 1] === 'from' && w.length - i <= 4) return true;
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
  // Announcements are short: a long run of text is read no further (and costs nothing).
  if (clause.length > MAX_CLAUSE) return null;
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
    // "any questions let me know": an offer.
    if (k !== -1 && w.length <= 10 && !w.includes('let')) {
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
  // "who's the right person for SSO stuff?"
  if (p !== -1 && w[p - 1] === 'right' && (w[0] === "who's" || w[0] === 'whos' || w[0] === 'who')) return 'topic';
  if (has(w, 'right') !== -1 && (has(w, 'place') !== -1 || has(w, 'channel') !== -1)) return 'topic';
  // "about two months ago", "about 5 minutes later": a time, not a topic.
  if (w[0] === 'about' && w.length <= 5 && w.some((x) => x === 'ago' || x === 'later' || x === 'earlier' || x === 'before')) return null;
  // "re the parking permits..." on its own.
  if (w[0] === 're' && w.length <= 6) return 'ask';
  // "stats question", "a payroll q": the question named by its topic alone.
  const last = w[w.length - 1] ?? '';
  if (
    w.length >= 2 &&
    w.length <= 3 &&
    (last === 'question' || last === 'q') &&
    !w.slice(0, -1).some((x) => STATES_IT.has(x) || NOT_A_TOPIC.has(x) || PRAISE.has(x))
  )
    return 'ask';
  return announcesTrouble(w) ?? seeksPeople(w, clause.includes('?')) ?? asksForHelp(w) ?? announcesAsking(w);
}

// Words that can lead up to "problem"/"question" in an announcement: who has it, and how big.
const TROUBLE_LEAD = new Set(
  "i we i'm im am are is have having has got facing there there's theres a an one some small little quick big serious major minor new slight weird strange technical general tiny another few couple of still again so hi hello hey sir madam team all dear also just really bit lot lots been seeing experiencing run ran into hit hitting with the found noticed spotted discovered".split(
    ' ',
  ),
);
const TROUBLE_NOUN = new Set(
  'problem problems issue issues trouble troubles query queries doubt doubts question questions q glitch concern concerns'.split(' '),
);
const TOPIC_LINK = new Set(['with', 'about', 'regarding', 're', 'on', 'in', 'for', 'concerning', 'around', 'of', 'related', 'to', 'at']);
// A topic that describes what happens is the problem stated, not announced.
const STATES_IT = new Set(
  "is are was were does do doesn't doesnt don't dont won't wont can't cant cannot not keeps kept fails failed failing crashes crashed shows showing says saying throws returns gives stopped started broke broken missing when after since because but why how what which whether where should would could will can fixed solved resolved sorted gone closed answered if that who has have had get gets got error errors code message down slow stuck wrong instead and or then any no your my our it this these those you we i they he she someone anyone everyone nobody".split(
    ' ',
  ),
);
const TRAILING = new Set(['again', 'please', 'today', 'now', 'here', 'too', 'also', 'sir', 'madam', 'team', 'all', 'guys', 'lol', 'pls', 'asap', 'urgently']);

/** The words after a topic link name a topic (a few words, nothing that says what happens). */
function topicOnly(w: string[], from: number): boolean {
  let i = from;
  if (i < w.length && TOPIC_LINK.has(w[i] ?? '')) {
    i++;
    if (w[i - 1] === 'related' && w[i] === 'to') i++;
  } else if (i < w.length) return false;
  let end = w.length;
  while (end > i && TRAILING.has(w[end - 1] ?? '')) end--;
  if (end - i > 6) return false;
  // "the till in store 22": a place or a number in the topic is still a topic; a verb is not.
  for (let k = i; k < end; k++) if (STATES_IT.has(w[k] ?? '') && !(k === i && (w[k] === 'my' || w[k] === 'our' || w[k] === 'the'))) return false;
  return true;
}

/**
 * "I have a query regarding my payslip", "there is a problem in room 312", "problem with the
 * printer again", "we are having some problems with the last delivery", "hello sir one query":
 * a problem or question announced with at most its topic.
 */
function announcesTrouble(w: string[]): 'ask' | null {
  const k = w.findIndex((x) => TROUBLE_NOUN.has(x));
  if (k === -1 || k > 8) return null;
  // "no problem", "any questions", "the problem is that…", "your question": not an announcement.
  const before = w.slice(0, k);
  if (before.some((x) => !TROUBLE_LEAD.has(x))) {
    // One or two topic words before the noun after an article: "a Revit question", "an SSO issue".
    const art = before.findLastIndex((x) => x === 'a' || x === 'an' || x === 'one' || x === 'some');
    if (art === -1 || k - art - 1 > 2 || before.slice(0, art).some((x) => !TROUBLE_LEAD.has(x))) return null;
    if (before.slice(art + 1).some((x) => STATES_IT.has(x))) return null;
  }
  if (before.includes('the') && !before.includes('with')) return null;
  return topicOnly(w, k + 1) ? 'ask' : null;
}

const PEOPLE = new Set(
  'experts expert people folks gurus guru wizards wizard users maintainers devs admins pros specialists ninjas person persons developers engineers peeps nerds fans heads whisperers'.split(
    ' ',
  ),
);
const PERSON_SUFFIX = /(?:ians|ists|istas|aceans|ites|ers|ors)$/;
const PERSON_PLACE = new Set(['around', 'awake', 'online', 'lurking', 'here', 'about', 'present']);
const NOT_PEOPLE = new Set([
  'others',
  'answers',
  'orders',
  'numbers',
  'papers',
  'letters',
  'folders',
  'files',
  'leftovers',
  'chargers',
  'printers',
  'servers',
  'markers',
  'errors',
  'monitors',
  'headers',
  'filters',
  'layers',
  'containers',
  'covers',
]);
const WHERE = new Set(['here', 'around', 'online', 'on', 'about', 'there', 'in', 'present', 'awake', 'today', 'now', 'you', 'lurking', 'available']);

/**
 * "Stripe experts?", "any terraform people here?", "Any R people around?", "Postgres wizards",
 * "any helm chart maintainers online?", "anyone using nix flakes here?": looking for a kind of
 * person rather than asking the question.
 */
function seeksPeople(w: string[], asked: boolean): 'topic' | null {
  if (w.length > 9) return null;
  let i = 0;
  // "@here is there an Android person around?"
  if (w[i] === 'here' || w[i] === 'channel') i++;
  if ((w[i] === 'are' || w[i] === 'is') && w[i + 1] === 'there') i += 2;
  if (w[i - 1] === 'there' && (w[i] === 'a' || w[i] === 'an')) i++;
  if (w[i] === 'any' || w[i] === 'anyone' || w[i] === 'who' || w[i] === 'some' || w[i] === 'calling' || w[i] === 'paging') i++;
  let end = w.length;
  while (end > i && (WHERE.has(w[end - 1] ?? '') || w[end - 1] === 'need' || w[end - 1] === 'help' || w[end - 1] === 'some')) end--;
  const trailing = end < w.length;
  // "anyone using nix flakes here?", "anyone running k3s around?"
  if (w[i - 1] === 'anyone' && (w[i] === 'using' || w[i] === 'running' || w[i] === 'on' || w[i] === 'use')) {
    const topic = w.slice(i + 1, end);
    return trailing && asked && topic.length >= 1 && topic.length <= 4 && !topic.some((x) => STATES_IT.has(x)) ? 'topic' : null;
  }
  // "any rustaceans awake?", "any Pythonistas around?": a kind of person, asked after where they are.
  const kind = w[end - 1] ?? '';
  const namedKind = trailing && asked && i > 0 && PERSON_SUFFIX.test(kind) && !NOT_PEOPLE.has(kind) && PERSON_PLACE.has(w[end] ?? '');
  if (!PEOPLE.has(kind)) return namedKind && end - i === 1 ? 'topic' : null;
  const topic = w.slice(i, end - 1);
  // "nice workshop folks": praise for a gathering, not a search for people.
  if (topic.length < 1 || topic.length > 4 || topic.some((x) => STATES_IT.has(x) || x === 'the' || x === 'thanks' || PRAISE.has(x) || EVENT.has(x)))
    return null;
  // A bare "Postgres wizards" calls out to them; a longer topic needs a question mark, a place or a leading "any".
  return asked || trailing || i > 0 || topic.length <= 2 ? 'topic' : null;
}

const HELP = new Set(['help', 'assist', 'support']);
// "good question", "same question", "fair q": a comment on a question, not one announced.
const NOT_A_TOPIC = new Set([
  'good',
  'great',
  'fair',
  'valid',
  'interesting',
  'same',
  'that',
  'the',
  'which',
  'what',
  'whose',
  'another',
  'follow',
  'up',
  'follow-up',
  'last',
  'first',
  'next',
  'open',
  'million',
  'dollar',
  'trick',
  'silly',
  'dumb',
  'stupid',
]);

/**
 * "can someone help me with webpack", "need your help with something", "can you help me out
 * with something real quick", "Can somebody help us?": help asked for with at most a topic,
 * the task or the problem not named. "help me move the boxes" names the task.
 */
function asksForHelp(w: string[]): 'ask' | null {
  const h = w.findIndex((x) => HELP.has(x));
  if (h === -1 || w.length > 14) return null;
  const before = w.slice(0, h);
  const asking =
    (before.some((x) => x === 'can' || x === 'could' || x === 'would' || x === 'will' || x === 'need' || x === 'needed' || x === 'want') &&
      !before.some((x) => x === 'if' || x === 'i' || x === 'thanks' || x === 'for' || x === 'happy' || x === 'glad' || x === 'we')) ||
    (h === 0 && w.length > 1 && (w[1] === 'needed' || w[1] === 'with' || w[1] === 'on'));
  if (
    !asking &&
    !(
      before.length >= 1 &&
      before.every(
        (x) => x === 'need' || x === 'some' || x === 'your' || x === 'a' || x === 'little' || x === 'bit' || x === 'of' || x === 'i' || x === 'please',
      )
    )
  )
    return null;
  if (before.includes('i') && !before.includes('need')) return null;
  let i = h + 1;
  if (w[i] === 'needed') i++;
  if (w[i] === 'me' || w[i] === 'us') i++;
  if (w[i] === 'out') i++;
  if (i === w.length) return 'ask';
  const rest = w.slice(i);
  if (rest.length === 1 && (rest[0] === 'something' || rest[0] === 'please')) return 'ask';
  return topicOnly(w, i) ? 'ask' : null;
}

/**
 * "need to ask u something about the site plans", "I'd like to ask you something about the lease
 * when you have a moment", "may I ask?", "So... about the backups", "Something about the
 * newsletter": asking to ask, or a topic on its own.
 */
function announcesAsking(w: string[]): 'ask' | null {
  const a = w.indexOf('ask');
  if (a !== -1 && w.length <= 16) {
    const before = w.slice(0, a);
    if (before.some((x) => x === 'if' || x === 'you' || x === 'they' || x === 'he' || x === 'she' || x === 'did' || x === 'asked')) return null;
    if (
      !before.some(
        (x) =>
          x === 'i' || x === "i'd" || x === 'id' || x === 'to' || x === 'may' || x === 'can' || x === 'could' || x === 'want' || x === 'wanted' || x === 'need',
      )
    )
      return null;
    let i = a + 1;
    if (w[i] === 'you') i++;
    if (w[i] === 'something' || w[i] === 'a' || w[i] === 'one') {
      i++;
      if (w[i] === 'quick' || w[i] === 'small') i++;
      if (w[i] === 'question' || w[i] === 'thing' || w[i] === 'favour' || w[i] === 'favor') i++;
    }
    // "… when you have a moment", "… if you have a sec"
    const when = w.findIndex((x, j) => j >= i && (x === 'when' || x === 'whenever' || x === 'if'));
    const end = when === -1 ? w.length : when;
    if (when !== -1 && !w.slice(when).some((x) => AVAILABILITY.has(x) || x === 'chance' || x === 'free')) return null;
    const stem = w.slice(0, end);
    return i === end || topicOnly(stem, i) ? 'ask' : null;
  }
  // "about the backups", "something about the newsletter", "a thing about the rota"
  let i = 0;
  while (i < w.length && (w[i] === 'so' || w[i] === 'ok' || w[i] === 'okay' || w[i] === 'um' || w[i] === 'hey' || w[i] === 'also' || w[i] === 'and')) i++;
  if (w[i] === 'something' || (w[i] === 'a' && w[i + 1] === 'thing')) i += w[i] === 'a' ? 2 : 1;
  if (w[i] !== 'about' && w[i] !== 'regarding' && w[i] !== 'concerning') return null;
  return w.length - i <= 6 && topicOnly(w, i) ? 'ask' : null;
}

const ROUTING_VERB = new Set(['ask', 'contact', 'talk', 'speak', 'reach', 'write', 'email', 'go', 'turn', 'ping', 'message']);

/** "who do I ask?", "Whom should I contact?", "who can help?", "when's good?": where or when to ask, not what. */
export function isRoutingClause(clause: string): boolean {
  if (clause.length > MAX_CLAUSE) return false;
  const w = clauseWords(clause);
  if (w.length === 0 || w.length > 8) return false;
  if (w[0] === 'who' || w[0] === 'whom' || w[0] === "who's" || (w[0] === 'to' && w[1] === 'whom')) {
    return w.some((x) => ROUTING_VERB.has(x) || HELP.has(x) || x === 'person' || x === 'right');
  }
  if (w.length <= 3 && (w[0] === "when's" || w[0] === 'whens') && (w[1] === 'good' || w[1] === 'best')) return true;
  // "can somebody help us?" after the problem was announced
  return asksForHelp(w) !== null && w.length <= 5;
}

/** Clause-long fillers that carry nothing: "so...", "ok", "um". */
export function isFillerClause(clause: string): boolean {
  if (clause.length > 40) return false;
  const w = clauseWords(clause);
  return (
    w.length > 0 &&
    w.length <= 2 &&
    w.every((x) => x === 'so' || x === 'ok' || x === 'okay' || x === 'um' || x === 'hmm' || x === 'well' || x === 'also' || x === 'btw' || x === 'oh')
  );
}

const AVAILABILITY = new Set([
  'free',
  'time',
  'minute',
  'min',
  'sec',
  'second',
  'moment',
  'works',
  'point',
  'good',
  'around',
  'available',
  'chat',
  'suit',
  'suits',
  'convenient',
]);

/** A clause that only asks when the reader is free ("when works for you?", "are you free at some point?"). */
export function isAvailabilityClause(clause: string): boolean {
  if (clause.length > MAX_CLAUSE) return false;
  const w = clauseWords(clause);
  return w.length > 0 && w.length <= 9 && w.some((x) => AVAILABILITY.has(x)) && !w.some((x) => x === 'because' || x === 'about');
}

const PHONE = new Set(['ring', 'phone', 'call', 'buzz', 'facetime', 'bell']);
const PERSON = new Set(['me', 'you', 'him', 'her', 'them']);
const GIVE = new Set(['give', 'gimme', 'giving']);
const ASKER = new Set(['can', 'could', 'may', 'shall', 'should', "i'll", 'ill', 'let', 'mind', 'please', 'pls', 'just', 'quick', 'to']);
const GRAB = new Set(['grab', 'get', 'book', 'block', 'pop', 'popping', 'put', 'putting', 'find', 'have', 'steal', 'borrow']);
const SPAN = new Set(['min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'hr', 'half']);
const TALK = new Set(['over', 'through', 'discuss', 'chat', 'talk', 'walk', 'run', 'align', 'sync']);
const INVITE = new Set(['invite', 'meeting', 'call', 'huddle', 'zoom', 'session', 'slot']);
const SET_UP = new Set([
  'send',
  'sending',
  'set',
  'setting',
  'schedule',
  'scheduling',
  'book',
  'booking',
  'organize',
  'organise',
  'organizing',
  'organising',
  'arrange',
  'arranging',
]);
// "organise another meeting around it": what the meeting is for.
const FOR_TOPIC = new Set(['about', 'around', 're', 'regarding']);
const CALL_CUE = /ring|phone|call|buzz|facetime|bell|chat|zoom|huddle|meet|teams|hangout|invite|session|slot|vc|calendar|diary|office|person|face|desk|telecon/;
const SPAN_CUE = /min|hour|half/;
const TALK_CUE = /over|through|discuss|talk|walk|run/;
const MEDIUM = new Set([
  'call',
  'chat',
  'zoom',
  'huddle',
  'meet',
  'gmeet',
  'teams',
  'hangout',
  'vc',
  'facetime',
  'webex',
  'telecon',
  'teleconference',
  'concall',
]);
// "huddle?", "quick zoom?": a call put as a question in a word or two.
const BARE_CALL = new Set(['call', 'huddle', 'zoom', 'gmeet', 'facetime', 'hangout', 'vc']);
const CALL_WORDS = new Set(['quick', 'a', 'short', 'brief', 'teams', 'zoom', 'video', 'voice', 'phone', 'google', 'meet', 'slack', 'now']);
const PROPOSER = new Set(['wanna', 'want', 'shall', 'can', 'could', "let's", 'lets', 'should', 'how', 'fancy']);
// "let's talk it through in person", "would you like to chat when I get into the office"
const IN_PERSON = new Set(['office', 'person', 'desk', 'face']);
const PLACE_PREP = new Set(['in', 'into', 'to', 'at', 'by']);
const OWNER = new Set(['the', 'my', 'your', 'our']);
const SPEAK = new Set(['talk', 'chat', 'discuss', 'catch', 'go', 'sit']);
// "good to get on a call", "let's get on a zoom", "can we get on a call"; not "did you get on the call?"
const GET_ON = new Set(['to', "let's", 'lets', 'we']);
// "I'll throw something in your calendar so we can walk through it"
const DIARY = new Set(['calendar', 'diary', 'cal']);

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
  const asked = clause.includes('?');
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
    // "mind if I call?", "ok if I ring?"
    if (PHONE.has(x) && prev === 'i' && (w.includes('mind') || w.includes('ok') || w.includes('okay')) && i === w.length - 1) return true;
    // "teams call at 3 to go through the schedule?", "vc in 10 about the patch notes?": a call put as a question, with what it is for.
    if (i <= 1 && MEDIUM.has(x) && clause.includes('?') && w.slice(i + 1).some((y) => TALK.has(y) || y === 'about' || y === 're')) return true;
    // "give me a ring", "gimme a call"
    if (GIVE.has(x) && (PERSON.has(next) || next === 'a') && w.slice(i + 1, i + 4).some((y) => PHONE.has(y))) return true;
    // "free for a 15 min call?", "time for a quick chat?"
    if ((x === 'free' || x === 'time' || x === 'available') && next === 'for' && w.slice(i + 2, i + 7).some((y) => MEDIUM.has(y))) return true;
    // "hop in a huddle", "jump on a zoom", "hop on a quick google meet", "get on a call re: the shortlist"
    if (
      (x === 'hop' || x === 'jump' || (x === 'get' && GET_ON.has(prev) && w[i + 2] !== 'the' && !w.includes('did'))) &&
      (next === 'in' || next === 'on' || next === 'into') &&
      w.slice(i + 2, i + 6).some((y) => MEDIUM.has(y))
    )
      return true;
    // "mind a quick hangout about the pricing?"
    if (x === 'mind' && w.slice(i + 1, i + 4).some((y) => MEDIUM.has(y) && y !== 'chat')) return true;
    // "huddle?", "quick zoom?", "call in 5?"
    if (asked && w.length <= 3 && BARE_CALL.has(x) && w.every((y, k) => k === i || CALL_WORDS.has(y))) return true;
    if (asked && x === 'call' && next === 'in' && /^\d+$/.test(w[i + 2] ?? '') && w.length <= i + 4) return true;
    // "wanna do a quick gmeet on this?", "shall we have a zoom about it?"
    if (
      (x === 'do' || x === 'have') &&
      w.slice(Math.max(0, i - 2), i).some((y) => PROPOSER.has(y)) &&
      w.slice(i + 1, i + 4).some((y) => MEDIUM.has(y) && y !== 'chat')
    )
      return true;
    // "let's talk about those parts when you get to the office", "can we discuss it in person?"
    if (
      IN_PERSON.has(x) &&
      (x === 'face' ? next === 'to' : x === 'person' ? prev === 'in' : PLACE_PREP.has(prev) || (OWNER.has(prev) && PLACE_PREP.has(w[i - 2] ?? ''))) &&
      w.slice(0, i).some((y) => SPEAK.has(y)) &&
      w.slice(0, i).some((y) => PROPOSER.has(y) || y === 'like' || y === 'come') &&
      !w.includes('did') &&
      !w.includes('was')
    )
      return true;
    // "throw something in your calendar so we can walk through the draft"
    if (
      DIARY.has(x) &&
      w.slice(0, i).some((y) => y === "i'll" || y === 'ill' || y === 'let' || y === 'can' || y === 'shall') &&
      w.slice(i + 1, i + 8).some((y) => TALK.has(y))
    )
      return true;
    // "can we voice chat", "video chat"
    if ((x === 'voice' || x === 'video') && (next === 'chat' || next === 'call')) return true;
    // "grab an hour on everyone's calendar to go over", "20 minutes in the diary to go through"
    if (
      SPAN.has(x) &&
      w.slice(i + 1, i + 9).some((y) => TALK.has(y)) &&
      w.slice(Math.max(0, i - 4), i + 3).some((y) => GRAB.has(y) || y === 'have' || y === 'get' || (MEDIUM.has(y) && y !== 'chat'))
    )
      return true;
    // "send an invite so we can go over", "set up a quick meeting to go through"
    if (SET_UP.has(x) && w.slice(i + 1, i + 5).some((y) => INVITE.has(y)) && w.slice(i + 2, i + 14).some((y) => TALK.has(y))) return true;
    // "organise another meeting around it", "can we set up a call about the roadmap?"
    if (
      SET_UP.has(x) &&
      w.slice(i + 1, i + 5).some((y) => y === 'meeting' || y === 'call' || y === 'huddle' || y === 'zoom') &&
      w.slice(i + 2, i + 8).some((y) => FOR_TOPIC.has(y))
    )
      return true;
  }
  return false;
}

const CUE_G =
  /ring|phone|call|buzz|facetime|bell|chat|zoom|huddle|meet|teams|hangout|invite|session|slot|vc|calendar|diary|office|person|face|desk|telecon|min|hour|half/g;

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

const INPUT = new Set(
  'comments comment thoughts inputs input feedback views opinions opinion reactions impressions suggestions ideas remarks take critique'.split(' '),
);
const GIVE_INPUT = new Set([
  'share',
  'give',
  'send',
  'provide',
  'leave',
  'drop',
  'post',
  'any',
  'first',
  'your',
  'ur',
  'revert',
  'welcome',
  'hear',
  'know',
  'get',
  'seek',
  'seeking',
]);
// "feedback on the newsletter?", "inputs on the KYC checklist pls": the input word leads its ask.
const INPUT_TOPIC = new Set(['on', 'about', 'for', 're', 'regarding']);
const POLITE = new Set(['please', 'pls', 'plz', 'kindly']);
const INPUT_AFTER = new Set(['welcome', 'welcomed', 'appreciated', 'please', 'anyone', 'wanted', 'needed', 'invited', 'encouraged']);
const READ_IT = new Set(['misunderstood', 'misread', 'read', 'saw', 'seen', 'missed', 'understood', 'got', 'ignore', 'ignored']);
const OWN = new Set(['no', 'my', 'our', 'his', 'her', 'their']);
const OFFERER = new Set(['i', "i'll", 'ill', "we'll", "i'd", 'id', 'will']);
const THINKERS = new Set(['you', "y'all", 'yall', 'guys', 'folks', 'people', 'everyone', 'we', 'all', 'team', 'others']);

/**
 * The clause asks for open input, in any wording: "pls share ur inputs on the appraisal template",
 * "We would welcome your comments", "reactions welcome", "first impressions?", "let me know ur
 * views", "what do y'all think", "Anything to add?". Thanks for
 * input, input received or addressed, and input offered ("I have some thoughts") are not asks.
 */
export function asksForInput(clause: string): boolean {
  if (clause.length > MAX_CLAUSE) return false;
  const w = clauseWords(clause);
  if (w.length === 0 || w.length > 16) return false;
  if (w.some((x) => x === 'thanks' || x === 'thank' || x === 'based' || x === 'addressed' || x === 'incorporated' || x === 'received' || x === 'per'))
    return false;
  const asked = clause.includes('?');
  for (let i = 0; i < w.length; i++) {
    const x = w[i] ?? '';
    if (INPUT.has(x)) {
      const before = w.slice(Math.max(0, i - 3), i);
      // "add your comments" (in the linked doc): a place to comment, not an open ask; "misunderstood your comment": read, not asked.
      if (before.some((y) => OWN.has(y) || y === 'add' || READ_IT.has(y))) continue;
      // "I'll send comments by Thursday", "I want to give the feedback properly": offered, not asked.
      if (w.slice(0, i).some((y) => OFFERER.has(y))) continue;
      if (before.some((y) => GIVE_INPUT.has(y)) || INPUT_AFTER.has(w[i + 1] ?? '') || (asked && i === w.length - 1 && w.length <= 3)) return true;
      if (i <= 2 && w.length <= 10 && INPUT_TOPIC.has(w[i + 1] ?? '') && (asked || w.some((y) => POLITE.has(y)))) return true;
    }
    // "what do you guys think (I should cover)?", "what does everyone think"
    if (
      x === 'what' &&
      (w[i + 1] === 'do' || w[i + 1] === 'does') &&
      w.slice(i + 2, i + 5).some((y) => THINKERS.has(y)) &&
      w.slice(i + 2, i + 6).some((y) => y === 'think' || y === 'reckon')
    )
      return true;
  }
  // "anything to add?", "anything else anyone wants to add?"
  return (
    (w[0] === 'anything' && w[1] === 'to' && w[2] === 'add') ||
    (asked && w.length <= 8 && w.includes('anything') && w.includes('add') && !w.some((y) => OWN.has(y)))
  );
}

// Gatherings a recap follows. "call" and "chat" only with praise ("good call" alone can mean a good decision).
const EVENT = new Set(
  'meeting session sync townhall summit workshop conversation crit critique postmortem post-mortem retro retrospective planning walk club offsite off-site meetup demo standup stand-up kickoff kick-off brainstorm debrief presentation training webinar hackathon agm conference seminar rehearsal huddle discussion discussions chats call chat talk qbr review away playtest jam sesh all-hands inset alignment catchup catch-up onboarding prep showcase masterclass lecture class visit tour retreat pitch mtg convo conversations committee party'.split(
    ' ',
  ),
);
const PRAISE = new Set(
  'great good nice lovely fun productive constructive awesome amazing fantastic excellent useful helpful insightful solid brilliant wonderful super cool epic fruitful inspiring enjoyed loved gg ggs productive stellar terrific informative engaging energising energizing successful smooth gr8'.split(
    ' ',
  ),
);
const NOT_PRAISED = new Set([
  'way',
  'idea',
  'ideas',
  'question',
  'point',
  'points',
  'place',
  'time',
  'choice',
  'option',
  'reason',
  'luck',
  'news',
  'catch',
  'enough',
  'for',
  'at',
  'with',
]);
const THANKED = new Set([
  'attending',
  'joining',
  'coming',
  'presenting',
  'participating',
  'participation',
  'attendance',
  'joined',
  'attended',
  'came',
  'sticking',
  'jumping',
  'showing',
]);

/**
 * A clause that looks back on a gathering with praise or thanks, in any wording: "gr8 call
 * everyone", "good convo earlier!", "journal club was fun today", "appreciate everyone joining
 * today", "Thank you all for attending the townhall", "ggs on the mod meeting tonight". What
 * makes it a recap without outcomes is decided by the rule, from the rest of the message.
 */
export function looksBack(clause: string): boolean {
  if (clause.length > MAX_CLAUSE) return false;
  const w = clauseWords(clause);
  if (w.length === 0 || w.length > 16) return false;
  // "will you come to the meeting?", "see you at the workshop": ahead, not back.
  if (
    w.some(
      (x, i) =>
        x === 'will' ||
        x === 'would' ||
        x === 'should' ||
        x === 'tomorrow' ||
        x === 'next' ||
        x === 'upcoming' ||
        (x === 'see' && w[i + 1] === 'you') ||
        x === 'join' ||
        x === 'invite' ||
        x === 'if',
    )
  )
    return false;
  const thanks = w.findIndex((x) => x === 'thanks' || x === 'thank' || x === 'appreciate' || x === 'appreciated' || x === 'cheers');
  if (thanks !== -1) {
    const after = w.slice(thanks + 1, thanks + 9);
    if (after.some((x) => THANKED.has(x))) return true;
    if (after.some((x) => EVENT.has(x) && x !== 'call' && x !== 'chat' && x !== 'talk' && x !== 'review')) return true;
    if (after.includes("everyone's") && after.includes('time')) return true;
  }
  for (let i = 0; i < w.length; i++) {
    if (!PRAISE.has(w[i] ?? '')) continue;
    // "a good way to review", "good idea": praise of something else.
    if (NOT_PRAISED.has(w[i + 1] ?? '')) continue;
    // "great meeting", "good site walk", "ggs on the mod meeting", "loved today's crit"
    const near = w.slice(i + 1, i + 7);
    if (near.some((x) => EVENT.has(x))) return true;
    // "journal club was fun", "the offsite was great", "sprint planning done, great work"
    const back = w.slice(Math.max(0, i - 4), i);
    if (back.some((x) => x === 'was' || x === 'were' || x === 'done' || x === 'wrapped') && back.some((x) => EVENT.has(x))) return true;
    // "kickoff! great to see everyone": the gathering leads the message.
    if (i <= 2 && w.slice(0, i).some((x) => EVENT.has(x) && x !== 'call' && x !== 'chat' && x !== 'talk' && x !== 'review')) return true;
  }
  return false;
}
