import '../../components/hint.css';
import { runMessageSite } from '../../utils/sites/runner';
import { slack } from '../../utils/sites/slack';

export default defineContentScript({
  matches: ['https://app.slack.com/*'],
  cssInjectionMode: 'ui',
  main: (ctx) => runMessageSite(ctx, slack),
});
