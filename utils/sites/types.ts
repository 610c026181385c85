/** What a site adapter finds on a page: plain elements, no behaviour. */
import type { EventInput, Surface } from '../analyzer/types';
import type { EventSiteId, MessageSiteId, SiteId } from '../catalog/sites';

export type { SiteId };

/** Why an editable element gets no hints; logged once per element. */
export type SkipReason =
  | 'hidden' // not visible: a minimised window or an old draft left in the DOM
  | 'opted-out' // the page asked writing tools to stay away (data-enable-grammarly="false", …)
  | 'read-only'
  | 'not-a-composer' // an edit-in-place, search or settings box that looks like an editor
  | 'organizer'; // an invitation's details where the calendar owner is the organiser: theirs, not an invitation

export interface ComposerParts {
  /** The composer's own container: hints are positioned against it. */
  root: HTMLElement;
  /** The editable element the person types in. */
  body: HTMLElement;
  subject: HTMLInputElement | null;
  /** Null when the Send control was not found: hints still show, only click sends go uncounted. */
  send: HTMLElement | null;
  surface: Surface;
}

export interface Skipped {
  element: HTMLElement;
  reason: SkipReason;
}

export interface MessageSiteAdapter {
  site: MessageSiteId;
  /** Every composer under `scope`, plus editables it deliberately skips and why. */
  findComposers(scope: ParentNode): { composers: ComposerParts[]; skipped: Skipped[] };
  /** The draft as plain text, newlines for line and block breaks (never the editor's HTML). */
  readText(body: HTMLElement): string;
  /** The conversation a chat composer sends to (Slack channel/thread), for message-burst. */
  conversationId?(parts: ComposerParts, location: Location): string | null;
  /** The keyboard event sends this composer's message (Enter in Slack, Ctrl/Cmd+Enter in mail). */
  isSendKey(event: KeyboardEvent, parts: ComposerParts): boolean;
}

/** A calendar event editor's parts (full editor or quick-create dialog). */
export interface EventEditorParts {
  root: HTMLElement;
  title: HTMLElement | null;
  /** The description editor (contenteditable or textarea), where an agenda stub can go. */
  description: HTMLElement | null;
  /** Null when Save was not found: hints still show, only Ctrl/Cmd+S saves are counted. */
  save: HTMLElement | null;
  kind: 'full' | 'quick';
}

export interface EventSiteAdapter {
  site: EventSiteId;
  /** Every open event editor under `scope`, plus editors it deliberately skips and why. */
  findEditors(scope: ParentNode): { editors: EventEditorParts[]; skipped: Skipped[] };
  /** The event as the analyzer reads it; only counts and times leave this function's caller. */
  readEvent(parts: EventEditorParts): EventInput;
  /** The keyboard event saves the event (Ctrl/Cmd+S where the site has it). */
  isSaveKey(event: KeyboardEvent, parts: EventEditorParts): boolean;
}
