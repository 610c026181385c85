/**
 * The popup starts reading its first numbers before React has loaded: this module imports only
 * Dexie and the read, and the rest of the popup (React, settings, the analyzer's tips) loads as
 * a separate chunk while IndexedDB answers. Rendering then starts with the numbers in hand.
 */
import '@/components/popup/popup.css';
import { loadSiteWeeks, trendWeekStarts } from '@/components/popup/popup-stats';
import { createStatsDb, localDay } from '@/utils/stats/db';

/** The E2E test splits the time to first numbers at this mark. */
performance.mark('async-nudge:main');

/** A slow database never holds the page at "Loading" for longer than this before React mounts. */
const FIRST_READ_WAIT_MS = 150;

const root = document.getElementById('root');
if (root) {
  // The popup reads the background's database directly: an extension page shares its origin.
  const db = createStatsDb();
  const today = localDay(new Date());
  const firstRead = loadSiteWeeks(db, trendWeekStarts(today)).then(
    (sites) => ({ today, sites }),
    () => undefined, // the live query in the popup reads again and reports the error
  );
  const wait = new Promise<undefined>((done) => setTimeout(done, FIRST_READ_WAIT_MS, undefined));
  void Promise.all([import('./App'), Promise.race([firstRead, wait])]).then(([{ mountPopup }, first]) => mountPopup(root, db, first));
}
