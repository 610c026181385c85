import '../../components/hint.css';
import { matchesFor } from '../../utils/catalog/sites';
import { gmail } from '../../utils/sites/gmail/adapter';
import { runMessageSite } from '../../utils/sites/message-runner';

export default defineContentScript({
  matches: matchesFor('gmail'),
  cssInjectionMode: 'ui',
  main: (ctx) => runMessageSite(ctx, gmail),
});
