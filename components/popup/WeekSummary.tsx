import type { ReactNode } from 'react';
import { formatMoney, t } from '@/utils/i18n';
import type { RuleCounts, SiteCounts } from '@/utils/stats/db';
import { count as formatCount, percent, pointsDelta, ratio } from './format';
import { cleanShare, SYNC_TARGET, syncSplit } from '@/utils/stats/queries';

export interface WeekNumbers {
  site: SiteCounts;
  /** undefined while the rule rows are still being read. */
  rules: RuleCounts | undefined;
}

interface HeroProps {
  id: string;
  title: string;
  value: string;
  /** How it compares (with last week, or with the target), beside the title. */
  badge: ReactNode;
  lines: string[];
  /** 0…1 for the bar under the text, with an optional marker. */
  bar: { share: number | null; marker?: number };
}

/** One headline share: the big number, what it is made of, and last week's. */
function Hero({ id, title, value, badge, lines, bar }: HeroProps) {
  return (
    <section className="hero" aria-labelledby={`${id}-title`} data-metric={id}>
      <div className="hero-head">
        <h3 id={`${id}-title`}>{title}</h3>
        {badge}
      </div>
      <p className="value">{value}</p>
      <p className="detail">
        {lines.map((line) => (
          <span key={line}>{line}</span>
        ))}
      </p>
      {/* Decoration: the same numbers are in the text. */}
      <div className="meter" aria-hidden="true">
        <span className="fill" style={{ width: `${Math.round((bar.share ?? 0) * 100)}%` }} />
        {bar.marker !== undefined && <span className="marker" style={{ left: `${bar.marker * 100}%` }} />}
      </div>
    </section>
  );
}

const Badge = ({ text, better }: { text: string; better: boolean | null }) => (
  <span className={`badge ${better === null ? 'same' : better ? 'better' : 'worse'}`}>{text}</span>
);

/**
 * This week against last week: two headline shares, then the counts side by side. `currency`
 * is undefined for the moment before the settings have loaded.
 */
export function WeekSummary({ thisWeek, lastWeek, currency }: { thisWeek: WeekNumbers; lastWeek: WeekNumbers; currency: string | undefined }) {
  const clean = cleanShare(thisWeek.site);
  const cleanBefore = cleanShare(lastWeek.site);
  const sync = syncSplit(thisWeek.site).share;
  const syncBefore = syncSplit(lastWeek.site).share;
  const cleanChange = clean !== null && cleanBefore !== null ? Math.round(clean * 100) - Math.round(cleanBefore * 100) : null;
  const count = (rules: RuleCounts | undefined, key: keyof RuleCounts) => (rules ? formatCount(rules[key]) : t('popup.pending'));
  const meetings = (site: SiteCounts) =>
    site.meetingsFlagged
      ? t('popup.counts.meetings_cost', {
          count: formatCount(site.meetingsFlagged),
          cost: currency ? formatMoney(site.flaggedCost, currency) : t('popup.pending'),
        })
      : formatCount(0);
  const { messagesClean, messagesSent } = thisWeek.site;

  return (
    <div className="summary">
      <div className="heroes">
        <Hero
          id="clean"
          title={t('popup.clean.title')}
          value={clean === null ? t('popup.no_value') : percent(clean)}
          badge={
            cleanChange !== null &&
            clean !== null &&
            cleanBefore !== null && <Badge text={pointsDelta(clean, cleanBefore)} better={cleanChange === 0 ? null : cleanChange > 0} />
          }
          lines={[
            messagesSent
              ? t('popup.clean.of_sent', messagesSent, { clean: formatCount(messagesClean), sent: formatCount(messagesSent) })
              : t('popup.clean.no_messages'),
            cleanBefore === null ? t('popup.clean.last_week_none') : t('popup.clean.last_week', { share: percent(cleanBefore) }),
          ]}
          bar={{ share: clean }}
        />
        <Hero
          id="sync"
          title={t('popup.sync.title')}
          value={sync === null ? t('popup.no_value') : ratio(sync)}
          badge={sync !== null && <Badge text={sync <= SYNC_TARGET ? t('popup.sync.on_target') : t('popup.sync.above_target')} better={sync <= SYNC_TARGET} />}
          lines={[
            t('popup.sync.target', { ratio: ratio(SYNC_TARGET) }),
            syncBefore === null ? t('popup.sync.last_week_none') : t('popup.sync.last_week', { ratio: ratio(syncBefore) }),
          ]}
          bar={{ share: sync, marker: SYNC_TARGET }}
        />
      </div>
      <table className="counts">
        <thead>
          <tr>
            <td />
            <th scope="col">{t('popup.week.this_week_column')}</th>
            <th scope="col">{t('popup.week.last_week_column')}</th>
          </tr>
        </thead>
        <tbody aria-busy={!thisWeek.rules}>
          <tr data-metric="shown">
            <th scope="row">{t('popup.counts.nudges_shown')}</th>
            <td>{count(thisWeek.rules, 'shown')}</td>
            <td>{count(lastWeek.rules, 'shown')}</td>
          </tr>
          <tr data-metric="resolved" className="sub">
            <th scope="row">{t('popup.counts.resolved')}</th>
            <td>{count(thisWeek.rules, 'resolved')}</td>
            <td>{count(lastWeek.rules, 'resolved')}</td>
          </tr>
          <tr data-metric="sent-anyway" className="sub">
            <th scope="row">{t('popup.counts.sent_anyway')}</th>
            <td>{count(thisWeek.rules, 'sentAnyway')}</td>
            <td>{count(lastWeek.rules, 'sentAnyway')}</td>
          </tr>
          <tr data-metric="meetings">
            <th scope="row">{t('popup.counts.meetings')}</th>
            <td>{meetings(thisWeek.site)}</td>
            <td>{meetings(lastWeek.site)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
