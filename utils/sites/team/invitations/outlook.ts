/**
 * Outlook on the web invitations: a meeting request received in mail (the reading pane, with its
 * response buttons, the organiser as sender and the body as the agenda) and the calendar's peek
 * card of an event the owner was invited to. Both are found from their response buttons: the
 * group's role is the hook, the buttons' English names ("Accept", "Decline", or the peek's
 * "RSVP") the check. The owner's own meeting is skipped as `organizer`. Checked against
 * test/fixtures/calendar/outlook/invitation-*.html.
 */
import { emailIn, emailOnPage } from '../../dom/controls';
import { closestAny, firstWithin, queryAll } from '../../dom/query';
import { readEditableTextWithMap } from '../../dom/read-text';
import { isHiddenByAncestor } from '../../dom/visibility';
import { outlookCalendarSelectors } from '../../outlook-calendar/selectors';
import type { SelectorList } from '../../selectors';
import type { Skipped } from '../../types';
import type { InvitationAdapter, InvitationParts } from './types';

export const outlookInvitationSelectors = {
  /** Where the response buttons sit. Many toolbars hold none: the buttons' names are the check. */
  responses: [
    // 2026-12: current OWA / new Outlook reading pane: the meeting request's response toolbar
    '[role="toolbar"]',
    // 2026-12: the calendar peek's RSVP row
    '[role="group"]',
    // 2026-12: older OWA (Fabric command bar) reading pane
    '[role="menubar"]',
  ],
  /** Relative: one response button of that group. */
  response: [
    // 2026-12: Fluent buttons (current) and Fabric command-bar items (older)
    'button',
    '[role="button"]',
    '[role="menuitem"]',
  ],
  /** The invitation's own container, from its response buttons. */
  root: [
    // 2026-12: the calendar peek / event details, a Fluent dialog in the layer host (y-saeki/UserScript)
    '#fluent-default-layer-host [role="dialog"]',
    '[role="dialog"]',
    // 2026-12: the mail reading pane's conversation (public reading-pane readers and fixtures)
    '[data-app-section="ConversationContainer"]',
    // 2026-12: older OWA's reading pane container
    '#ReadingPaneContainerId',
  ],
  /** Relative: the meeting's title (the request's subject). */
  title: [
    // 2026-12: the subject heading in the reading pane, the title heading in the peek
    '[role="heading"][aria-level="2"]',
    '[role="heading"]',
  ],
  /** Relative: the agenda: the request's body, the peek's body preview. */
  description: [
    // 2026-12: the message body, its id prefix language-free (public reading-pane fixtures)
    '[role="document"] [id^="UniqueMessageBody"]',
    '[role="document"]',
    // 2026-12: English label, markup without the document role
    '[aria-label="Message body"]',
  ],
  /** Relative: one person (organiser, attendee): the address is in `title`, never in the opaque id. */
  person: [
    // 2026-12: live persona card hover targets, shared with the recipient wells
    '[data-lpc-hover-target-id]',
    // 2026-12: older OWA persona buttons
    '[role="button"][title*="@"]',
  ],
  /** Relative: the message that goes with the response, once "Edit the response before sending" opens it. */
  note: [
    // 2026-12: English name
    'textarea[aria-label^="Add a message"]',
    '[role="textbox"][contenteditable="true"][aria-label^="Add a message"]',
    // 2026-12: any language: the invitation's only plain text box
    'textarea',
  ],
  /** Page-level: the signed-in account's e-mail (account manager button). */
  owner: [
    // 2026-12: the account manager button's tooltip ("Name\ne-mail")
    '[role="banner"] button[title*="@"]',
    '[role="banner"] button[aria-label*="@"]',
  ],
} as const satisfies Record<string, SelectorList>;

const S = outlookInvitationSelectors;

/** The response buttons' English names: Accept and Decline in one group, or the peek's single RSVP menu. */
const ACCEPT = /^accept\b/i;
const DECLINE = /^decline\b/i;
const RSVP = /^rsvp\b/i;
/** The organiser's line: the peek says so, the request's sender line says From. */
const ORGANIZER = /\b(?:organi[sz]er|organisator|organisateur|organizador|from)\b/i;

const nameOf = (el: Element): string => (el.getAttribute('aria-label') ?? el.getAttribute('title') ?? el.textContent ?? '').trim();

function isResponseGroup(group: HTMLElement): boolean {
  const names = queryAll(group, S.response).map(nameOf);
  return names.some((n) => RSVP.test(n)) || (names.some((n) => ACCEPT.test(n)) && names.some((n) => DECLINE.test(n)));
}

/** The person's address (or, without one, the name shown) and whether the page labels them the organiser. */
function personOf(el: HTMLElement): { key: string; organizer: boolean } {
  const key = emailIn(el.getAttribute('title')) ?? emailIn(el.getAttribute('aria-label')) ?? (el.textContent ?? '').trim().toLowerCase();
  const labels = [el.getAttribute('aria-label'), el.parentElement?.getAttribute('aria-label')];
  return { key, organizer: labels.some((l) => l && ORGANIZER.test(l)) };
}

function readInvitation(root: HTMLElement, owner: string | null): InvitationParts | 'organizer' {
  const people = queryAll(root, S.person)
    .filter((el, _i, all) => !all.some((other) => other !== el && other.contains(el)))
    .map(personOf)
    .filter((p) => p.key);
  const organizer = (people.find((p) => p.organizer) ?? people[0])?.key ?? null;
  // The organiser's own copy (a group they invited includes them) is theirs, not an invitation.
  if (owner && organizer === owner) return 'organizer';
  const description = firstWithin(root, S.description);
  return {
    root,
    title: (firstWithin(root, S.title)?.textContent ?? '').trim(),
    description: description ? readEditableTextWithMap(description).text.trim() : '',
    guests: new Set(people.map((p) => p.key).filter((k) => k !== organizer)).size,
    note: firstWithin(root, S.note),
  };
}

export const outlookInvitations: InvitationAdapter = {
  site: 'outlook-calendar',
  watchFor: S.responses.join(','),
  findInvitations(scope) {
    const invitations: InvitationParts[] = [];
    const skipped: Skipped[] = [];
    // Read once, and only when a response group is there to check against it.
    let owner: string | null | undefined;
    for (const group of queryAll(scope, S.responses)) {
      const root = closestAny(group, S.root);
      if (!root || invitations.some((p) => p.root === root) || skipped.some((s) => s.element === root) || !isResponseGroup(group)) continue;
      // A form with a title field is the organiser's compose, handled by the meeting check.
      if (queryAll(root, outlookCalendarSelectors.title).length) continue;
      if (isHiddenByAncestor(group)) {
        skipped.push({ element: root, reason: 'hidden' });
        continue;
      }
      if (owner === undefined) owner = emailOnPage(document, S.owner);
      const parts = readInvitation(root, owner);
      if (parts === 'organizer') skipped.push({ element: root, reason: parts });
      else invitations.push(parts);
    }
    return { invitations, skipped };
  },
};
