import { browser } from 'wxt/browser';
import { openOptionsSchema } from '@/utils/messages';
import { loadTeamPolicy } from '@/utils/settings/managed';
import { loadSettings } from '@/utils/settings/storage';
import { createStatsDb, localDay, type StatsDb } from '@/utils/stats/db';
import { registerStatsHandler } from '@/utils/stats/handler';
import { addDays } from '@/utils/stats/queries';
import { pruneBefore } from '@/utils/stats/record';

const RETENTION_ALARM = 'stats-retention';
const DAY_MINUTES = 24 * 60;

/** Deletes the rows more than `statsRetentionDays` days older than today. */
async function pruneOldStats(db: StatsDb, now = new Date()): Promise<number> {
  const { settings } = await loadSettings();
  return pruneBefore(db, addDays(localDay(now), -settings.statsRetentionDays));
}

/**
 * Daily pruning. The listener is added synchronously so the alarm that wakes the service
 * worker finds it; the alarm is created only when missing, because the worker restarts every
 * few idle minutes and re-creating a periodic alarm would push its first run out each time.
 */
function scheduleRetention(db: StatsDb): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void pruneOldStats(db).catch((error: unknown) => console.warn('Async Nudge: pruning old stats failed', error));
  });
  void browser.alarms.get(RETENTION_ALARM).then((existing) => {
    if (!existing) return browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: DAY_MINUTES });
  });
}

/** "Manage in options" from a hint: a content script cannot open the options page, so it asks. */
function openOptionsOnRequest(): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const parsed = openOptionsSchema.safeParse(message);
    // Anything else is another listener's to answer.
    if (!parsed.success) return undefined;
    return browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${parsed.data.section}`) }).then(() => ({ ok: true }));
  });
}

/**
 * Chrome answers the first managed-storage read only once its policy service has loaded, about
 * 3 s after that first read (measured headless; later reads take ~5 ms). Asking at browser start
 * means the first composer of the day does not wait for it (content scripts wait up to 200 ms).
 */
function warmTeamPolicy(): void {
  void loadTeamPolicy();
  browser.runtime.onStartup.addListener(() => void loadTeamPolicy());
}

export default defineBackground(() => {
  warmTeamPolicy();
  const db = createStatsDb();
  registerStatsHandler(db);
  scheduleRetention(db);
  openOptionsOnRequest();
  // The welcome page, once: explains what the extension does and never does, and asks for sites and hours.
  // A team whose policy has chosen those already can skip it (skipOnboarding).
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void loadTeamPolicy().then((policy) => {
      if (!policy.skipOnboarding) return browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    });
  });
});
