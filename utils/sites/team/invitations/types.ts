/** An invitation the calendar owner received, as an invitation adapter finds it. */
import type { EventSiteId } from '../../../catalog/sites';

export interface InvitationParts {
  /** The details pop-up or reading pane of the invitation. */
  root: HTMLElement;
  title: string;
  description: string;
  /** Invitees other than the organizer. */
  guests: number;
  /** The note that goes with the reply (RSVP), when the page shows one. */
  note: HTMLElement | null;
}

export interface InvitationAdapter {
  site: EventSiteId;
  findInvitations(scope: ParentNode): InvitationParts[];
}
