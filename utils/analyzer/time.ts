/**
 * Does the message say when? Our own matcher rather than chrono-node: chrono parses full
 * dates (none of our rules needs the date itself), costs ~25× our whole time check on a
 * 2,000-character message, and knows nothing of "EOD", "next sprint", "no rush" or
 * "before the 3pm call" — the phrases async teams actually write. `npm run bench` prints
 * both on the same text.
 *
 * Word phrases join the analyzer's single lexicon scan (owner `time`); the few that need
 * a look around (a month next to a number, "before the … call") are checked at the hit;
 * numbers (14:00, 3pm, 24/11, "in 2 hours") come from one digit-led expression.
 */
import { type Hit, Lexicon } from './lexicon';

const WEEKDAYS = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const ABBREV = '(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)';
const UNITS = '(min|mins|minute|minutes|h|hr|hrs|hour|hours|day|days|week|weeks|business days|working days)';

export const TIME_LEXICON: Record<'concrete' | 'relaxed' | 'urgent' | 'event' | 'month', string[]> = {
  // A point in time the reader can plan against.
  concrete: [
    `${WEEKDAYS}`,
    `${WEEKDAYS}('s|s)`,
    "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri)'s",
    `(by|on|before|until|till|next|this|due) ${ABBREV}`,
    `(by|on|before|until|till|next|this|due) ${ABBREV}.`,
    "(today|tonight|tomorrow|tmrw|tmr|tomorow|tomorrows|today's|tomorrow's|weekend)",
    '(this|next|the coming) (morning|afternoon|evening|week|weekend|month|quarter|sprint|cycle|release|iteration)',
    '(end|close) of (the |)(day|week|month|quarter|sprint|year|business|play)',
    '(eod|eow|eom|eoq|cob|eob|eop|e.o.d|e.o.d.)',
    '(by|before|around|at|after) (lunch|noon|midday|midnight|the morning|the afternoon|the evening|then|the time|the end|close)',
    '(before|by|after) (standup|stand-up|handover|kickoff|class|shift change)',
    '(first thing|later today|noon|midday|midnight|at the latest|next sprint|deadline is|the deadline)',
    'due (date|by|on|today|tomorrow|this|next)',
    `(within|in) (the next |)(a|an|one|two|three|four|five|ten|half an|half a|a couple of|a few) ${UNITS}`,
    '(by|before|in|end of|until) (q1|q2|q3|q4|h1|h2)',
  ],
  // The reader is told there is no clock: a time expectation too.
  relaxed: [
    "(when possible|whenever possible|as time permits|when time permits|when you are free|when you're free|once you're free|when you get to it)",
    "(no rush|no hurry|no pressure|no deadline|there's no rush|there is no rush|whenever|when you can|when u can|when convenient|in your own time)",
    '(at your convenience|at your earliest convenience|not urgent|non-urgent|low prio|low priority|not time sensitive|not time-sensitive|at some point)',
    '(sometime|some time) (this|next)',
    '(when|whenever|if) you (get|have|find) (a |the |some |)(chance|moment|minute|min|sec|second|time|bandwidth)',
  ],
  // Urgency carries a (vague) time expectation; whether it is justified is false-urgency's call.
  urgent: ['(asap|a.s.a.p|a.s.a.p.|urgent|urgently|immediately|right away|right now|straight away|now!)'],
  // "before the 3pm call", checked at the hit.
  event: ["(before|ahead of|by) (the|our|my|your|their|this|next|tomorrow's|today's|friday's|monday's)"],
  // A month counts next to a day number only ("3 May", "May 3rd").
  month: ['(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)'],
};

