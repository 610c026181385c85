/**
 * Every selector the message-site adapters use, in one place.
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
    // 2026-11: without scheduled send there is no menu half: the first plain button of the group
    '[role="group"] [role="button"]:not([aria-haspopup])',
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

export const slackSelectors = {
  /** Quill editors; the `.ql-clipboard` paste target is contenteditable too and never a composer. */
  body: [
    // 2026-11: Quill editor with its ARIA role, current WYSIWYG and older texty composers
    '.ql-editor[contenteditable="true"][role="textbox"]:not(.ql-clipboard)',
    // 2026-11: any textbox inside Slack's message-input container (in case Quill's class changes)
    '[data-qa="message_input"] [contenteditable="true"][role="textbox"]:not(.ql-clipboard)',
  ],
  /** Editors that are not send composers: editing an already-sent message in place. */
  notComposer: [
    // 2026-11: message edit mode reuses `.ql-editor` under the message
    '[data-qa="message_editor"]',
    // 2026-11: the edit editor's Quill container
    '[data-view-context="message-edit"]',
    // 2026-11: class of the edit wrapper (public Slack DOM inventories)
    '.c-message_kit__editor',
  ],
  /** Where a send composer's editor lives; an editor outside all of these is not a composer. */
  messageInput: [
    // 2026-11: the message-input container, both markups, carries data-channel-id
    '[data-qa="message_input"]',
    // 2026-11: attribute of the older texty container
    '[data-message-input="true"]',
    // 2026-11: channel composer footer
    '.p-message_pane_input',
    // 2026-11: thread composer footer
    '.p-threads_footer__input',
  ],
  /** Relative: Send (not the "Schedule for later" menu half). */
  send: [
    // 2026-11: test hook on Send in both the current and the older markup
    'button[data-qa="texty_send_button"]',
    // 2026-11: current WYSIWYG composer class
    'button.c-wysiwyg_container__button--send',
    // 2026-11: older texty composer class
    'button.c-texty_input__button--send',
  ],
  /** The composer's own container; accepted only if it holds Send and no other editor. */
  root: [
    // 2026-11: thread composer, the list item's content in the thread flexpane
    '.p-threads_footer__input_container',
    // 2026-11: channel and DM composer footer (both markups)
    '.p-message_pane_input',
    // 2026-11: older markup's container test hook
    '[data-qa="message_input_container"]',
    // 2026-11: inner input wrappers, if the outer ones are renamed
    '.p-threads_footer__input',
    '.p-workspace__input',
  ],
  /** The outer composer containers; the search for Send stops there. */
  pane: [
    // 2026-11: thread composer
    '.p-threads_footer__input_container',
    // 2026-11: channel and DM composer
    '.p-message_pane_input',
    // 2026-11: older markup's container test hook
    '[data-qa="message_input_container"]',
  ],
  /** An ancestor that makes a composer the thread's (not the channel's). */
  threadPane: [
    // 2026-11: the thread flexpane's test hook
    '[data-qa="threads_flexpane"]',
    // 2026-11: thread footer input classes
    '.p-threads_footer__input_container',
    '.p-threads_footer__input',
    // 2026-11: the input's view context in a thread (unconfirmed value, kept as a fallback)
    '[data-view-context="threads-flexpane"]',
  ],
  /** The element naming the conversation a composer posts to. */
  channelHost: [
    // 2026-11: message-input container with the channel id (C…, D…, G…)
    '[data-qa="message_input"][data-channel-id]',
    // 2026-11: any container carrying the id
    '[data-channel-id]',
  ],
} as const satisfies Record<string, SelectorList>;

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
