/**
 * Slack's selectors, newest markup first, each entry dated when last checked against the saved
 * fixtures in test/fixtures/ and the public sources in their README (see ../selectors.ts for the rules).
 */
import type { SelectorList } from '../selectors';

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
