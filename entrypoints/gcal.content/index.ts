import '../../components/hint.css';
import { matchesFor } from '../../utils/catalog/sites';
import { gcal } from '../../utils/sites/gcal/adapter';
import { runEventSite } from '../../utils/sites/event-runner';

export default defineContentScript({
  matches: matchesFor('gcal'),
  cssInjectionMode: 'ui',
  main: (ctx) => runEventSite(ctx, gcal),
});
