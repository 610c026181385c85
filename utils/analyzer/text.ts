/**
 * Turns a raw draft into what the rules read: the same string with quoted history and
 * signatures blanked out (offsets never move), lower-cased once, plus facts computed on
 * first use so a rule that never asks costs nothing.
 */

import type { Hit } from './lexicon';

export const MAX_CHARS = 200_000;
const MAX_SENTENCE = 600;

// Lines that start the quoted part of a reply or forward: everything after is history.
const QUOTE_HEADER =
  /^(?:on\b.{0,300}\bwrote:|am\b.{0,300}\bschrieb.{0,80}:|le\b.{0,300}\ba écrit\s*:|el\b.{0,300}\bescribió:|-{2,}\s*(?:original message|forwarded message|ursprüngliche nachricht|message d'origine)\s*-{2,}|_{8,}|begin forwarded message:|from:\s.+|de\s*:\s.+@.+|von:\s.+)$/;
// A signature starts at "-- ", a mobile footer, or a sign-off line near the end.
// First characters of the header lines above: a cheap test before the costly one.
const HEADER_START = 'oalebfdv-_—';
const SIG_DELIMITER = /^(?:--|—|sent from my \w+|get outlook for \w+|sent from (?:mail|outlook) for \w+)\s*$/;
// Tested on a trimmed line: the sign-off, its punctuation, then up to three name words.
const SIGN_OFF =
  /^(?:best|best regards|best wishes|kind regards|warm regards|warmest regards|warm wishes|many thanks|thanks|thank you|thanks again|thx|cheers|regards|rgds|best rgds|sincerely|yours|yours sincerely|yours truly|yours faithfully|respectfully|respectfully yours|thanks (?:&|and|n) regards|thanks & rgds|with (?:best |kind |warm )?regards|thanking you|all the best|talk soon|br|kr|mit freundlichen grüßen|viele grüße|lg|cordialement|saludos|un saludo|atentamente|abraços|cumprimentos|cordiali saluti)(?:\s*[,.!])?(?:\s+[a-z][\w.'-]*){0,3}$/;

export interface Line {
  start: number;
  end: number;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) {
      out.push({ start, end: text.length });
      return out;
    }
    out.push({ start, end: nl });
    start = nl + 1;
  }
}

/** Lower-case without changing length (a few characters grow when lower-cased). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  const same =
    lower.length === text.length
      ? lower
      : Array.from(text, (c) => {
          const l = c.toLowerCase();
          return l.length === c.length ? l : c;
        }).join('');
  return same.indexOf('\u2019') === -1 ? same : same.replace(/\u2019/g, "'");
}

interface Masked {
  lower: string;
  /** Where the author's own text ends (history and signature follow). */
  authoredEnd: number;
  quoted: boolean;
}

/** Blank quoted history and signatures so rules read only the author's new words. */
function mask(text: string, lower: string): Masked {
  if (lower.indexOf('\n') === -1) return { lower, authoredEnd: text.length, quoted: false };
  const ls = lines(lower);
  let cut = lower.length;
  let quoted = false;
  const blank: Line[] = [];
  let nonEmptySeen = 0;
  for (let i = 0; i < ls.length; i++) {
    const { start, end } = ls[i] as Line;
    const line = lower.slice(start, end).trim();
    if (line === '') continue;
    if (line.charCodeAt(0) === 62 /* > */) {
      blank.push({ start, end });
      quoted = true;
      continue;
    }
    const first = line.charAt(0);
    if (nonEmptySeen > 0 && line.length < 400 && HEADER_START.includes(first) && (QUOTE_HEADER.test(line) || isWroteHeader(ls, i, lower))) {
      cut = start;
      quoted = true;
      break;
    }
    if (nonEmptySeen > 0 && line.length < 60 && (SIG_DELIMITER.test(line) || (SIGN_OFF.test(line) && nonEmptyAfter(ls, i, lower) <= 6))) {
      cut = start;
      // History below the signature still tells the reader what "the below" is.
      quoted ||= hasHistoryBelow(ls, i + 1, lower);
      break;
    }
    nonEmptySeen++;
  }
  if (cut === lower.length && blank.length === 0) return { lower, authoredEnd: cut, quoted };
  let out = '';
  let pos = 0;
  for (const b of blank) {
    if (b.start >= cut) break;
    out += lower.slice(pos, b.start) + ' '.repeat(b.end - b.start);
    pos = b.end;
  }
  out += lower.slice(pos, cut) + lower.slice(cut).replace(/[^\n]+/g, (line) => ' '.repeat(line.length));
  let authoredEnd = cut;
  while (authoredEnd > 0 && /\s/.test(out.charAt(authoredEnd - 1))) authoredEnd--;
  return { lower: out, authoredEnd, quoted };
}

function hasHistoryBelow(ls: Line[], from: number, lower: string): boolean {
  for (let j = from; j < ls.length; j++) {
    const l = ls[j] as Line;
    const line = lower.slice(l.start, l.end).trim();
    if (line.charCodeAt(0) === 62 || (line.length < 400 && HEADER_START.includes(line.charAt(0)) && (QUOTE_HEADER.test(line) || isWroteHeader(ls, j, lower))))
      return true;
  }
  return false;
}

// "On Tue, 3 May 2026 at 10:02, Lena <lena@x.com>" wrapped onto the next line "wrote:".
function isWroteHeader(ls: Line[], i: number, lower: string): boolean {
  const cur = ls[i] as Line;
  const next = ls[i + 1];
  if (!next || !lower.startsWith('on ', lower.slice(cur.start, cur.end).search(/\S/) + cur.start)) return false;
  return /wrote:\s*$/.test(lower.slice(next.start, next.end));
}

// A sign-off counts only in the last few lines: "Thanks, can you…" mid-message is prose.
function nonEmptyAfter(ls: Line[], i: number, lower: string): number {
  let after = 0;
  for (let j = i + 1; j < ls.length && after <= 6; j++) {
    const l = ls[j] as Line;
    if (lower.slice(l.start, l.end).trim() !== '') after++;
  }
  return after;
}

const EN_WORDS = new Set(
  'the a an to is are was be you i we it and of for on in at can could would will this that please with my me your our what how when why not if so do does have has just but or thanks hi hey about from by as any'.split(
    ' ',
  ),
);
const OTHER_WORDS = new Set(
  'el la los las que de y por para con una es está pero gracias porque también le les et est je nous vous pour avec une des pas merci mais aussi der die das und ist nicht ich wir sie mit für bitte kannst du auch noch aber den dem o os não você com um uma obrigado também il che non per sono grazie anche ma della het een van niet ook dat voor met dank och att är inte jag för med tack'.split(
    ' ',
  ),
);

const WORD_RE = /[a-zà-ɏ']+/g;

/** True unless the text is clearly in another language (script or function words). */
function looksEnglish(lower: string, end: number): boolean {
  const sample = lower.slice(0, Math.min(end, 600));
  let latin = 0;
  let other = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if ((c >= 0x370 && c <= 0x1fff) || (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af)) other++;
  }
  if (other > latin) return false;
  let en = 0;
  let foreign = 0;
  WORD_RE.lastIndex = 0;
  // A handful of English function words settles it; no need to read further.
  for (let m = WORD_RE.exec(sample); m && en < 6; m = WORD_RE.exec(sample)) {
    if (EN_WORDS.has(m[0])) en++;
    else if (OTHER_WORDS.has(m[0])) foreign++;
  }
  return !(foreign >= 2 && foreign > en);
}

export interface Range {
  start: number;
  end: number;
}

/** A range without the spaces at its ends. */
export function trimRange(t: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(t.charAt(start))) start++;
  while (end > start && /\s/.test(t.charAt(end - 1))) end--;
  return { start, end };
}

