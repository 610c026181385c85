/**
 * Gmail's selectors, newest markup first, each entry dated when last checked against the saved
 * fixtures in test/fixtures/ and the public sources in their README (see ../selectors.ts for the rules).
 */
import type { SelectorList } from '../selectors';

export const gmailSelectors = {
  /** The rich-text editor of a compose window or an inline reply. */
  body: [
    // 2026-11: Gmail's own editable flag plus the ARIA role; same in every language and compose kind
    '[g_editable="true"][contenteditable="true"][role="textbox"]',
    // 2026-11: InboxSDK finds the body by the flag alone (`.Ap [g_editable=true]`); role was missing in older builds
    '[g_editable="true"][contenteditable="true"]',
    // 2026-11: last resort, obfuscated classes; Gmail A/B-renames them (Am-<hash>, see hashed-class.html)
    'div.Am.Al.editable[contenteditable="true"]',
  ],
  /** Relative: fields only a compose holds; the smallest ancestor of the body holding one is that compose. */
  composeMarker: [
    // 2026-11: hidden form fields of every compose (pop-up, full screen, pop-out, inline reply)
    'form input[name="composeid"]',
    // 2026-11: the draft id field, present once the draft is saved
    'form input[name="draft"]',
    // 2026-11: the subject box, also in inline replies (hidden row, holds "Re: …")
    'input[name="subjectbox"]',
  ],
  /** Relative: the subject field. */
  subject: [
    // 2026-11: stable field name used by InboxSDK and gmail.js
    'input[name="subjectbox"]',
    // 2026-11: last resort, obfuscated class (renamed aoT-<hash> in A/B tests)
    'input.aoT',
  ],
  /**
   * Relative: Send, the `role=button` in the send group that opens no menu. Its label starts
   * with the localised "Send" and carries the shortcut, so it is never matched by text.
   */
  send: [
    // 2026-11: split button: Send directly followed by "More send options" (aria-haspopup)
    '[role="group"] [role="button"]:not([aria-haspopup]):has(+ [role="button"][aria-haspopup="true"])',
    // 2026-11: without scheduled send there is no menu half: the plain button in the group's
    // first cell (later cells hold Formatting, Attach and Discard, which must never count as Send)
    '[role="group"] td:first-child [role="button"]:not([aria-haspopup])',
    // 2026-11: last resort, InboxSDK's class path (Gmail A/B-renames IZ, Up, aoO)
    '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])',
  ],
  /** The composer's own container, most to least inclusive; accepted only if it holds no other editor. */
  root: [
    // 2026-11: pop-up and full-screen compose windows
    '[role="dialog"]',
    // 2026-11: inline reply container in a thread, open state (InboxSDK gmail-message-view)
    '.ip.adB',
    // 2026-11: the compose region ("New Message", "Reply", localised); also the pop-out window's compose
    '[role="region"]',
  ],
} as const satisfies Record<string, SelectorList>;
