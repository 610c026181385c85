/**
 * Where an inserted template reads naturally, decided on the draft's text alone (pure):
 * - a clause (" — needed by …") goes at the end of the flagged sentence, before its closing
 *   punctuation, one space from the last word: "Could you review my PR — needed by …?";
 * - a one-line sentence ("Needed by … because …") follows the flagged sentence, after a space;
 * - a multi-line template ("Goal: …", "Question: …") gets its own paragraph after the flagged
 *   paragraph (or after the message, above a signature, when nothing is flagged).
 * The caller writes `text` at `at` and selects the first placeholder.
 */
import type { Finding } from '../../analyzer/types';

export interface InsertPlan {
  /** Offset in the draft's text where `text` goes. */
  at: number;
  text: string;
}

const TERMINAL = /[.?!]/;
/** "-- " on its own line opens a signature (RFC 3676); Gmail writes it before its signature block. */
const SIGNATURE = /\n-- ?\n/;

/** The end of the message proper: before a signature, without trailing blank space. */
function contentEnd(text: string): number {
  const sig = SIGNATURE.exec(text);
  const body = sig ? text.slice(0, sig.index) : text;
  return body.trimEnd().length;
}

/** From `from`, the end of its sentence: the next terminal punctuation run or line end. */
function sentenceEnd(text: string, from: number, limit: number): number {
  let i = from;
  // The flagged range may already end on the punctuation, or just after it.
  while (i > 0 && /\s/.test(text[i - 1] as string)) i--;
  if (i > 0 && TERMINAL.test(text[i - 1] as string)) return i;
  while (i < limit && text[i] !== '\n' && !TERMINAL.test(text[i] as string)) i++;
  while (i < limit && TERMINAL.test(text[i] as string)) i++;
  return i;
}

/** The end of the paragraph holding `from`: the next blank line, or the end of the message. */
function paragraphEnd(text: string, from: number, limit: number): number {
  const blank = text.slice(from, limit).search(/\n[ \t\u00a0]*\n/);
  return (blank < 0 ? text.slice(0, limit) : text.slice(0, from + blank)).trimEnd().length;
}

/** A template's own greeting ("Hi! Context: …") is dropped where the draft already greets. */
const withoutGreeting = (template: string) => template.replace(/^[^\n.!?]{1,20}[!.]\s+/u, '');

export function planInsert(text: string, finding: Finding, template: string): InsertPlan {
  const limit = contentEnd(text);
  const ranged = finding.end !== undefined && finding.end <= limit;
  const from = ranged ? (finding.end as number) : limit;
  const clause = /^[\s,;:—–-]/u.test(template) || /^\p{Ll}/u.test(template);
  const multiline = template.includes('\n') || finding.rule === 'greeting-only';

  if (clause) {
    let at = sentenceEnd(text, from, limit);
    while (at > 0 && TERMINAL.test(text[at - 1] as string)) at--;
    while (at > 0 && /[ \t\u00a0]/.test(text[at - 1] as string)) at--;
    const body = template.trim();
    const glue = at === 0 || /^[,;:]/.test(body) ? '' : ' ';
    return { at, text: glue + body };
  }
  if (!multiline) {
    const at = sentenceEnd(text, from, limit);
    return { at, text: (at === 0 ? '' : ' ') + template.trim() };
  }
  const body = finding.rule === 'greeting-only' ? withoutGreeting(template) : template;
  const at = ranged ? paragraphEnd(text, from, limit) : limit;
  return { at, text: (at === 0 ? '' : '\n\n') + body.trim() };
}
