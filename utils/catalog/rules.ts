/**
 * Every rule id, without the rules: settings, the background and the popup need the ids, not
 * the phrase lists, so their bundles stay free of the analyzer. `test/unit/registry.test.ts`
 * keeps these lists equal to the analyzer's registry.
 */

export const MESSAGE_RULE_IDS = [
  'after-hours',
  'ask-to-ask',
  'false-urgency',
  'greeting-only',
  'link-access-check',
  'message-burst',
  'missing-context',
  'no-deadline',
  'recap-without-outcomes',
  'sync-escalation',
  'unstructured-wall',
  'vague-ask',
] as const;

export const EVENT_RULE_IDS = ['large-meeting', 'long-meeting', 'meeting-cost', 'no-agenda', 'outside-hours', 'recurring-no-end', 'status-meeting'] as const;

export type RuleId = (typeof MESSAGE_RULE_IDS)[number] | (typeof EVENT_RULE_IDS)[number];

/** Sorted. */
export const RULE_IDS: readonly RuleId[] = [...MESSAGE_RULE_IDS, ...EVENT_RULE_IDS].sort();

export const isRuleId = (id: string): id is RuleId => (RULE_IDS as readonly string[]).includes(id);
