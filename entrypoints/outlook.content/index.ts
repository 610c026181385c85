import '../../components/hint.css';
import { runMessageSite } from '../../utils/sites/runner';
import { outlook } from '../../utils/sites/outlook';

export default defineContentScript({
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*', 'https://outlook.cloud.microsoft/*'],
  cssInjectionMode: 'ui',
  main: (ctx) => runMessageSite(ctx, outlook),
});
