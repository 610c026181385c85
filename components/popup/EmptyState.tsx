import { formatList, siteName, t } from '@/utils/i18n';
import { count, ratio } from './format';
import { SYNC_TARGET, TREND_WEEKS } from '@/utils/stats/queries';

/** A new install: what will appear here, and that it all stays on this computer. */
export function EmptyState() {
  // The sites people write messages on; the calendars come up under "meetings".
  const sites = formatList([siteName('gmail'), siteName('slack'), siteName('outlook')], { type: 'disjunction' });
  return (
    <section className="empty" aria-labelledby="empty-title">
      <h2 id="empty-title">{t('popup.empty.title')}</h2>
      <p>{t('popup.empty.intro', { sites })}</p>
      <ul>
        <li>{t('popup.empty.clean')}</li>
        <li>{t('popup.empty.nudges')}</li>
        <li>{t('popup.empty.top')}</li>
        <li>{t('popup.empty.meetings')}</li>
        <li>{t('popup.empty.sync', { target: ratio(SYNC_TARGET) })}</li>
        <li>{t('popup.empty.trend', { weeks: count(TREND_WEEKS) })}</li>
      </ul>
      <p className="quiet">{t('popup.empty.privacy')}</p>
    </section>
  );
}
