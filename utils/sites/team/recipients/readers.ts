/**
 * Who a draft goes to, read from the composer's own fields when the hint needs it, kept in
 * memory only (never stored, sent or counted). One small reader per site, newest markup first,
 * each entry dated when it was last checked against test/fixtures/sites.
 *
 * - Gmail: the To/Cc/Bcc rows' chips (`data-hovercard-id` = address; older: `span[email]`, and
 *   hidden `input[name=to|cc|bcc]` values), plus whatever is still being typed in their inputs.
 * - Outlook: the To/Cc wells' persona pills (`data-lpc-hover-target-id` / `title` = address) and
 *   text still being typed in the wells.
 * - Slack: in a direct message, the person in the header (name), their member id from their
 *   messages in the pane, and the local time Slack shows for them when it does.
 */
import { emailIn } from '../../dom/controls';
import { queryAll } from '../../dom/query';
import type { ComposerParts } from '../../types';
import type { Recipient } from '../../../team/recipient-time';

export const gmailSelectors = {
  /** The recipient inputs; their row (parent) holds the chips. */
  fields: [
    // 2026-12: peoplekit inputs of the To/Cc/Bcc rows, any UI language
    'input[peoplekit-id]',
    // 2026-12: older compose (pop-out fixture): textareas named for the field
    'textarea[name="to"]',
    'textarea[name="cc"]',
    'textarea[name="bcc"]',
  ],
  chips: [
    // 2026-12: a recipient chip carries its address
    '[data-hovercard-id*="@"]',
    // 2026-12: older chips, and the hidden inputs beside them
    '[email]',
    'input[type="hidden"]',
  ],
  scheduleOpener: [
    // 2026-12: the arrow next to Send; its menu holds "Schedule send"
    '.hG[role="button"][aria-haspopup="true"]',
    '[role="button"][aria-label="More send options"]',
  ],
} as const;

export const outlookSelectors = {
  fields: [
    // 2026-12: the To/Cc wells are contenteditable textboxes in the header rows
    '.EditorClass [contenteditable="true"][role="textbox"]',
    '[contenteditable="true"][role="textbox"][aria-label="To"]',
    '[contenteditable="true"][role="textbox"][aria-label="Cc"]',
  ],
  chips: [
    // 2026-12: persona pills name their address
    '[data-lpc-hover-target-id*="@"]',
    '[title*="@"]',
  ],
  scheduleOpener: [
    // 2026-12: Send's split-button menu holds "Schedule send"
    '.fui-SplitButton__menuButton',
    'button[aria-label="More send options"]',
  ],
} as const;

export const slackSelectors = {
  /** The header of a direct message names the person. */
  dmName: [
    // 2026-12: the view header's title
    '.p-view_header [data-qa="channel_name"]',
    '.p-view_header__channel_title',
  ],
  /** Messages in the pane carry their sender's member id. */
  sender: ['[data-message-sender]'],
  /** The person's local time, where the page shows it ("11:10 PM local time"). */
  localTime: [
    // 2026-12: the DM header's local-time line (dm-local-time fixture; assumed, not confirmed on a live page)
    '.p-view_header [data-qa="dm_header_local_time"]',
    '.p-view_header__member_local_time',
  ],
  scheduleOpener: [
    // 2026-12: the clock-arrow next to Send
    '.c-wysiwyg_container__button--send_options',
    'button[aria-label="Schedule for later"]',
  ],
} as const;

// Local part, then dot-separated labels that exclude the dot itself: one way to match, no backtracking blow-up.
const EMAILS = /[^\s<>,;"'()@]+@(?:[^\s<>,;"'().@]+\.)+[^\s<>,;"'().@]+/g;

function emailsIn(text: string | null | undefined): string[] {
  return text ? [...text.matchAll(EMAILS)].map((m) => m[0].toLowerCase()) : [];
}

/** Every address in the chips and typed text of the given recipient fields, once each. */
function addressesOf(fields: readonly HTMLElement[], chips: readonly string[], container: (field: HTMLElement) => HTMLElement | null): Recipient[] {
  const found = new Set<string>();
  for (const field of fields) {
    const row = container(field) ?? field;
    for (const chip of queryAll(row, chips)) {
      const address =
        emailIn(chip.getAttribute('data-hovercard-id')) ??
        emailIn(chip.getAttribute('email')) ??
        emailIn(chip.getAttribute('data-lpc-hover-target-id')) ??
        emailIn(chip.getAttribute('title')) ??
        emailIn((chip as HTMLInputElement).value);
      if (address) found.add(address);
    }
    const typed = field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field.value : (field.textContent ?? '');
    for (const address of emailsIn(typed)) found.add(address);
  }
  return [...found].map((address) => ({ kind: 'email', address }));
}

function slackDm(doc: Document, location: Pick<Location, 'pathname'>): Recipient[] {
  const S = slackSelectors;
  // Only a direct message has one reader; a channel's members are many.
  if (!/\/client\/[^/]+\/D[A-Z0-9]+/.test(location.pathname)) return [];
  const name = queryAll(doc, S.dmName)[0]?.textContent?.trim();
  if (!name) return [];
  const mine = queryAll(doc, S.sender).find((el) => el.textContent?.trim() === name);
  const shown = queryAll(doc, S.localTime)[0]?.textContent ?? null;
  return [{ kind: 'slack', memberId: mine?.getAttribute('data-message-sender') ?? null, name, shownTime: shown }];
}

/** Recipient fields only: never the message body, whose text may name anyone. */
const fieldsOf = (parts: ComposerParts, selectors: readonly string[]) =>
  queryAll(parts.root, selectors).filter((f) => f !== parts.body && !f.contains(parts.body) && !parts.body.contains(f));

export interface RecipientReader {
  read(parts: ComposerParts, doc: Document, location: Pick<Location, 'pathname'>): Recipient[];
  /** The control that opens the site's own schedule-send (never Send itself). */
  scheduleOpener(parts: ComposerParts): HTMLElement | null;
}

const opener = (selectors: readonly string[]) => (parts: ComposerParts) =>
  queryAll(parts.root, selectors).find((el) => el !== parts.send && !el.contains(parts.send)) ?? null;

/** One reader per site, imported by that site's script only. */
export const gmailRecipients: RecipientReader = {
  read: (parts) => addressesOf(fieldsOf(parts, gmailSelectors.fields), gmailSelectors.chips, (f) => f.parentElement),
  scheduleOpener: opener(gmailSelectors.scheduleOpener),
};

export const outlookRecipients: RecipientReader = {
  read: (parts) => addressesOf(fieldsOf(parts, outlookSelectors.fields), outlookSelectors.chips, () => null),
  scheduleOpener: opener(outlookSelectors.scheduleOpener),
};

export const slackRecipients: RecipientReader = {
  read: (_parts, doc, location) => slackDm(doc, location),
  scheduleOpener: opener(slackSelectors.scheduleOpener),
};
