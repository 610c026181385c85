/**
 * Outlook mail's selectors, newest markup first, each entry dated when last checked against the saved
 * fixtures in test/fixtures/ and the public sources in their README (see ../selectors.ts for the rules).
 */
import type { SelectorList } from '../selectors';

export const outlookSelectors = {
  /** The message editor. Never the received mail's `role=region` "Message body", never the To/Cc wells. */
  body: [
    // 2026-11: current English label
    '[contenteditable="true"][role="textbox"][aria-label^="Message body"]',
    // 2026-11: German
    '[contenteditable="true"][role="textbox"][aria-label^="Nachrichtentext"]',
    // 2026-11: French (seen on received mail; the editor shares the reading pane's label)
    '[contenteditable="true"][role="textbox"][aria-label^="Corps du message"]',
    // 2026-11: any language: the editor parent id inside the compose form
    '[data-app-section="ComposeForm"] [id^="editorParent_"] [contenteditable="true"][role="textbox"]',
    // 2026-11: any language: the only multi-line textbox of the compose form (wells are single-line)
    '[data-app-section="ComposeForm"] [contenteditable="true"][role="textbox"][aria-multiline="true"]',
    // 2026-11: last resort, older hashed CSS-module class (evicypher-webmail puts it on the editor, older-labels.html on its wrapper)
    '[contenteditable="true"][role="textbox"]._17WvdmDfhREFqBNvlLv75X',
    '._17WvdmDfhREFqBNvlLv75X [contenteditable="true"][role="textbox"]',
  ],
  /** Relative: Send; the "More send options" half carries aria-haspopup. */
  send: [
    // 2026-11: Fluent v9 split button's primary half, English label
    'button[aria-label="Send"]:not([aria-haspopup])',
    // 2026-11: Fluent v8 command bar (older markup), language-independent name
    'button[name="Send"]:not([aria-haspopup])',
    // 2026-11: tooltip "Send (Ctrl+Enter)"
    'button[title^="Send"]:not([aria-haspopup])',
    // 2026-11: Chinese label seen in public automation scripts
    'button[aria-label="发送"]:not([aria-haspopup])',
    // 2026-11: any language: the first split button's primary half in the compose form's toolbar
    '[role="toolbar"] button[id^="splitButton-"][id$="__primaryActionButton"]',
    // 2026-11: last resort, Fluent v8 primary command button
    '.ms-CommandBar-primaryCommand button.ms-Button--primary',
  ],
  /** Relative: the subject field (inline replies have none). */
  subject: [
    // 2026-11: English placeholder label
    'input[aria-label="Add a subject"]',
    // 2026-11: German ("Betreff,")
    'input[aria-label^="Betreff"]',
    // 2026-11: any language: the one text field limited to 255 characters
    'input[type="text"][maxlength="255"]:not([role])',
  ],
  /** The composer's own container. */
  root: [
    // 2026-11: compose form, full compose, inline reply and pop-out alike
    '[data-app-section="ComposeForm"]',
  ],
} as const satisfies Record<string, SelectorList>;
