/**
 * A finding in words, for the hint panels, the popup and the CLI: the analyzer reports ids and
 * values (ESLint's `messageId` + `data`), and this is the one place that turns them into the
 * person's language — as ESLint's `interpolate` fills a rule's message from its data. Money,
 * weekdays and numbers are formatted here, for the UI language, never inside the analyzer.
 */
import { TRUNCATED } from '../analyzer/analyze';
import type { DataValue, Finding, FindingData } from '../analyzer/types';
import { formatMoney, formatNumber, ruleKey, tKey, uiLocale, weekdayName } from './index';

export type Translate = (key: string, data?: Record<string, string | number>) => string;

export interface FindingText {
  message: string;
  why: string;
  suggestion: string;
  /** The insertable template, when the rule has one. */
  template?: string;
}

/** Where a finding's words live: `rules.<id>`, or the analyzer's own note for a draft read in part. */
export const findingKey = (rule: string): string => (rule === TRUNCATED ? 'analyzer.truncated' : ruleKey(rule));

function word(v: DataValue, locale: string): string | number {
  if (typeof v === 'number') return formatNumber(v, {}, locale);
  if (typeof v === 'string') return v;
  return 'money' in v ? formatMoney(v.money, v.currency, locale) : weekdayName(v.weekday, 'long', locale);
}

/** A finding's values as words for its placeholders. */
export function words(data: FindingData | undefined, locale = uiLocale()): Record<string, string | number> | undefined {
  if (!data) return undefined;
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(data)) out[k] = word(v, locale);
  return out;
}

/** Everything the panel says about a finding. `translate` is the browser's catalog unless a Node caller brings one. */
export function findingText(f: Finding, translate: Translate = tKey, locale = uiLocale()): FindingText {
  const base = findingKey(f.rule);
  const text: FindingText = {
    message: translate(`${base}.message.${f.messageId}`, words(f.data, locale)),
    why: translate(`${base}.why`),
    suggestion: translate(`${base}.suggestion`, words(f.suggestion.data, locale)),
  };
  if (f.suggestion.template) text.template = translate(`${base}.template`);
  return text;
}
