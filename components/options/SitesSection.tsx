/** Which sites get hints. */
import type { Settings, SiteKey } from '@/utils/settings/schema';
import { Toggle } from './Fields';
import { Section } from './Section';
import type { SettingsStore } from './store';

const SITES: ReadonlyArray<{ key: SiteKey; name: string; where: string }> = [
  { key: 'gmail', name: 'Gmail', where: 'Compose and reply windows, subject and body.' },
  { key: 'slack', name: 'Slack', where: 'Channel, direct-message and thread composers in Slack on the web.' },
  { key: 'outlook', name: 'Outlook mail', where: 'New messages and replies in Outlook on the web.' },
  { key: 'gcal', name: 'Google Calendar', where: 'The event editor and the quick-create dialog.' },
  { key: 'outlookCalendar', name: 'Outlook calendar', where: 'The new-event form in Outlook on the web.' },
];

export function SitesSection({ store }: { store: SettingsStore }) {
  return (
    <Section id="sites" title="Sites" help="Hints appear only on the sites turned on here. Turning one off takes effect in open tabs at once.">
      <div className="toggle-list">
        {SITES.map(({ key, name, where }) => (
          <Toggle
            key={key}
            store={store}
            id={`site-${key}`}
            label={name}
            help={where}
            checked={store.settings.sites[key]}
            change={(on) => (s: Settings) => ({ ...s, sites: { ...s.sites, [key]: on } })}
          />
        ))}
      </div>
    </Section>
  );
}
