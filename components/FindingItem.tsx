import type { ReactNode, Ref } from 'react';
import { isRuleId } from '../utils/catalog/rules';
import type { Finding } from '../utils/analyzer/types';
import { ruleText, t } from '../utils/i18n';
import { findingText } from '../utils/i18n/finding-text';

export interface FindingItemProps {
  finding: Finding;
  onDismiss: (f: Finding) => void;
  onDisable: (f: Finding) => void;
  /** Focus target for the panel, when Dismiss is its first action. */
  dismissRef?: Ref<HTMLButtonElement>;
  /** Actions of this panel that come before Dismiss (insert, copy). */
  children?: ReactNode;
}

/** One finding as both panels show it: severity in words and icon, message, why, what to do, and the actions. */
export function FindingItem({ finding: f, onDismiss, onDisable, dismissRef, children }: FindingItemProps) {
  const words = findingText(f);
  return (
    <li className={`finding ${f.severity}`}>
      <p className="message">
        <span className="sev" aria-label={f.severity === 'warn' ? t('hint.finding.warning') : t('hint.finding.note')}>
          {f.severity === 'warn' ? '⚠' : 'ℹ'}
        </span>{' '}
        {words.message}
      </p>
      <p className="why">{words.why}</p>
      <p className="suggestion">{words.suggestion}</p>
      <div className="actions">
        {children}
        <button type="button" ref={dismissRef} onClick={() => onDismiss(f)}>
          {t('hint.finding.dismiss')}
        </button>
        {/* A note about the analysis itself (a draft checked in part) is no rule to turn off. */}
        {isRuleId(f.rule) && (
          <button type="button" onClick={() => onDisable(f)}>
            {t('hint.finding.turnOff', { rule: ruleText(f.rule, 'name') })}
          </button>
        )}
      </div>
    </li>
  );
}
