/**
 * Google Calendar's selectors, newest markup first, each entry dated when last checked against the saved
 * fixtures in test/fixtures/ and the public sources in their README (see ../selectors.ts for the rules).
 */
import type { SelectorList } from '../selectors';

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
  /** Relative to the repeat control: the chosen option, read by its text when it carries no `data-value`. */
  recurrenceShownInHost: [
    // 2026-12: the selected option of either markup (Material 3 `li`, classic `role=option`)
    'li[aria-selected="true"]',
    '[role="option"][aria-selected="true"]',
  ],
  /** Relative: the chosen repeat option when the repeat control's jsname is gone too. */
  recurrenceShown: [
    // 2026-12: the option lists by jsname (Zoom scheduler), without `data-value`
    '[jsname="xl07Ob"] li[aria-selected="true"]',
    '[jsname="d9BH4c"] [aria-selected="true"]',
  ],
  /** Relative: the guest list's entries, read by what they show when chips carry no `data-email`. */
  guestEntry: [
    // 2026-12: entries of the classic guest list
    '#xGstLst [role="listitem"]',
    // 2026-12: the guest list by its English label (guest-count userscripts)
    '[aria-label="Guests invited to this event."] > [role="listitem"]',
    // 2026-12: entries of any list in the guest tab
    '#tabGuests [role="list"] > [role="listitem"]',
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
