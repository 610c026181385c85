/**
 * One scan for every rule's trigger phrases: the phrases are compiled into a single
 * trie-shaped regular expression (shared prefixes factored, no nested quantifiers, so
 * it runs in linear time) and each hit is handed to the rules that listed it.
 */

export interface LexiconEntry {
  rule: string;
  /** What kind of trigger this is, in the rule's own terms. */
  tag: string;
  /** Lower-case; a space matches any run of white space. */
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
}

const escapeChar = (c: string) => (c === ' ' ? '\\s+' : c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));

function emit(node: TrieNode): string {
  const parts: string[] = [];
  for (const [ch, child] of [...node.next].sort(([a], [b]) => (a < b ? -1 : 1))) parts.push(escapeChar(ch) + emit(child));
  if (parts.length === 0) return '';
  const body = parts.length === 1 ? (parts[0] as string) : `(?:${parts.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}

/** A regular-expression source matching exactly the given literal phrases. */
export function trieSource(phrases: Iterable<string>): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const p of phrases) {
    let n = root;
    for (const ch of normalisePhrase(p)) {
      let child = n.next.get(ch);
      if (!child) {
        child = { next: new Map(), end: false };
        n.next.set(ch, child);
      }
      n = child;
    }
    n.end = true;
  }
  return emit(root);
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

export class Lexicon {
  private readonly re: RegExp | null;
  private readonly owners = new Map<string, Array<{ rule: string; tag: string }>>();

  constructor(entries: LexiconEntry[]) {
    for (const e of entries) {
      const key = normalisePhrase(e.phrase);
      if (!key) continue;
      const list = this.owners.get(key) ?? [];
      list.push({ rule: e.rule, tag: e.tag });
      this.owners.set(key, list);
    }
    this.re = this.owners.size ? new RegExp(WORD_BEFORE + trieSource(this.owners.keys()) + WORD_AFTER, 'g') : null;
  }

  /** Every trigger in `text[0, end)`, grouped by rule, in order. */
  scan(text: string, end: number): Map<string, Hit[]> {
    const out = new Map<string, Hit[]>();
    if (!this.re) return out;
    const body = end < text.length ? text.slice(0, end) : text;
    const re = this.re;
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const key = m[0].indexOf(' ') === -1 && m[0].indexOf('\n') === -1 ? m[0] : m[0].replace(/\s+/g, ' ');
      const owners = this.owners.get(key);
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
  const clean = phrases.map(normalisePhrase).filter(Boolean);
  if (!clean.length) return [];
  const re = new RegExp(WORD_BEFORE + trieSource(clean) + WORD_AFTER, 'g');
  const out: Array<{ start: number; end: number }> = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