/** A prepared message: what every message rule reads. */
export class Draft {
  readonly text: string;
  readonly lower: string;
  readonly surface: 'email' | 'chat';
  readonly subject: string;
  readonly authoredEnd: number;
  /** The reply carries quoted history the reader can see. */
  readonly hasQuotedHistory: boolean;
  readonly truncated: boolean;
  private cache = new Map<string, unknown>();
  /** Lexicon hits by owner (rule id, or `time`), once the scan has run. */
  hits: Map<string, Hit[]> | null = null;

  constructor(text: string, surface: 'email' | 'chat', subject = '') {
    this.truncated = text.length > MAX_CHARS;
    this.text = this.truncated ? text.slice(0, MAX_CHARS) : text;
    const m = mask(this.text, lowerSameLength(this.text));
    this.lower = m.lower;
    this.authoredEnd = m.authoredEnd;
    this.hasQuotedHistory = m.quoted;
    this.surface = surface;
    this.subject = lowerSameLength(subject);
  }

  /** Memoise a fact about this draft under a key. */
  fact<T>(key: string, compute: () => T): T {
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const v = compute();
    this.cache.set(key, v);
    return v;
  }

  get english(): boolean {
    return this.fact('english', () => looksEnglish(this.lower, this.authoredEnd));
  }

