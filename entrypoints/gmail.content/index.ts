import '../../components/hint.css';
import '../../components/team/team.css';
import { matchesFor } from '../../utils/catalog/sites';
import { gmailRecipients } from '../../utils/sites/team/recipients/readers';
import { runReaderTimes } from '../../utils/sites/team/recipients/runner';
import { gmail } from '../../utils/sites/gmail/adapter';
import { runMessageSite } from '../../utils/sites/message-runner';

export default defineContentScript({
  matches: matchesFor('gmail'),
  cssInjectionMode: 'ui',
  // Hints, and the reader's local time when the team's roster knows the recipients.
  main: (ctx) => Promise.all([runMessageSite(ctx, gmail), runReaderTimes(ctx, gmail, gmailRecipients)]).then(() => undefined),
});
