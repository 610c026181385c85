import { ruleLabel, ruleTip } from './rule-tips';
import type { TopRule } from './popup-stats';

/** The three nudges seen most, each with what to do about it. */
export function TopNudges({ top }: { top: { week: 'this' | 'last'; rules: TopRule[] } | undefined }) {
  const title = top?.week === 'last' ? 'Top nudges last week' : 'Top nudges this week';
  return (
    <section className="top" aria-labelledby="top-title" aria-busy={!top}>
      <h2 id="top-title">{title}</h2>
      {!top ? (
        <p className="quiet">Counting…</p>
      ) : top.rules.length === 0 ? (
        <p className="quiet">No nudges this week: every message so far was clear.</p>
      ) : (
        <ol>
          {top.rules.map((r) => {
            const tip = ruleTip(r.rule);
            return (
              <li key={r.rule} data-rule={r.rule}>
                <p className="rule-line">
                  <span className="rule-name">{ruleLabel(r.rule)}</span>
                  <span className="rule-count">
                    {r.shown}×{top.week === 'this' && <span className="rule-before"> (last week {r.lastWeekShown})</span>}
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
