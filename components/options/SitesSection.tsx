/** Which sites get hints. */
import { siteName, t } from '@/utils/i18n';
import type { Settings, SiteKey } from '@/utils/settings/schema';
import { Toggle } from './Fields';
import { Section } from './Section';
import type { SettingsStore } from './store';

const SITES: ReadonlyArray<{ key: SiteKey; where: () => string }> = [
  { key: 'gmail', where: () => t('options.sites.where.gmail') },
  { key: 'slack', where: () => t('options.sites.where.slack') },
  { key: 'outlook', where: () => t('options.sites.where.outlook') },
  { key: 'gcal', where: () => t('options.sites.where.gcal') },
  { key: 'outlookCalendar', where: () => t('options.sites.where.outlookCalendar') },
];

export function SitesSection({ store }: { store: SettingsStore }) {
  return (
    <Section id="sites" title={t('options.sites.title')} help={t('options.sites.help')}>
      <div className="toggle-list">
        {SITES.map(({ key, where }) => (
          <Toggle
            key={key}
            store={store}
            id={`site-${key}`}
            label={siteName(key)}
            help={where()}
            checked={store.settings.sites[key]}
            change={(on) => (s: Settings) => ({ ...s, sites: { ...s.sites, [key]: on } })}
          />
        ))}
      </div>
    </Section>
  );
}
