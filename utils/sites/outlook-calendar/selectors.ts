/**
 * Outlook calendar's selectors, newest markup first, each entry dated when last checked against the saved
 * fixtures in test/fixtures/ and the public sources in their README (see ../selectors.ts for the rules).
 */
import type { SelectorList } from '../selectors';

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
  /** Relative to an attendee well: one entry each, when the well's pills carry no persona-card hook. */
  attendeeEntry: [
    // 2026-12: the atomic (non-editable) entity the well renders per resolved attendee
    '> [contenteditable="false"]',
    // 2026-12: a well rendered as a list
    '[role="listitem"]',
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
