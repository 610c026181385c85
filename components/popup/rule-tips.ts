/** A name and a one-line tip per rule, from the rule's own texts so they never drift apart. */
import { DEFAULT_CONTEXT } from '@/utils/analyzer/context';
import { isRuleId } from '@/utils/catalog/rules';
import { ruleText } from '@/utils/i18n';

/** About two lines of the popup at its type size. */
const TIP_MAX_CHARS = 100;

/**
 * The rule's name in the UI language. A rule this version no longer has (old counts keep their
 * id) has no message, so its id reads as words: `retired-rule` → `Retired rule`.
 */
export function ruleLabel(id: string): string {
  if (isRuleId(id)) return ruleText(id, 'name');
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
  if (!isRuleId(id)) return null;
  // The team's default norms fill the suggestions that quote them; the others have no placeholder.
  const text = ruleText(id, 'suggestion', { ...DEFAULT_CONTEXT.responseNorms });
  let tip = FIRST_SENTENCE.exec(text)?.[0] ?? text;
  if (tip.length > TIP_MAX_CHARS) tip = tip.replace(/\s*[(（][^)）]*[)）]/gu, '');
  if (tip.length > TIP_MAX_CHARS) {
    const clause = /^(.+?)(?::|;| —)\s/.exec(tip)?.[1];
    if (clause) tip = `${clause}.`;
  }
  return { tip, why: ruleText(id, 'why') };
}
