/** An invitation the calendar owner received, as an invitation adapter finds it. */
import type { EventSiteId } from '../../../catalog/sites';
import type { Skipped } from '../../types';

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
  /** Every invitation under `scope`, plus what looked like one and why it is not (the owner organised it, hidden). */
  findInvitations(scope: ParentNode): { invitations: InvitationParts[]; skipped: Skipped[] };
  /**
   * What, besides a text box, an invitation brings into the page (a selector): the page watcher
   * rescans when it appears, since a details card without a note box has nothing editable.
   */
  watchFor?: string;
}
