import '../../components/hint.css';
import { runEventSite } from '../../utils/sites/event-runner';
import { gcal } from '../../utils/sites/gcal';

export default defineContentScript({
  matches: ['https://calendar.google.com/*'],
  cssInjectionMode: 'ui',
  main: (ctx) => runEventSite(ctx, gcal),
});
