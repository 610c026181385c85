import { AboutSection } from '@/components/options/AboutSection';
import { AllowListSection } from '@/components/options/AllowListSection';
import { MeetingsSection } from '@/components/options/MeetingsSection';
import { PrivacySection } from '@/components/options/PrivacySection';
import { RulesSection } from '@/components/options/RulesSection';
import { SitesSection } from '@/components/options/SitesSection';
import { type StatsData, statsData } from '@/components/options/stats-data';
import { type SettingsStore, useSettingsStore } from '@/components/options/store';
import { TeamPolicySection, teamPolicyTitle } from '@/components/options/Team';
import { TeamNormsSection } from '@/components/options/TeamNormsSection';
import { WorkingHoursSection } from '@/components/options/WorkingHoursSection';
import { useEffect } from 'react';
import { formatNumber, t } from '@/utils/i18n';

/** Section ids and their titles (the same titles the sections show). */
const SECTIONS: ReadonlyArray<readonly [string, () => string]> = [
  ['sites', () => t('options.sites.title')],
  ['rules', () => t('options.rules.title')],
  ['allow-list', () => t('options.allowList.title')],
  ['working-hours', () => t('options.workingHours.title')],
  ['meetings', () => t('options.meetings.title')],
  ['team-norms', () => t('options.teamNorms.title')],
  ['privacy', () => t('options.privacy.title')],
  ['about', () => t('options.about.title')],
];

const localStats = statsData();

function statusText(store: SettingsStore | null): string {
  if (!store) return t('options.status.loading');
  const invalid = store.invalidFields.size;
  const state = store.saveState;
  if (state.kind === 'saving') return t('options.status.saving');
  if (invalid) return t('options.status.invalid', invalid, { count: formatNumber(invalid) });
  if (state.kind === 'failed') return t('options.status.failed', { reason: state.message });
  if (state.kind === 'saved') return t('options.status.saved');
  return t('options.status.idle');
}

export default function App({ stats = localStats }: { stats?: StatsData }) {
  const { store, notice, dismissNotice, loadError } = useSettingsStore();
  const loaded = store !== null;
  // Opened at a section ("Manage in options" in a hint: #rules): the sections exist only once
  // the settings are read, after the browser has given up looking for the fragment.
  useEffect(() => {
    if (loaded && location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }, [loaded]);
  // The team's section leads the page when a policy is in force, and the contents with it.
  const teamTitle = teamPolicyTitle(store);
  const sections = teamTitle === null ? SECTIONS : [['team-policy', () => teamTitle] as const, ...SECTIONS];
  const warn = store !== null && (store.invalidFields.size > 0 || store.saveState.kind === 'failed');
  return (
    <div className="page">
      <header className="topbar">
        <h1>
          {t('extName')} <span className="subtitle">{t('options.subtitle')}</span>
        </h1>
        <p id="save-status" role="status" className={warn ? 'save-status save-status-warn' : 'save-status'} data-state={store?.saveState.kind ?? 'loading'}>
          {statusText(store)}
        </p>
      </header>
      {notice && (
        <div className="notice" role="alert">
          <p>
            <strong>{t('options.notice.title')}</strong> {t('options.notice.body')}
          </p>
          <ul>
            {notice.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
          <button type="button" onClick={dismissNotice}>
            {t('options.notice.dismiss')}
          </button>
        </div>
      )}
      {loadError && (
        <p className="notice" role="alert">
          {t('options.loadFailed', { reason: loadError })}
        </p>
      )}
      <div className="layout">
        <nav className="toc" aria-label={t('options.sectionsLabel')}>
          <ul>
            {sections.map(([id, title]) => (
              <li key={id}>
                <a href={`#${id}`}>{title()}</a>
              </li>
            ))}
          </ul>
        </nav>
        <main>
          {store ? (
            <>
              <TeamPolicySection store={store} />
              <SitesSection store={store} />
              <RulesSection store={store} />
              <AllowListSection store={store} />
              <WorkingHoursSection store={store} />
              <MeetingsSection store={store} />
              <TeamNormsSection store={store} />
              <PrivacySection store={store} stats={stats} />
              <AboutSection />
            </>
          ) : (
            !loadError && <p className="loading">{t('options.loading')}</p>
          )}
        </main>
      </div>
    </div>
  );
}
