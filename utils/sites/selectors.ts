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

/*
 * Calendar event editors. Checked against test/fixtures/calendar and the public sources listed
 * in its README. Google Calendar's hooks, most to least stable: the view family on <body>, data
 * attributes on the values (data-email, data-date, data-value with the RRULE), the x* ids,
 * jsname attributes, then English labels. Outlook's: role plus position, then English labels.
 */
export const gcalSelectors = {
  /** The event title; every editor is found from it (full editor and quick-create dialog alike). */
  title: [
    // 2026-11: classic full-editor id (2018 snapshot, Lifesize and Zoom bundles)
    'input#xTiIn',
    // 2026-11: the title wrapper's jsname, full editor (also after the id-less refresh) and quick dialog
    '[jsname="GYcwYe"] input[type="text"]',
    '[jsname="GYcwYe"] input:not([type])',
  ],
  /** The quick-create dialog around a title (a click on an empty slot of the grid). */
  quickRoot: [
    // 2026-11: the quick dialog's jsname (Zoom scheduler)
    '[role="dialog"][jsname="SF0uGd"]',
    // 2026-11: any dialog holding a title input (Jitsi/Brave key on role=dialog); the read-only details pop-up has none
    '[role="dialog"]',
  ],
  /** The full editor's own container. */
  fullRoot: [
    // 2026-11: editor page by view family (Jitsi/Brave, Calendly, Zoom), then the editor model's jsname
    'body[data-viewfamily="EVENT_EDIT"] [jsname="nB7Rvb"]',
    // 2026-11: the same container if the view family is renamed
    '[jsname="nB7Rvb"]',
    // 2026-11: new and existing events carry data-is-create (Calendly)
    '[data-is-create]',
    // 2026-11: last resort, the page's main region
    '[role="main"]',
  ],
  /** Relative: Save. `x8hlje` is not unique (the custom-recurrence dialog has one), so hidden matches are skipped. */
  save: [
    // 2026-11: classic id (Zoom scheduler prefers it when several x8hlje match)
    '#xSaveBu',
    // 2026-11: Save's jsname, full editor and quick dialog
    'button[jsname="x8hlje"]',
    // 2026-11: older markup, a div button
    '[role="button"][jsname="x8hlje"]',
  ],
  /** Relative: the description editor (its "Add description" placeholder is a sibling, never inside). */
  description: [
    // 2026-11: classic id of the description host
    '#xDescIn [contenteditable="true"]',
    // 2026-11: the editor's jsname (was L9AdLc before), full editor and quick dialog
    '[jsname="yrriRe"][contenteditable="true"]',
    // 2026-11: the quick dialog's description host
    '[jsname="hGaP9"] [contenteditable="true"]',
    // 2026-11: any multi-line rich textbox in the editor
    '[role="textbox"][contenteditable="true"][aria-multiline="true"]',
  ],
  /** Relative: date and time inputs; dates carry `data-date` (YYYYMMDD), times are read from `.value`. */
  startDate: [
    // 2026-11: classic id
    'input#xStDaIn',
    // 2026-11: wrapper jsname (Zoom scheduler)
    '[jsname="iKdrbf"] input',
    // 2026-11: English label
    'input[aria-label="Start date"]',
  ],
  startTime: [
    // 2026-11: classic id
    'input#xStTiIn',
    // 2026-11: wrapper jsname (Zoom scheduler)
    '[jsname="B4GDSd"] input',
    // 2026-11: English label
    'input[aria-label="Start time"]',
  ],
  endTime: [
    // 2026-11: classic id
    'input#xEnTiIn',
    // 2026-11: wrapper jsname (Zoom scheduler)
    '[jsname="XCHdmd"] input',
    // 2026-11: English label
    'input[aria-label="End time"]',
  ],
  endDate: [
    // 2026-11: classic id
    'input#xEnDaIn',
    // 2026-11: wrapper jsname (Zoom scheduler)
    '[jsname="qPZlPe"] input',
    // 2026-11: English label
    'input[aria-label="End date"]',
  ],
  /** Relative: the all-day switch (aria-checked on the div checkbox, `.checked` on an input). */
  allDay: [
    // 2026-11: classic id (Lifesize)
    '#xAlDaCbx',
    // 2026-11: its jsname
    '[jsname="uDrQPe"][role="checkbox"]',
    // 2026-11: English label, quick dialog
    'input[type="checkbox"][aria-label="All day"]',
  ],
  /** Relative: the repeat control; its `data-initialvalue` is the rule the editor opened with. */
  recurrenceHost: [
    // 2026-11: jsname of the repeat control (Zoom scheduler)
    '[jsname="T7keRc"]',
  ],
  /** Relative to the repeat control (or the editor): the chosen option, whose `data-value` holds the RRULE. */
  recurrenceSelected: [
    // 2026-11: Material 3 select after the refresh (`li` options in a popup beside the combobox)
    '[jsname="xl07Ob"] li[aria-selected="true"][data-value]',
    // 2026-11: classic listbox options
    '[jsname="d9BH4c"] [aria-selected="true"][data-value]',
    // 2026-11: any selected option whose value is a JSON rule
    '[role="option"][aria-selected="true"][data-value^="["]',
  ],
  /** Relative: guest chips (the organizer's included); names repeated elsewhere carry no data-email. */
  guestChip: [
    // 2026-11: chips in the classic guest list (Calendly, Lifesize)
    '#xGstLst [data-email]',
    // 2026-11: list items of the guest list, with or without ids
    '[role="list"] > [role="listitem"][data-email]',
    // 2026-11: any chip with both ids (Calendly's selector, minus the details pop-up's organizer row)
    '[data-id][data-email]:not(#xDtlDlgOrg)',
  ],
  /** Page-level: where the calendar owner's e-mail is shown (the organizer chip carries it). */
  owner: [
    // 2026-11: the editor's calendar row (classic id, then jsname)
    '#xCalOwn',
    '[jsname="Lo5txe"]',
    // 2026-11: the account button's label ("Google Account: Name (e-mail)"), localised around the address
    '[role="banner"] [aria-label*="@"]',
  ],
} as const satisfies Record<string, SelectorList>;

