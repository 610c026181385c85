/**
 * Selector lists: the shared ones, and the rules every site's own `selectors.ts` follows.
 *
 * Each list is an ordered fallback: newest markup first, stable hooks (attributes the site's
 * own code or accessibility depends on) before accessible names, obfuscated class names last.
 * The date on each entry is when it was last checked against the saved fixtures
 * (test/fixtures/sites) and the public sources listed in their README, not when the site
 * shipped the markup.
 *
 * Lists are queried one entry at a time and an entry a browser cannot parse is skipped, so
 * keep one complex selector per entry (no commas). Lists marked "relative" are matched inside
 * a composer's own subtree (`:scope` is prefixed), never against the whole page.
 */
export type SelectorList = readonly string[];

export const sharedSelectors = {
  /** The page asked writing tools to stay away. Not `data-gramm="false"`: Quill sets it on every editor. */
  optOut: [
    // 2026-11: Grammarly's documented switch, honoured by most writing assistants
    '[data-enable-grammarly="false"]',
    // 2026-11: the older Grammarly editor switch, still set by many apps
    '[data-gramm_editor="false"]',
  ],
  /** An editor's suggestion list (mentions, emoji, channels) rendered in a portal. */
  suggestionList: [
    // 2026-11: ARIA combobox pattern; Slack points `aria-owns` at it
    '[role="listbox"]',
  ],
  suggestionOption: [
    // 2026-11: ARIA option inside the list
    '[role="option"]',
  ],
} as const satisfies Record<string, SelectorList>;
