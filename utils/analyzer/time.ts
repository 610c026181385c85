/**
 * Does the message say when? Our own matcher rather than chrono-node: chrono parses
 * full dates (and is needed for none of our rules' decisions), costs milliseconds per
 * message against our 0.05 ms budget, and knows nothing of "EOD", "next sprint",
 * "no rush" or "before the 3pm call" — the phrases async teams actually write.
 * `npm run bench` prints both for the same texts.
 */

const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays?|weekend)';
const MONTH = '(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';
const PERIOD = '(?:day|week|month|quarter|sprint|year|business|play|the day|the week|the month|the quarter|the sprint|the year)';

// Concrete: a point in time the reader can plan against.
const CONCRETE = [
  `(?:by|on|before|until|till|this|next|coming|last)\\s+${WEEKDAY}`,
  "(?:by|on|before|until|till|next|this|due)\\s+(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?|(?:mon|tue|tues|wed|thu|thur|thurs|fri)'s",
  `${WEEKDAY}(?:'s)?(?:\\s+(?:morning|afternoon|evening|noon|eod|cob|\\d))?`,
  "(?:today|tonight|tomorrow|tmrw|tmr|tomorow|tomorrows|today's|tomorrow's)",
  '(?:this|next|the coming)\\s+(?:morning|afternoon|evening|week|weekend|month|quarter|sprint|cycle|release|iteration)',
  `(?:end|close)\\s+of\\s+${PERIOD}`,
  '(?:eod|eow|eom|eoq|cob|eob|eop|e\\.o\\.d\\.?)',
  '(?:by|before|around|at)\\s+(?:lunch|noon|midday|midnight|the morning|the afternoon|the evening|then|the time|the end|close)',
  'first thing',
  'later today',
  '(?:within|in)\\s+(?:the\\s+next\\s+)?(?:\\d+|a|an|one|two|three|four|five|ten|half an?|a couple of|a few)\\s*(?:min|mins|minutes?|h|hrs?|hours?|days?|weeks?|business days?|working days?)',
  '\\d{1,2}(?::\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)',
  '\\d{1,2}:\\d{2}',
  '\\d{1,2}h\\d{2}',
  'noon|midday|midnight',
  `${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?`,
  '\\d{1,2}(?:st|nd|rd|th)?\\s+may|may\\s+\\d{1,2}(?:st|nd|rd|th)(?![a-z0-9])',
  `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}`,
  '\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?',
  '\\d{1,2}\\.\\d{1,2}\\.(?:\\d{2,4})?',
  '\\d{4}-\\d{2}-\\d{2}',
  '(?:by|before|in|end of|until)\\s+(?:q[1-4]|h[12])',
  "(?:before|ahead of|by)\\s+(?:the|our|my|your|their|this|next|tomorrow's|today's|friday's|monday's)\\s+(?:[\\w:-]+\\s+){0,3}(?:call|meeting|demo|release|launch|review|standup|stand-up|sync|deadline|cutoff|cut-off|freeze|kickoff|kick-off|offsite|board|1:1|interview|presentation|deploy|deployment|retro|planning|workshop|webinar|cycle|sprint|weekend|holidays?)",
  'deadline\\s+is',
  'due\\s+(?:date|by|on|today|tomorrow|this|next)',
  'at the latest',
  'next sprint',
];

// Relaxed: the reader is told there is no clock, which is a time expectation too.
const RELAXED = [
  'no rush',
  'no hurry',
  'no pressure',
  'no deadline',
  "(?:there's|there is) no (?:rush|hurry)",
  'whenever',
  'when(?:ever)? you (?:get|have|find) (?:a|the|some)? ?(?:chance|moment|minute|min|sec|second|time|bandwidth)',
  'when you can',
  'when convenient',
  'at your (?:earliest )?convenience',
  'in your own time',
  'not urgent',
  'non-urgent',
  'low prio(?:rity)?',
  'not time[- ]sensitive',
  'at some point',
  'some ?time (?:this|next)',
  'if you (?:get|have|find) (?:a|the)? ?(?:chance|moment|time|minute)',
];

// Urgency words carry a (vague) time expectation; whether they are justified is false-urgency's call.
const URGENT = ['asap', 'a\\.s\\.a\\.p\\.?', 'urgent(?:ly)?', 'immediately', 'right away', 'right now', 'straight away', 'now!'];

const TIME_RE = new RegExp(`(?<![a-z0-9])(?:(${CONCRETE.join('|')})|(${RELAXED.join('|')})|(${URGENT.join('|')}))(?![a-z0-9])`, 'g');

export interface TimeFacts {
  /** First concrete time or date, if any. */
  concrete: { start: number; end: number } | null;
  relaxed: boolean;
  urgent: boolean;
}

export function timeFacts(lower: string, end = lower.length): TimeFacts {
  const body = end < lower.length ? lower.slice(0, end) : lower;
  const out: TimeFacts = { concrete: null, relaxed: false, urgent: false };
  TIME_RE.lastIndex = 0;
  for (let m = TIME_RE.exec(body); m; m = TIME_RE.exec(body)) {
    if (m[1] !== undefined && !out.concrete) out.concrete = { start: m.index, end: m.index + m[0].length };
    else if (m[2] !== undefined) out.relaxed = true;
    else if (m[3] !== undefined) out.urgent = true;
    if (out.concrete && out.relaxed && out.urgent) break;
  }
  return out;
}

/** Any time expectation at all: concrete, relaxed or urgent. */
export function hasTimeExpectation(f: TimeFacts): boolean {
  return f.concrete !== null || f.relaxed || f.urgent;
}
