import { useLiveQuery } from 'dexie-react-hooks';
import { Component, lazy, Suspense, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { t } from '@/utils/i18n';
import type { Settings, SiteKey } from '@/utils/settings/schema';
import { localDay, type StatsDb } from '@/utils/stats/db';
import { addDays, loadRuleWeeks, loadSiteWeeks, topRules, trendOf, trendWeekStarts, type FirstRead, type SiteWeeks } from '@/utils/stats/queries';
import { DataActions } from './DataActions';
import { EmptyState } from './EmptyState';
import { dayRange } from './format';
import { siteForUrl } from '@/utils/catalog/sites';
import { TrendChart } from './TrendChart';
import { WeekSummary } from './WeekSummary';

/** User-timing marks the E2E test reads (from navigation start): the first numbers in the DOM, then all of this week's. */
export const FIRST_NUMBERS_MARK = 'async-nudge:first-numbers';
export const ALL_NUMBERS_MARK = 'async-nudge:week-numbers';

const markOnce = (name: string) => {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
};

export interface PopupAppProps {
  db: StatsDb;
  /** This week's site rows, when main.tsx read them while React loaded. */
  firstRead?: FirstRead;
  /** The active tab's URL, when the browser shows it to the popup (only on the sites it runs on). */
  activeTabUrl: () => Promise<string | undefined>;
  openOptions: () => void;
  now?: () => Date;
}

/*
 * The settings code brings zod and the analyzer's rule registry (the tips): most of the popup's
 * JavaScript, and none of it needed for the numbers. It loads beside them, not before them.
 */
const PauseControls = lazy(() => import('./QuickControls').then((m) => ({ default: m.PauseControls })));
const SiteSwitches = lazy(() => import('./QuickControls').then((m) => ({ default: m.SiteSwitches })));
const TopNudges = lazy(() => import('./TopNudges').then((m) => ({ default: m.TopNudges })));

function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    let unwatch: (() => void) | undefined;
    import('@/utils/settings/storage')
      .then(async ({ loadSettings, watchSettings }) => {
        if (!live) return;
        unwatch = watchSettings(setSettings);
        const { settings: loaded } = await loadSettings();
        // A change the watcher saw is newer than this load: the load never overwrites it.
        if (live) setSettings((current) => current ?? loaded);
      })
      // The numbers still show; only the controls and the money stay away.
      .catch((error: unknown) => console.warn('Async Nudge: could not read the settings', error));
    return () => {
      live = false;
      unwatch?.();
    };
  }, []);
  return settings;
}

/** undefined while asking, then the tab's site or null (any other page, or no URL to see). */
function useActiveSite(activeTabUrl: () => Promise<string | undefined>): SiteKey | null | undefined {
  const [site, setSite] = useState<SiteKey | null>();
  useEffect(() => {
    let live = true;
    activeTabUrl().then(
      (url) => live && setSite(siteForUrl(url)),
      () => live && setSite(null),
    );
    return () => {
      live = false;
    };
  }, [activeTabUrl]);
  return site;
}

/** TopNudges' own "Counting…" state, while its code loads. */
const TopNudgesPending = () => (
  <section className="top" aria-busy="true">
    <h2>{t('popup.top.title_this_week')}</h2>
    <p className="quiet">{t('popup.top.counting')}</p>
  </section>
);

/** A failed read shows what failed instead of a blank popup. */
class ReadError extends Component<{ children: ReactNode }, { error: string | null }> {
  override state: { error: string | null } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  override render() {
    return this.state.error === null ? (
      this.props.children
    ) : (
      <p className="error" role="alert">
        {t('popup.read_error', { error: this.state.error })}
      </p>
    );
  }
}

interface StatsProps {
  db: StatsDb;
  today: string;
  firstSites: SiteWeeks | undefined;
  settings: Settings | undefined;
  onOptions: () => void;
}

function Stats({ db, today, firstSites, settings, onOptions }: StatsProps) {
  const weeks = useMemo(() => trendWeekStarts(today), [today]);
  // The early read stands in until the live query has answered (it reads the same rows).
  const sites = useLiveQuery(() => loadSiteWeeks(db, weeks), [db, weeks], firstSites);
  // Each read starts when the one before has answered: IndexedDB would otherwise share its time
  // between them, and the site rows alone carry the first numbers.
  const sitesRead = sites !== undefined;
  const recent = useLiveQuery(() => (sitesRead ? loadRuleWeeks(db, weeks.slice(-2)) : undefined), [db, weeks, sitesRead]);
  const recentRead = recent !== undefined;
  const older = useLiveQuery(() => (recentRead ? loadRuleWeeks(db, weeks.slice(0, -2)) : undefined), [db, weeks, recentRead]);
  // The numbers do not wait for the settings: only the money needs them (the currency).
  const ready = sites !== undefined;
  const trend = useMemo(() => (sites ? trendOf(sites.weeks, [...(older ?? []), ...(recent ?? [])]) : []), [sites, recent, older]);

  useLayoutEffect(() => {
    if (ready) markOnce(FIRST_NUMBERS_MARK);
    if (ready && recentRead) markOnce(ALL_NUMBERS_MARK);
  }, [ready, recentRead]);

  if (!ready) {
    return (
      <p className="loading" role="status">
        {t('popup.loading')}
      </p>
    );
  }
  if (sites.empty) return <EmptyState />;
  const [lastSites, thisSites] = sites.weeks.slice(-2);
  const [lastRules, thisRules] = recent ?? [];
  if (!thisSites || !lastSites) return null;
  return (
    <>
      <h2 className="week">
        {t('popup.week.this_week')} <span className="range">{dayRange(thisSites.weekStart, addDays(thisSites.weekStart, 6))}</span>{' '}
        <span className="vs">{t('popup.week.versus')}</span>
      </h2>
      <WeekSummary
        thisWeek={{ site: thisSites.site, rules: thisRules?.rules }}
        lastWeek={{ site: lastSites.site, rules: lastRules?.rules }}
        currency={settings?.currency}
      />
      <Suspense fallback={<TopNudgesPending />}>
        <TopNudges top={thisRules && lastRules ? topRules(thisRules, lastRules) : undefined} />
      </Suspense>
      <TrendChart trend={trend} />
      <DataActions db={db} today={today} onOptions={onOptions} />
    </>
  );
}

/** The toolbar popup: this week against last, the trend, and the quick controls. */
export function PopupApp({ db, firstRead, activeTabUrl, openOptions, now = () => new Date() }: PopupAppProps) {
  const [today] = useState(() => firstRead?.today ?? localDay(now()));
  const settings = useSettings();
  const site = useActiveSite(activeTabUrl);

  return (
    <main className="popup">
      <header className="head">
        <h1>{t('extName')}</h1>
        <Suspense>{settings && <PauseControls settings={settings} now={now} />}</Suspense>
        <button type="button" className="options" aria-label={t('popup.options')} title={t('popup.options')} onClick={openOptions}>
          <span aria-hidden="true">⚙</span>
        </button>
      </header>
      {/* The row keeps its height while the switches load, so nothing below it moves. */}
      <div className="sites-row">
        <Suspense>{settings && site !== undefined && <SiteSwitches settings={settings} site={site} />}</Suspense>
      </div>
      <ReadError>
        <Stats db={db} today={today} firstSites={firstRead?.today === today ? firstRead.sites : undefined} settings={settings} onOptions={openOptions} />
      </ReadError>
    </main>
  );
}
