/**
 * The invitee side of a meeting: finds invitations the calendar owner received and, when one
 * has no agenda or reads as a status meeting, docks reply texts to it (copy, or add to the RSVP
 * note). It reuses the analyzer's no-agenda and status-meeting rules, so the person's rule
 * switches apply. Nothing about the invitation is stored or counted.
 */
import { createElement } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { InviteeReplies } from '../../../../components/team/InviteeReplies';
import { analyze } from '../../../analyzer/analyze';
import type { EventInput } from '../../../analyzer/types';
import { insertText } from '../../dom/insert';
import { HintHost } from '../../host';
import { runSite, type SitePage, type SiteSession } from '../../run-site';
import { guard, report } from '../../safe';
import { type InviteeReply, inviteeReplies } from '../../../team/meetings';
import type { InvitationAdapter, InvitationParts } from './types';

/** The invitation as the analyzer reads it: only what the two rules look at. */
export function invitationEvent(parts: InvitationParts): EventInput {
  return {
    kind: 'event',
    title: parts.title,
    description: parts.description,
    guests: parts.guests,
    durationMinutes: 0,
    recurring: false,
    recurrenceEnds: false,
  };
}

class InvitationSession implements SiteSession {
  private host: HintHost | null = null;
  private copied: InviteeReply | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly page: SitePage,
    readonly parts: InvitationParts,
  ) {}

  async mount(): Promise<void> {
    this.host = await HintHost.create(this.ctx, this.parts.root);
    this.render();
  }

  refresh(): void {
    this.render();
  }

  private render(): void {
    const replies = inviteeReplies(analyze(invitationEvent(this.parts), this.page.context));
    this.host?.render(
      createElement(InviteeReplies, {
        replies,
        norm: this.page.settings.responseNorms.normal,
        copied: this.copied,
        canInsert: this.parts.note !== null,
        onCopy: guard('copy reply', (reply: InviteeReply, text: string) => {
          void navigator.clipboard.writeText(text).then(
            () => {
              this.copied = reply;
              this.render();
            },
            (e: unknown) => report('clipboard', e),
          );
        }),
        onInsert: guard('insert reply', (_reply: InviteeReply, text: string) => {
          if (this.parts.note) insertText(this.parts.note, text);
        }),
      }),
      [],
    );
  }

  destroy(): void {
    this.host?.remove();
    this.host = null;
  }
}

/** Reply suggestions on one calendar site's invitations. Resolves once set up; never rejects. */
export function runInvitations(ctx: ContentScriptContext, adapter: InvitationAdapter): Promise<void> {
  return runSite<InvitationParts, InvitationSession, SitePage>(ctx, {
    site: adapter.site,
    what: 'reply suggestions',
    keyOf: (p) => p.root,
    find: (scope) => {
      const { invitations, skipped } = adapter.findInvitations(scope);
      return { found: invitations, skipped };
    },
    watchFor: adapter.watchFor,
    extra: () => ({}),
    create: (page, parts) => new InvitationSession(ctx, page, parts),
  });
}
