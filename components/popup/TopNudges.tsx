import { t } from '@/utils/i18n';
import { count } from './format';
import { ruleLabel, ruleTip } from './rule-tips';
import type { TopRule } from '@/utils/stats/queries';

/** The three nudges seen most, each with what to do about it. */
export function TopNudges({ top }: { top: { week: 'this' | 'last'; rules: TopRule[] } | undefined }) {
  const title = top?.week === 'last' ? t('popup.top.title_last_week') : t('popup.top.title_this_week');
  return (
    <section className="top" aria-labelledby="top-title" aria-busy={!top}>
      <h2 id="top-title">{title}</h2>
      {!top ? (
        <p className="quiet">{t('popup.top.counting')}</p>
      ) : top.rules.length === 0 ? (
        <p className="quiet">{t('popup.top.none')}</p>
      ) : (
        <ol>
          {top.rules.map((r) => {
            const tip = ruleTip(r.rule);
            return (
              <li key={r.rule} data-rule={r.rule}>
                <p className="rule-line">
                  <span className="rule-name">{ruleLabel(r.rule)}</span>
                  <span className="rule-count">
                    {t('popup.top.times', { count: count(r.shown) })}
                    {top.week === 'this' && <span className="rule-before"> {t('popup.top.last_week', { count: count(r.lastWeekShown) })}</span>}
                  </span>
                </p>
                {tip && (
                  <p className="tip" title={tip.why}>
                    {tip.tip}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
