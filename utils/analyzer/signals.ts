/**
 * Facts several rules ask about a draft: links, time expectations, specifics, reasons.
 * Each is computed once per draft and memoised on it.
 */
import type { Draft, Range } from './text';
import { type TimeFacts, timeFacts, timeFactsFromHits } from './time';

// Links start with a scheme or "www.", or are bare document-tool hosts people paste without one.
const URL_START = /https?:\/\/|www\.|notion\.s(?:o|ite)\/|google\.com\/|dropbox\.com\/|sharepoint\.com\/|1drv\.ms\/|figma\.com\/|loom\.com\//g;
const URL_STOP = /[\s<>"'`)\]]/;

export function urls(d: Draft): Range[] {
  return d.fact('urls', () => {
    const out: Range[] = [];
    const body = d.authoredEnd < d.lower.length ? d.lower.slice(0, d.authoredEnd) : d.lower;
    URL_START.lastIndex = 0;
    for (let m = URL_START.exec(body); m; m = URL_START.exec(body)) {
      let start = m.index;
      // Bare hosts: back up over the host's own name ("acme.notion.site/…").
      while (start > 0 && /[a-z0-9.-]/.test(body.charAt(start - 1))) start--;
      if (start > 0 && /[\w@/]/.test(body.charAt(start - 1))) continue;
      let end = m.index + m[0].length;
      while (end < body.length && !URL_STOP.test(body.charAt(end))) end++;
      while (end > start && '.,;:!?'.includes(body.charAt(end - 1))) end--;
      out.push({ start, end });
      URL_START.lastIndex = end;
    }
    return out;
  });
}

/** Time facts of the author's text and the subject together. */
export function time(d: Draft): TimeFacts {
  return d.fact('time', () => {
    const body = d.hits ? timeFactsFromHits(d.lower, d.authoredEnd, d.hits.get('time') ?? []) : timeFacts(d.lower, d.authoredEnd);
    if (!d.subject) return body;
    const subj = timeFacts(d.subject);
    return {
      concrete: body.concrete ?? (subj.concrete ? { start: -1, end: -1 } : null),
      relaxed: body.relaxed || subj.relaxed,
      urgent: body.urgent || subj.urgent,
    };
  });
}

/**
 * A time expectation the reader can plan against: a concrete time or an explicit "no rush".
 * "ASAP"/"urgent"/"immediately" are urgency, not a time expectation (docs/rules.md).
 */
export function hasTimeExpectation(d: Draft): boolean {
  const t = time(d);
  return t.concrete !== null || t.relaxed;
}

// An id, a file, an error, a quote, an attachment: something the reader can find.
const SPECIFIC_RE =
  /(?<![a-z0-9])(?:[a-z][a-z0-9]{1,9}-\d{1,6}|#\d{2,}|pr ?#?\d+|[\w-]+\.(?:pdf|docx?|xlsx?|pptx?|csv|txt|png|jpe?g|key|md|json|ya?ml|zip|fig)|attached|enclosed|screenshot|error:|exception|"[^"\n]{6,}"|“[^”\n]{6,}”|`[^`\n]{3,}`)(?![a-z0-9])/;

/** The message itself identifies what it talks about. */
export function hasSpecifics(d: Draft): boolean {
  return d.fact('specifics', () => {
    // A date is not a specific: "as discussed, by Friday" still leaves the reader guessing what.
    if (urls(d).length > 0 || d.hasList) return true;
    const body = d.lower.slice(0, d.authoredEnd);
    return SPECIFIC_RE.test(body) || body.indexOf('📎') !== -1;
  });
}

const REASON_RE =
  /(?<![a-z])(?:because|cuz|coz|since (?:the|we|our|it|they|i|he|she|you)|as (?:the|our|we|they|it|i)|due to|otherwise|or else|so that|so we can|so i can|so they can|in order to|the reason|reason is|b\/c|blocking|blocked|blocker|blocks|is down|are down|went down|goes down|outage|broken|breaking|failing|fails|failed|crash\w*|incident|sev ?[0-3]|p[0-2](?![a-z0-9])|breach\w*|leak\w*|expires?|expiring|expired|penalt\w*|fine[sd]?|escalat\w*|(?:is|are|was|were|been|keeps?) waiting|waiting on|waiting for|stuck|lose|losing|lost|starts? (?:at|in|then)|before the|goes live|go-live|is live|is late|overdue|cut-?off|won't|can't|cannot|unable to|refus\w+|without (?:it|this|that|them)|is at the gate|on hold|fault|faulty|on fire|fire alarm|flood\w*|injur\w*|smoke|(?:run|ran|running|are|we're|is|they're) out of)(?![a-z])/;

/** The message gives a reason (for urgency, mostly). */
export function hasReason(d: Draft): boolean {
  return d.fact('reason', () => {
    const body = d.lower.slice(0, d.authoredEnd);
    // "— the driver is at the gate": a statement after a dash explains; a request after it does not.
    const dash =
      /\s[—–-]\s+((?!(?:can|could|would|will|please|pls|plz|kindly|need|needs|asap|urgent|urgently|now|send|get|fix|someone|somebody|anyone|anybody|top|high|highest|emergency|critical|immediately|right|drop)\b)[a-z][^?\n]{15,})/.exec(
        body,
      );
    return REASON_RE.test(body) || REASON_RE.test(d.subject) || dash !== null;
  });
}

/** The word at `at` is quoted in its sentence (reported speech, a label): an odd number of quote marks before it. */
export function insideQuotes(d: Draft, at: number): boolean {
  const t = d.lower;
  let n = 0;
  // From the line's start when it is near: a quote spans sentences ("NOTE: … updated. Please re-run it.").
  const line = t.lastIndexOf('\n', at - 1) + 1;
  const from = at - line <= 400 ? line : d.sentenceAt(at).start;
  for (let i = from; i < at; i++) {
    const c = t.charAt(i);
    if (c === '"' || c === '“' || c === '”' || c === '`' || c === '‘' || ((c === "'" || c === '’') && !/[a-z]/.test(t.charAt(i - 1)))) n++;
  }
  return n % 2 === 1;
}

/** Words in a range, cheap. */
export function wordsIn(d: Draft, r: Range): number {
  let n = 0;
  let inWord = false;
  for (let i = r.start; i < r.end; i++) {
    const c = d.lower.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127 || c === 39;
    if (letter && !inWord) n++;
    inWord = letter;
  }
  return n;
}
