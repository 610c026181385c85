/**
 * One scan for every rule's trigger phrases: the phrases are compiled into a single
 * trie-shaped regular expression (shared prefixes factored, no nested quantifiers, so it
 * runs in linear time) and each hit is handed to the rules that listed it.
 *
 * A phrase may hold groups, `(a|b|)` (empty = optional): "(got|have) (a|5) (min|mins)".
 * Its literal head joins the trie and the rest follows as one small expression, so a
 * family of phrasings costs one branch rather than every combination — V8 compiles
 * expressions to native code only below a size limit, and the test suite guards it.
 */

export interface LexiconEntry {
  rule: string;
  /** What kind of trigger this is, in the rule's own terms. */
  tag: string;
  /** Lower-case; a space matches any run of white space; `(a|b|)` groups allowed. */
  phrase: string;
}

export interface Hit {
  tag: string;
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
  /** Regex fragments that may follow this node (the rest of a pattern phrase). */
  tails: Set<string>;
}

/** Characters with a meaning in an expression, escaped where a phrase holds them. */
const SPECIAL = new Set(['.', '*', '+', '?', '^', '$', '{', '}', '(', ')', '|', '[', ']', '\\']);

// `-` and `/` are literal outside a class; leaving them bare keeps the source valid with the `u` flag too.
const escapeChar = (c: string) => (c === ' ' ? '\\s+' : SPECIAL.has(c) ? `\\${c}` : c);

/** `(a|b) c` → `(?:a|b)\s+c`, everything else literal. */
function patternToRegex(p: string): string {
  let out = '';
  for (const ch of p) out += ch === '(' ? '(?:' : ch === ')' || ch === '|' ? ch : escapeChar(ch);
  return out;
}

/** Expand leading groups until the phrase starts with a literal character. */
function heads(p: string): string[] {
  if (!p.startsWith('(')) return [p];
  const close = p.indexOf(')');
  return p
    .slice(1, close)
    .split('|')
    .flatMap((alt) => heads(alt + p.slice(close + 1)));
}

const byChar = ([a]: [string, TrieNode], [b]: [string, TrieNode]) => (a < b ? -1 : 1);

function emit(node: TrieNode): string {
  // Most nodes are one letter of one word: no list, no sort.
  if (node.next.size === 1 && node.tails.size === 0) {
    const [[ch, child]] = node.next as unknown as [[string, TrieNode]];
    const body = escapeChar(ch) + emit(child);
    return node.end ? `(?:${body})?` : body;
  }
  const parts: string[] = [];
  for (const [ch, child] of [...node.next].sort(byChar)) parts.push(escapeChar(ch) + emit(child));
  for (const tail of node.tails) parts.push(tail);
  if (parts.length === 0) return '';
  const body = parts.length === 1 ? (parts[0] as string) : `(?:${parts.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}

export function isPattern(p: string): boolean {
  return p.includes('(');
}

/** The trie of phrase heads (normalised, leading groups expanded) as an expression source. */
function headsSource(allHeads: Iterable<string>): string {
  const root: TrieNode = { next: new Map(), end: false, tails: new Set() };
  for (const p of allHeads) {
    const group = p.indexOf('(');
    const literal = group === -1 ? p : p.slice(0, group);
    let n = root;
    for (const ch of literal) {
      let child = n.next.get(ch);
      if (!child) {
        child = { next: new Map(), end: false, tails: new Set() };
        n.next.set(ch, child);
      }
      n = child;
    }
    if (group === -1) n.end = true;
    else n.tails.add(patternToRegex(p.slice(group)));
  }
  return emit(root);
}

/** A regular-expression source matching exactly the given phrases. */
export function trieSource(phrases: Iterable<string>): string {
  return headsSource([...phrases].flatMap((phrase) => heads(normalisePhrase(phrase))));
}

export function normalisePhrase(p: string): string {
  return p
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD_BEFORE = '(?<![a-z0-9_\\u00c0-\\u024f])';
const WORD_AFTER = '(?![a-z0-9_\\u00c0-\\u024f])';

interface Owner {
  rule: string;
  tag: string;
}

export class Lexicon {
  readonly source: string;
  private readonly re: RegExp | null;
  private readonly owners = new Map<string, Owner[]>();
  /** Pattern phrases by the first word of their head, tested only on a match that starts with it. */
  private readonly patterns = new Map<string, Array<{ re: RegExp; owner: Owner }>>();

  constructor(entries: LexiconEntry[]) {
    const seen = new Set<string>();
    const allHeads: string[] = [];
    for (const e of entries) {
      const key = normalisePhrase(e.phrase);
      if (!key) continue;
      const fresh = !seen.has(key);
      seen.add(key);
      const owner = { rule: e.rule, tag: e.tag };
      for (const head of heads(key)) {
        if (fresh) allHeads.push(head);
        if (!isPattern(head)) {
          const list = this.owners.get(head) ?? [];
          list.push(owner);
          this.owners.set(head, list);
          continue;
        }
        const first = head.slice(0, head.indexOf('(')).split(' ')[0] as string;
        const list = this.patterns.get(first) ?? [];
        list.push({ re: new RegExp(`^${patternToRegex(head)}$`), owner });
        this.patterns.set(first, list);
      }
    }
    this.source = seen.size ? WORD_BEFORE + headsSource(allHeads) + WORD_AFTER : '';
    this.re = seen.size ? new RegExp(this.source, 'g') : null;
  }

  private ownersOf(text: string): Owner[] | undefined {
    const key = text.indexOf(' ') === -1 && text.indexOf('\n') === -1 && text.indexOf('\t') === -1 ? text : text.replace(/\s+/g, ' ');
    const literal = this.owners.get(key);
    const space = key.indexOf(' ');
    const candidates = this.patterns.get(space === -1 ? key : key.slice(0, space));
    if (!candidates) return literal;
    const found = candidates.filter((p) => p.re.test(key)).map((p) => p.owner);
    return found.length ? [...(literal ?? []), ...found] : literal;
  }

  /** The expressions tested on a match that starts a pattern phrase (for the ReDoS check). */
  patternSources(): string[] {
    return [...this.patterns.values()].flatMap((list) => list.map((p) => p.re.source));
  }

  /** Every trigger in `text[0, end)`, grouped by owner, in order. */
  scan(text: string, end: number): Map<string, Hit[]> {
    const out = new Map<string, Hit[]>();
    if (!this.re) return out;
    const body = end < text.length ? text.slice(0, end) : text;
    const re = this.re;
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      // Phrases may overlap ("need the" + "the doc"): the next match may start inside this one.
      const space = m[0].indexOf(' ');
      if (space !== -1) re.lastIndex = m.index + space + 1;
      const owners = this.ownersOf(m[0]);
      if (!owners) continue;
      for (const o of owners) {
        const list = out.get(o.rule);
        const hit = { tag: o.tag, start: m.index, end: m.index + m[0].length };
        if (list) list.push(hit);
        else out.set(o.rule, [hit]);
      }
    }
    return out;
  }
}

/** Positions of any of `phrases` as whole words, for allow-lists. */
export function findPhrases(text: string, phrases: string[]): Array<{ start: number; end: number }> {
  const clean = phrases.map((p) => normalisePhrase(p).replace(/[()|]/g, '')).filter(Boolean);
  if (!clean.length) return [];
  const re = new RegExp(WORD_BEFORE + trieSource(clean) + WORD_AFTER, 'g');
  const out: Array<{ start: number; end: number }> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