  /** The author's text, trimmed, as a range. */
  get authored(): Range {
    return this.fact('authored', () => {
      let start = 0;
      let end = this.authoredEnd;
      while (start < end && /\s/.test(this.lower.charAt(start))) start++;
      while (end > start && /\s/.test(this.lower.charAt(end - 1))) end--;
      return { start, end };
    });
  }

  get wordCount(): number {
    return this.fact('words', () => countWords(this.lower, 0, this.authoredEnd));
  }

  /** Paragraphs: blocks separated by a blank line (chat: by any line break). */
  get paragraphs(): Range[] {
    return this.fact('paragraphs', () => {
      const out: Range[] = [];
      const sep = this.surface === 'chat' ? /\n+/g : /\n[ \t]*\n+/g;
      const body = this.lower.slice(0, this.authoredEnd);
      let pos = 0;
      for (let m = sep.exec(body); m; m = sep.exec(body)) {
        if (body.slice(pos, m.index).trim()) out.push({ start: pos, end: m.index });
        pos = m.index + m[0].length;
      }
      if (body.slice(pos).trim()) out.push({ start: pos, end: body.length });
      return out;
    });
  }

  /** Lines that start with a bullet or a number: the message has a list. */
  get hasList(): boolean {
    return this.fact('list', () => {
      const re = /(?:^|\n)[ \t]*(?:[-*•·–]|\d{1,2}[.)]|[a-h]\))[ \t]+\S/g;
      let n = 0;
      const body = this.lower.slice(0, this.authoredEnd);
      while (re.exec(body)) if (++n >= 2) return true;
      return false;
    });
  }

  /** The sentence around an offset, at most MAX_SENTENCE characters each way (keeps rules linear). */
  sentenceAt(offset: number): Range {
    const t = this.lower;
    let s = offset;
    const floor = Math.max(0, offset - MAX_SENTENCE);
    const ceiling = Math.min(this.authoredEnd, offset + MAX_SENTENCE);
    while (s > floor) {
      const c = t.charCodeAt(s - 1);
      if (c === 10 || ((c === 46 || c === 33 || c === 63) && isSpace(t.charCodeAt(s)))) break;
      s--;
    }
    let e = offset;
    while (e < ceiling) {
      const c = t.charCodeAt(e);
      if (c === 10) break;
      if ((c === 46 || c === 33 || c === 63) && (e + 1 >= t.length || isSpace(t.charCodeAt(e + 1)) || t.charCodeAt(e + 1) === c)) {
        while (e < this.authoredEnd && (t.charCodeAt(e) === 46 || t.charCodeAt(e) === 33 || t.charCodeAt(e) === 63)) e++;
        break;
      }
      e++;
    }
    while (s < e && isSpace(t.charCodeAt(s))) s++;
    return { start: s, end: Math.min(e, this.authoredEnd) };
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || Number.isNaN(c);
}

export function countWords(s: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
