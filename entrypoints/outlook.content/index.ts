import '../../components/hint.css';
import { runEventSite } from '../../utils/sites/event-runner';
import { outlook } from '../../utils/sites/outlook';
import { outlookCalendar } from '../../utils/sites/outlook-calendar';
import { runMessageSite } from '../../utils/sites/runner';

// Mail and calendar are one app on the same hosts: one script runs both, each finds only its own editors.
export default defineContentScript({
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*', 'https://outlook.cloud.microsoft/*'],
  cssInjectionMode: 'ui',
  main: async (ctx) => {
    await Promise.all([runMessageSite(ctx, outlook), runEventSite(ctx, outlookCalendar)]);
  },
});
