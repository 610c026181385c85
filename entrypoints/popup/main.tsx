/**
 * The popup starts reading its first numbers before React has loaded: this module imports only
 * Dexie, the read and the (small) message lookup, and the rest of the popup (React, settings, the
 * analyzer's tips) loads as a separate chunk while IndexedDB answers. Rendering then starts with the numbers in hand.
 *
 * index.html holds English for the first paint (WXT and Chrome do not translate HTML): the title
 * and the loading line switch to the UI language here, before anything else runs.
 */
import '@/components/popup/popup.css';
import { loadSiteWeeks, trendWeekStarts } from '@/utils/stats/queries';
import { localizePage, t } from '@/utils/i18n';
import { createStatsDb, localDay } from '@/utils/stats/db';

/** The E2E test splits the time to first numbers at this mark. */
performance.mark('async-nudge:main');

/** A slow database never holds the page at "Loading" for longer than this before React mounts. */
const FIRST_READ_WAIT_MS = 150;

localizePage(t('extName'));
const root = document.getElementById('root');
const loading = root?.querySelector('.loading');
if (loading) loading.textContent = t('popup.loading');
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
