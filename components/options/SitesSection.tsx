/** Which sites get hints. */
import { t, tKey } from '@/utils/i18n';
import { useSaveOnChange } from './Fields';
import { Section } from './Section';
import { SiteList, siteSwitchId } from './SiteList';
import type { SettingsStore } from './store';
import { Managed } from './Team';

export function SitesSection({ store }: { store: SettingsStore }) {
  const { issuesOf, save } = useSaveOnChange(store);
  return (
    <Section id="sites" title={t('options.sites.title')} help={t('options.sites.help')}>
      <div className="toggle-list">
        <SiteList
          sites={store.settings.sites}
          help={(key) => tKey(`options.sites.where.${key}`)}
          issuesOf={(key) => issuesOf(siteSwitchId(key))}
          wrap={(key, control) => (
            <Managed store={store} path={`sites.${key}`}>
              {control}
            </Managed>
          )}
          onChange={(key, on) => save(siteSwitchId(key), (s) => ({ ...s, sites: { ...s.sites, [key]: on } }))}
        />
      </div>
    </Section>
  );
}
