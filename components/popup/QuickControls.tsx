import { useEffect, useState } from 'react';
import { siteName, t } from '@/utils/i18n';
import { isSnoozed } from '@/utils/settings/context';
import type { Settings, SiteKey } from '@/utils/settings/schema';
import { snooze, updateSettings } from '@/utils/settings/storage';
import { ONE_HOUR_MS, tomorrowAt, untilLabel } from './format';
import { SITE_KEYS } from '@/utils/catalog/sites';

/** Runs a settings write and keeps its error, if any, for the person to read. */
function useWrite(): [error: string | null, run: (write: Promise<unknown>) => void] {
  const [error, setError] = useState<string | null>(null);
  const run = (write: Promise<unknown>) => {
    setError(null);
    write.catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return [error, run];
}

const WriteError = ({ error }: { error: string | null }) =>
  error && (
    <p className="error" role="alert">
      {error}
    </p>
  );

/** Pause every hint for an hour or until the next working day, or resume. */
export function PauseControls({ settings, now }: { settings: Settings; now: () => Date }) {
  const [error, run] = useWrite();
  const at = now();
  const paused = isSnoozed(settings, at.getTime()) && settings.snoozeUntil !== null;
  // Show the hints as back on when the pause runs out while the popup is open.
  const [, rerender] = useState(0);
  const left = paused && settings.snoozeUntil !== null ? settings.snoozeUntil - at.getTime() : 0;
  useEffect(() => {
    if (left <= 0 || left > 2 ** 31 - 1) return;
    const timer = setTimeout(() => rerender((n) => n + 1), left + 50);
    return () => clearTimeout(timer);
  }, [left]);

  return (
    <div className="pause" role="group" aria-label={t('popup.pause.group')}>
      {paused && settings.snoozeUntil !== null ? (
        <>
          <span className="paused" role="status">
            {t('popup.pause.paused_until', { time: untilLabel(settings.snoozeUntil, at) })}
          </span>
          <button type="button" onClick={() => run(snooze(null))}>
            {t('popup.pause.resume')}
          </button>
        </>
      ) : (
        <>
          <span className="label" aria-hidden="true">
            {t('popup.pause.label')}
          </span>
          <button type="button" aria-label={t('popup.pause.one_hour_name')} onClick={() => run(snooze(now().getTime() + ONE_HOUR_MS))}>
            {t('popup.pause.one_hour')}
          </button>
          <button
            type="button"
            aria-label={t('popup.pause.until_tomorrow_name', { time: settings.workingHours.start })}
            onClick={() => run(snooze(tomorrowAt(settings.workingHours.start, now())))}
          >
            {t('popup.pause.until_tomorrow')}
          </button>
        </>
      )}
      <WriteError error={error} />
    </div>
  );
}

function SiteSwitch({ site, on, label, onToggle }: { site: SiteKey; on: boolean; label: string; onToggle: (site: SiteKey, on: boolean) => void }) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      className="switch"
      data-site={site}
      aria-label={t('popup.sites.switch_name', { site: siteName(site) })}
      onClick={() => onToggle(site, !on)}
    >
      {label}
    </button>
  );
}

/**
 * The active tab's site switch, or every site's when the tab is another page or its URL is
 * hidden from the popup (no "tabs" permission).
 */
export function SiteSwitches({ settings, site }: { settings: Settings; site: SiteKey | null }) {
  const [error, run] = useWrite();
  const toggle = (key: SiteKey, on: boolean) => run(updateSettings((s) => ({ ...s, sites: { ...s.sites, [key]: on } })));
  return (
    <div className="sites" role="group" aria-label={site ? t('popup.sites.group_this_site') : t('popup.sites.group_each_site')}>
      <span className="label" aria-hidden="true">
        {site ? t('popup.sites.this_site_label') : t('popup.sites.all_sites_label')}
      </span>
      {site ? (
        <SiteSwitch
          site={site}
          on={settings.sites[site]}
          label={settings.sites[site] ? t('popup.sites.switch_on', { site: siteName(site) }) : t('popup.sites.switch_off', { site: siteName(site) })}
          onToggle={toggle}
        />
      ) : (
        SITE_KEYS.map((key) => <SiteSwitch key={key} site={key} on={settings.sites[key]} label={siteName(key, 'short')} onToggle={toggle} />)
      )}
      <WriteError error={error} />
    </div>
  );
}
