import '../../components/hint.css';
import { matchesFor } from '../../utils/catalog/sites';
import { gcal } from '../../utils/sites/gcal/adapter';
import { runEventSite } from '../../utils/sites/event-runner';
import { gcalInvitations } from '../../utils/sites/team/invitations/gcal';
import { runInvitations } from '../../utils/sites/team/invitations/runner';

export default defineContentScript({
  matches: matchesFor('gcal'),
  cssInjectionMode: 'ui',
  // The organiser's editor and the invitee's invitation: two sides of one meeting.
  main: (ctx) => Promise.all([runEventSite(ctx, gcal), runInvitations(ctx, gcalInvitations)]).then(() => undefined),
});
