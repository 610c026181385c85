import '../../components/hint.css';
import { gmail } from '../../utils/sites/gmail';
import { runMessageSite } from '../../utils/sites/runner';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  cssInjectionMode: 'ui',
  main: (ctx) => runMessageSite(ctx, gmail),
});
