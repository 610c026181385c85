/** Which sites get hints. */
import { siteName, t, tKey } from '@/utils/i18n';
import { SITE_KEYS } from '@/utils/catalog/sites';
import type { Settings } from '@/utils/settings/schema';
import { Toggle } from './Fields';
import { Section } from './Section';
import type { SettingsStore } from './store';

export function SitesSection({ store }: { store: SettingsStore }) {
  return (
    <Section id="sites" title={t('options.sites.title')} help={t('options.sites.help')}>
      <div className="toggle-list">
        {SITE_KEYS.map((key) => (
          <Toggle
            key={key}
            store={store}
            id={`site-${key}`}
            label={siteName(key)}
            help={tKey(`options.sites.where.${key}`)}
            checked={store.settings.sites[key]}
            change={(on) => (s: Settings) => ({ ...s, sites: { ...s.sites, [key]: on } })}
          />
        ))}
      </div>
    </Section>
  );
}
