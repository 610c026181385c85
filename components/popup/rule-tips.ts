/** A name and a one-line tip per rule, from the rule's own texts so they never drift apart. */
import { DEFAULT_CONTEXT } from '@/utils/analyzer/context';
import { allRules } from '@/utils/analyzer/registry';
import { suggestionFor } from '@/utils/analyzer/rule';
import { ruleText } from '@/utils/i18n';

/** About two lines of the popup at its type size. */
const TIP_MAX_CHARS = 100;

const metaById = new Map(allRules.map((rule) => [rule.meta.id, rule.meta]));

/**
 * The rule's name in the UI language. A rule this version no longer has (old counts keep their
 * id) has no message, so its id reads as words: `retired-rule` → `Retired rule`.
 */
export function ruleLabel(id: string): string {
  if (metaById.has(id)) return ruleText(id, 'name');
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A first sentence: up to a full stop, question or exclamation mark (Latin ones before a space). */
const FIRST_SENTENCE = /^.+?(?:[.!?](?=\s|$)|[。！？])/u;

/**
 * The first sentence of the suggestion the hint panel shows (it says what to do, where `why`
 * says why). When that would not fit two lines, its asides in parentheses go, then all but
 * its first clause. Null for a rule this version no longer has (old counts keep their id).
 */
export function ruleTip(id: string): { tip: string; why: string } | null {
  const meta = metaById.get(id);
  if (!meta) return null;
  const text = suggestionFor(meta, DEFAULT_CONTEXT).text;
  let tip = FIRST_SENTENCE.exec(text)?.[0] ?? text;
  if (tip.length > TIP_MAX_CHARS) tip = tip.replace(/\s*[(（][^)）]*[)）]/gu, '');
  if (tip.length > TIP_MAX_CHARS) {
    const clause = /^(.+?)(?::|;| —)\s/.exec(tip)?.[1];
    if (clause) tip = `${clause}.`;
  }
  return { tip, why: ruleText(id, 'why') };
}
