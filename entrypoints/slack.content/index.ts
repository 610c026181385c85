import '../../components/hint.css';
import { matchesFor } from '../../utils/catalog/sites';
import { slack } from '../../utils/sites/slack/adapter';
import { runMessageSite } from '../../utils/sites/message-runner';

export default defineContentScript({
  matches: matchesFor('slack'),
  cssInjectionMode: 'ui',
  main: (ctx) => runMessageSite(ctx, slack),
});
