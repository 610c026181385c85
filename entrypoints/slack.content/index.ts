import '../../components/hint.css';
import '../../components/team/team.css';
import { matchesFor } from '../../utils/catalog/sites';
import { slackRecipients } from '../../utils/sites/team/recipients/readers';
import { runReaderTimes } from '../../utils/sites/team/recipients/runner';
import { slack } from '../../utils/sites/slack/adapter';
import { runMessageSite } from '../../utils/sites/message-runner';

export default defineContentScript({
  matches: matchesFor('slack'),
  cssInjectionMode: 'ui',
  // Hints, and the reader's local time when the team's roster knows the recipients.
  main: (ctx) => Promise.all([runMessageSite(ctx, slack), runReaderTimes(ctx, slack, slackRecipients)]).then(() => undefined),
});
