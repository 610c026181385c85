/**
 * What a rule is happy with, next to the registry's example of what it flags. Quoted from
 * PRODUCT.md's ✓ column (vague-ask's is the rule test's version of the ✓ it describes);
 * a DOM test checks each still passes its rule.
 */
export const PASSING_EXAMPLES: Readonly<Record<string, string>> = {
  'ask-to-ask': 'Quick question: do we deploy the EU tenant to eu-west-1 or eu-central-1?',
  'false-urgency': 'Need the numbers by 14:00 — the board call starts then.',
  'greeting-only': 'hi! the EU build has been red since 10:02, can you check job 1234?',
  'missing-context': 'Can you send me the Q3 pricing doc (the one Lena shared on 3 May: https://…)?',
  'no-deadline': 'Could you review my PR by Thursday noon?',
  'recap-without-outcomes':
    'Thanks, everyone. Summary: online conference in November; PM: Clair; budget $30k; website: Perry. Discussion continues in #awards.',
  'sync-escalation': 'I’d like to talk through your review feedback live — it’s a sensitive one.',
  'vague-ask':
    'Confluence costs us $12k a year and half the pages are stale. Options: A) migrate to Notion ($8k, 2 weeks of work), B) stay and prune. I lean to A. Thoughts?',
};