export const outlookCalendarSelectors = {
  /** The event title; every form is found from it. */
  title: [
    // 2026-11: current OWA / new Outlook (Playwright automation, UI-automation capture)
    'input[aria-label="Add title"]',
    'input[placeholder="Add title"]',
    // 2026-11: older OWA (Fabric UI)
    'input[aria-label="Add a title"]',
    'input[placeholder^="Add a title"]',
    // 2026-11: any language: the 255-character field of a dialog that also holds the location picker
    '[role="dialog"]:has(#location-suggestions-picker-input) input[type="text"][maxlength="255"]',
  ],
  /** The New event compose, a Fluent dialog in the layer host. */
  dialogRoot: [
    // 2026-11: current OWA portal (y-saeki/UserScript)
    '#fluent-default-layer-host [role="dialog"]',
    // 2026-11: any dialog
    '[role="dialog"]',
  ],
  /** Ancestors where the search for Save stops. */
  saveLimit: [
    // 2026-11: the compose dialog
    '[role="dialog"]',
    // 2026-11: the older full-page compose's main region
    '[role="main"]',
  ],
  /** Relative: Send (with attendees) or Save (without); never a split button's menu half. */
  save: [
    // 2026-11: current labels
    'button[aria-label="Send"]:not([aria-haspopup])',
    'button[aria-label="Save"]:not([aria-haspopup])',
    // 2026-11: Fluent v8 command bar, language-independent name (toggl track-extension)
    'button[name="Send"]',
    'button[name="Save"]',
    // 2026-11: tooltips
    'button[title="Send"]:not([aria-haspopup])',
    'button[title="Save"]:not([aria-haspopup])',
    // 2026-11: any language: a split button's primary half in the toolbar (as in mail compose)
    '[role="toolbar"] button[id^="splitButton-"][id$="__primaryActionButton"]',
    // 2026-11: any language, older markup: the command bar's primary button
    '.ms-CommandBar-primaryCommand button.ms-Button--primary',
    // 2026-11: last resort, any language: the first button of the dialog's command toolbar
    '[role="toolbar"] > button:first-child',
  ],
  /** Relative: the event body by its label; without one, the last rich editor that is no attendee well. */
  description: [
    // 2026-11: current label (not confirmed publicly, see the fixtures README)
    '[role="textbox"][contenteditable="true"][aria-label="Event body"]',
    // 2026-11: older markup without the role
    '[contenteditable="true"][aria-label="Event body"]',
  ],
  /** Relative: every rich editor of the form (attendee wells and the body). */
  editable: [
    // 2026-11: contenteditable in both markups
    '[contenteditable="true"]',
  ],
  /** Relative: attendee wells by label; unlabelled wells are recognised by their pills. */
  attendeeWell: [
    // 2026-11: current labels (Playwright automation)
    '[contenteditable="true"][aria-label="Invite required attendees"]',
    '[contenteditable="true"][aria-label="Invite optional attendees"]',
    // 2026-11: the 2020 label (office-js issue #1506)
    '[contenteditable="true"][aria-label^="Add required attendees"]',
  ],
  /** Relative: one resolved attendee each. The e-mail is in `title`, never in the opaque id. */
  attendee: [
    // 2026-11: live persona card pills inside a contenteditable well (shared with mail recipient wells)
    '[contenteditable="true"] [data-lpc-hover-target-id]',
    // 2026-11: older OWA persona chips in the picker list
    '[role="list"] > [draggable="true"]',
    '.ms-BasePicker-text > [draggable="true"]',
  ],
  /** Relative: a resolved attendee inside a well, whatever the well's label. */
  pill: [
    // 2026-11: live persona card pill
    '[data-lpc-hover-target-id]',
    // 2026-11: older OWA persona chip
    '[draggable="true"][role="button"]',
  ],
  /** Relative: date and time fields; unlabelled ones are told apart by what they show. */
  startDate: [
    // 2026-11: role plus English name (Playwright automation)
    'input[aria-label="Start date"]',
  ],
  startTime: [
    // 2026-11: role plus English name
    'input[aria-label="Start time"]',
  ],
  endTime: [
    // 2026-11: role plus English name
    'input[aria-label="End time"]',
  ],
  endDate: [
    // 2026-11: role plus English name
    'input[aria-label="End date"]',
  ],
  /** Relative: candidate text fields for date/time when the labels are unknown. */
  textField: [
    // 2026-11: plain text inputs of the form
    'input[type="text"]',
    'input:not([type])',
  ],
  /** Relative: fields that are never a date or time. */
  notDateTime: [
    // 2026-11: location picker id (Playwright automation)
    '#location-suggestions-picker-input',
  ],
  /** Relative: the all-day switch. */
  allDay: [
    // 2026-11: English name
    'input[type="checkbox"][aria-label="All day"]',
    // 2026-11: any language: the switch inside the date-and-time group
    '[role="group"] input[type="checkbox"][role="switch"]',
  ],
  /** Relative: the repeat dropdown; its text is the rule ("Don't repeat", "Every week on Monday until 3/30/2027"). */
  recurrence: [
    // 2026-11: older OWA's labelled dropdown
    '[role="combobox"][aria-label="Repeat"]',
    // 2026-11: any language: the form's only listbox dropdown button (date and time pickers are inputs)
    'button[aria-haspopup="listbox"]',
    '[role="combobox"][aria-haspopup="listbox"]:not(input)',
  ],
  /** Page-level: where the signed-in account's e-mail is shown (calendar picker, account button). */
  owner: [
    // 2026-11: the form's calendar picker ("Calendar: Calendar (e-mail)")
    '[role="dialog"] button[aria-label*="@"]',
    // 2026-11: the account manager button's tooltip ("Name\ne-mail")
    '[role="banner"] button[title*="@"]',
  ],
} as const satisfies Record<string, SelectorList>;
