import '../../components/hint.css';
import '../../components/team/team.css';
import { matchesFor } from '../../utils/catalog/sites';
import { outlookInvitations } from '../../utils/sites/team/invitations/outlook';
import { runInvitations } from '../../utils/sites/team/invitations/runner';
import { outlookRecipients } from '../../utils/sites/team/recipients/readers';
import { runReaderTimes } from '../../utils/sites/team/recipients/runner';
import { runEventSite } from '../../utils/sites/event-runner';
import { runMessageSite } from '../../utils/sites/message-runner';
import { outlook } from '../../utils/sites/outlook/adapter';
import { outlookCalendar } from '../../utils/sites/outlook-calendar/adapter';

// Mail and calendar are one app on the same hosts: one script runs both, each finds only its own editors.
// A meeting request reaches the invitee in mail and in the calendar alike, so invitations are looked for in both.
export default defineContentScript({
  matches: matchesFor('outlook'),
  cssInjectionMode: 'ui',
  main: async (ctx) => {
    await Promise.all([
      runMessageSite(ctx, outlook),
      runReaderTimes(ctx, outlook, outlookRecipients),
      runEventSite(ctx, outlookCalendar),
      runInvitations(ctx, outlookInvitations),
    ]);
  },
});
