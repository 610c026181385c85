import { AboutSection } from '@/components/options/AboutSection';
import { AllowListSection } from '@/components/options/AllowListSection';
import { MeetingsSection } from '@/components/options/MeetingsSection';
import { PrivacySection } from '@/components/options/PrivacySection';
import { RulesSection } from '@/components/options/RulesSection';
import { SitesSection } from '@/components/options/SitesSection';
import { type StatsData, statsData } from '@/components/options/stats-data';
import { type SettingsStore, useSettingsStore } from '@/components/options/store';
import { TeamNormsSection } from '@/components/options/TeamNormsSection';
import { WorkingHoursSection } from '@/components/options/WorkingHoursSection';

const SECTIONS = [
  ['sites', 'Sites'],
  ['rules', 'Rules'],
  ['allow-list', 'Allow-list'],
  ['working-hours', 'Working hours'],
  ['meetings', 'Meetings'],
  ['team-norms', 'Team norms'],
  ['privacy', 'Privacy & data'],
  ['about', 'About'],
] as const;

const localStats = statsData();

function statusText(store: SettingsStore | null): string {
  if (!store) return 'Loading…';
  const invalid = store.invalidFields.size;
  const state = store.saveState;
  if (state.kind === 'saving') return 'Saving…';
  if (invalid) return `Not saved: ${invalid === 1 ? 'a field needs' : `${invalid} fields need`} a fix — see the message next to it.`;
  if (state.kind === 'failed') return `Could not save: ${state.message}`;
  if (state.kind === 'saved') return 'Saved';
  return 'Changes save as you make them.';
}

export default function App({ stats = localStats }: { stats?: StatsData }) {
  const { store, notice, dismissNotice, loadError } = useSettingsStore();
  const warn = store !== null && (store.invalidFields.size > 0 || store.saveState.kind === 'failed');
  return (
    <div className="page">
      <header className="topbar">
        <h1>
          Async Nudge <span className="subtitle">settings</span>
        </h1>
        <p id="save-status" role="status" className={warn ? 'save-status save-status-warn' : 'save-status'} data-state={store?.saveState.kind ?? 'loading'}>
          {statusText(store)}
        </p>
      </header>
      {notice && (
        <div className="notice" role="alert">
          <p>
            <strong>Some settings could not be read, so they were reset.</strong> Everything else was kept. Check these:
          </p>
          <ul>
            {notice.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
          <button type="button" onClick={dismissNotice}>
            Got it
          </button>
        </div>
      )}
      {loadError && (
        <p className="notice" role="alert">
          Settings could not be loaded: {loadError}
        </p>
      )}
      <div className="layout">
        <nav className="toc" aria-label="Sections">
          <ul>
            {SECTIONS.map(([id, title]) => (
              <li key={id}>
                <a href={`#${id}`}>{title}</a>
              </li>
            ))}
          </ul>
        </nav>
        <main>
          {store ? (
            <>
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
            !loadError && <p className="loading">Loading settings…</p>
          )}
        </main>
      </div>
    </div>
  );
}