const EVENT_AFTER =
  /(?:\s+[\w:'-]+){0,3}?\s+(?:call|meeting|demo|release|launch|review|standup|stand-up|sync|deadline|cutoff|cut-off|freeze|kickoff|kick-off|offsite|board|1:1|interview|presentation|deploy|deployment|retro|planning|workshop|webinar|cycle|sprint|weekend|holidays?)(?![a-z])/y;
const MONTH_AFTER = /\.?\s+\d{1,2}(?:st|nd|rd|th)?(?![a-z0-9])/y;
const MONTH_BEFORE = /(?<![a-z0-9])\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?$/;
const NUMERIC =
  /(?<![\w.])\d{1,4}(?:(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|:\d{2}|h\d{2}|\/\d{1,2}(?:\/\d{2,4})?|\.\d{1,2}\.(?:\d{2,4})?|-\d{2}-\d{2}|\s*(?:min|mins|minutes?|h|hrs?|hours?|days?|weeks?|business days?|working days?))(?![a-z0-9])/g;
const DURATION_BEFORE = /(?:in|within)\s+(?:the\s+next\s+)?$/;
// "by 3", "at 4", "in 5": a bare hour or a few minutes, said casually.
const BARE_HOUR = /(?<![\d:/.,])\d{1,2}(?![\d:/.,%a-z])/g;
const BARE_HOUR_BEFORE = /(?<![a-z])(?:by|at|before|after|around|until|till|in)\s+$/;
// "by the 15th (of the month)": a day of the month, said without the month.
const ORDINAL_DAY = /(?<![a-z])(?:by|on|before|until|till) the \d{1,2}(?:st|nd|rd|th)(?![a-z0-9])/g;
// "after 3 attempts", "by 2 people": a count, not an hour.
const COUNTED =
  /^\s+(?:attempts?|tries|times|people|persons|users|items|units|pieces|tickets|cases|files|pages|rows|orders|boxes|pallets|rooms|nights|more|of|out|in a row)(?![a-z])/;
// "last Monday", "Black Friday", "the invoices from 4 June": a past day or a name, not a time to plan against.
const NOT_AHEAD_DAY = /(?<![a-z])(?:last|past|previous|black|good|cyber)\s+$/;
const NOT_AHEAD_DATE = /(?<![a-z])(?:last|past|previous|from|since|dated|of)\s+(?:the\s+)?$/;

export interface TimeFacts {
  /** First concrete time or date, if any. */
  concrete: { start: number; end: number } | null;
  relaxed: boolean;
  urgent: boolean;
}

/** Time facts from the lexicon hits of owner `time`, plus numbers. */
export function timeFactsFromHits(lower: string, end: number, hits: readonly Hit[]): TimeFacts {
  const out: TimeFacts = { concrete: null, relaxed: false, urgent: false };
  const concrete = (start: number, stop: number) => {
    if (!out.concrete || start < out.concrete.start) out.concrete = { start, end: stop };
  };
  for (const h of hits) {
    if (h.tag === 'relaxed') out.relaxed = true;
    else if (h.tag === 'urgent') out.urgent = true;
    else if (h.tag === 'concrete') {
      if (!NOT_AHEAD_DAY.test(lower.slice(Math.max(0, h.start - 10), h.start))) concrete(h.start, h.end);
    } else if (h.tag === 'event') {
      EVENT_AFTER.lastIndex = h.end;
      if (EVENT_AFTER.test(lower) && EVENT_AFTER.lastIndex <= end) concrete(h.start, EVENT_AFTER.lastIndex);
    } else if (h.tag === 'month') {
      MONTH_AFTER.lastIndex = h.end;
      const after = MONTH_AFTER.test(lower) && MONTH_AFTER.lastIndex <= end;
      const word = lower.slice(h.start, h.end);
      // "may" is a month only as "3 May" or "May 3rd", never "may 2".
      const dayBefore = MONTH_BEFORE.exec(lower.slice(Math.max(0, h.start - 12), h.start));
      const from = h.start - (dayBefore ? dayBefore[0].length : 0);
      if (NOT_AHEAD_DATE.test(lower.slice(Math.max(0, from - 14), from))) continue;
      if (
        word === 'may'
          ? (after && /\d(?:st|nd|rd|th)$/.test(lower.slice(h.end, MONTH_AFTER.lastIndex))) ||
            MONTH_BEFORE.test(lower.slice(Math.max(0, h.start - 12), h.start))
          : after || MONTH_BEFORE.test(lower.slice(Math.max(0, h.start - 12), h.start))
      )
        concrete(h.start, after ? MONTH_AFTER.lastIndex : h.end);
    }
  }
  const body = end < lower.length ? lower.slice(0, end) : lower;
  // Digit first (rare), then the word before it: far cheaper than the word-led expression.
  BARE_HOUR.lastIndex = 0;
  for (let m = BARE_HOUR.exec(body); m; m = BARE_HOUR.exec(body)) {
    const before = BARE_HOUR_BEFORE.exec(body.slice(Math.max(0, m.index - 10), m.index));
    if (!before || COUNTED.test(body.slice(m.index + m[0].length, m.index + m[0].length + 16))) continue;
    concrete(m.index - before[0].length, m.index + m[0].length);
    break;
  }
  ORDINAL_DAY.lastIndex = 0;
  const ordinal = ORDINAL_DAY.exec(body);
  if (ordinal) concrete(ordinal.index, ordinal.index + ordinal[0].length);
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(body); m; m = NUMERIC.exec(body)) {
    // "2 hours" is a deadline only as "in 2 hours"/"within 2 days".
    if (/[a-z]$/.test(m[0]) && !/(?:am|pm|\.m\.)$/.test(m[0]) && !DURATION_BEFORE.test(body.slice(Math.max(0, m.index - 20), m.index))) continue;
    concrete(m.index, m.index + m[0].length);
    break;
  }
  return out;
}

let standalone: Lexicon | null = null;

/** Time facts of a string on its own (subjects, the bench). */
export function timeFacts(lower: string, end = lower.length): TimeFacts {
  standalone ??= new Lexicon(Object.entries(TIME_LEXICON).flatMap(([tag, phrases]) => phrases.map((phrase) => ({ rule: 'time', tag, phrase }))));
  return timeFactsFromHits(lower, end, standalone.scan(lower, end).get('time') ?? []);
}
