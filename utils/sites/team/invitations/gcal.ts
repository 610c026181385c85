/**
 * Google Calendar invitations: the read-only event details pop-up a guest gets. It has no
 * title input (that is the editor) and a "Going?" radio group; the calendar owner is not the
 * organizer. Checked against test/fixtures/calendar/gcal/invitation.html.
 */
import { emailIn, emailOnPage } from '../../dom/controls';
import { queryAll } from '../../dom/query';
import { readEditableTextWithMap } from '../../dom/read-text';
import { gcalSelectors } from '../../gcal/selectors';
import type { Skipped } from '../../types';
import type { InvitationAdapter, InvitationParts } from './types';

export const gcalInvitationSelectors = {
  /** The RSVP choice; its name is "Going?" in English, so the role is the hook and the label a check. */
  rsvp: [
    // 2026-12: the details pop-up's RSVP group
    '#xDetDlg [role="radiogroup"]',
    // 2026-12: any RSVP group inside a dialog
    '[role="dialog"] [role="radiogroup"]',
  ],
  root: ['[role="dialog"]'],
  title: [
    // 2026-12: the pop-up's title heading id
    '#rAECCd',
    '[role="heading"]',
  ],
  description: [
    // 2026-12: the pop-up's description block id
    '#xDetDlgDesc',
  ],
  guest: [
    // 2026-12: guest entries carry their address
    '#xDetDlgAtn [data-email]',
    '[aria-label="Guests"] [data-email]',
  ],
  note: [
    // 2026-12: the reply note box, by accessible name (English) then any text box in the RSVP area
    'textarea[aria-label^="Add a note"]',
    'textarea',
  ],
} as const;

const S = gcalInvitationSelectors;
const ORGANIZER = /organi[sz]er|organisator|organisateur|organizador/i;

function first(root: Element, selectors: readonly string[]): HTMLElement | null {
  return queryAll(root, selectors)[0] ?? null;
}

function readInvitation(root: HTMLElement, owner: string | null): InvitationParts | 'organizer' {
  const chips = queryAll(root, S.guest);
  const emails = chips.map((c) => (c.getAttribute('data-email') ?? '').toLowerCase());
  const organizer = emailIn(chips.find((c) => ORGANIZER.test(c.getAttribute('aria-label') ?? ''))?.getAttribute('data-email')) ?? emails[0] ?? null;
  // The organizer's own view of the event is not an invitation.
  if (owner && organizer === owner) return 'organizer';
  const description = first(root, S.description);
  return {
    root,
    title: (first(root, S.title)?.textContent ?? '').trim(),
    description: description ? readEditableTextWithMap(description).text.trim() : '',
    guests: new Set(emails.filter((e) => e && e !== organizer)).size,
    note: first(root, S.note),
  };
}

export const gcalInvitations: InvitationAdapter = {
  site: 'gcal',
  findInvitations(scope) {
    const owner = emailOnPage(document, gcalSelectors.owner);
    const invitations: InvitationParts[] = [];
    const skipped: Skipped[] = [];
    for (const rsvp of queryAll(scope, S.rsvp)) {
      const root = rsvp.closest<HTMLElement>(S.root[0]);
      // An editor (a title input) is the organizer's side, handled by the meeting check.
      if (!root || queryAll(root, gcalSelectors.title).length || invitations.some((p) => p.root === root) || skipped.some((s) => s.element === root)) continue;
      const parts = readInvitation(root, owner);
      if (parts === 'organizer') skipped.push({ element: root, reason: parts });
      else invitations.push(parts);
    }
    return { invitations, skipped };
  },
};
