/** A name and a one-line tip per rule, from the rule's own meta so they never drift apart. */
import { DEFAULT_CONTEXT } from '@/utils/analyzer/context';
import { allRules } from '@/utils/analyzer/registry';

/** About two lines of the popup at its type size. */
const TIP_MAX_CHARS = 100;

const metaById = new Map(allRules.map((rule) => [rule.meta.id, rule.meta]));

/** `no-deadline` → `No deadline`. */
export function ruleLabel(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The first sentence of the suggestion the hint panel shows (it says what to do, where `why`
 * says why). When that would not fit two lines, its asides in parentheses go, then all but
 * its first clause. Null for a rule this version no longer has (old counts keep their id).
 */
export function ruleTip(id: string): { tip: string; why: string } | null {
  const meta = metaById.get(id);
  if (!meta) return null;
  const text = meta.suggestion(DEFAULT_CONTEXT).text;
  let tip = /^.+?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  if (tip.length > TIP_MAX_CHARS) tip = tip.replace(/\s*\([^)]*\)/g, '');
  if (tip.length > TIP_MAX_CHARS) {
    const clause = /^(.+?)(?::|;| —)\s/.exec(tip)?.[1];
    if (clause) tip = `${clause}.`;
  }
  return { tip, why: meta.why };
}
