import { type MouseEvent, type ReactNode, type Ref, useId, useState } from 'react';
import { isRuleId } from '../utils/catalog/rules';
import type { Finding } from '../utils/analyzer/types';
import { ruleText, t } from '../utils/i18n';
import { findingText } from '../utils/i18n/finding-text';

export interface FindingItemProps {
  finding: Finding;
  onDismiss: (f: Finding) => void;
  /** `event` tells whether the press came from the keyboard (the button had focus). */
  onDisable: (f: Finding, event: MouseEvent<HTMLButtonElement>) => void;
  /** Focus target for the panel, when Dismiss is its first action. */
  dismissRef?: Ref<HTMLButtonElement>;
  /** The finding's one fix, before the quiet actions (insert, copy). */
  children?: ReactNode;
}

/**
 * One finding as both panels show it: short by default — severity in words and icon, the one-line
 * message, its one fix — with the why and the longer suggestion folded behind "Why?".
 */
export function FindingItem({ finding: f, onDismiss, onDisable, dismissRef, children }: FindingItemProps) {
  const words = findingText(f);
  const [open, setOpen] = useState(false);
  const details = useId();
  return (
    <li className={`finding ${f.severity}`}>
      <p className="message">
        <span className="sev" aria-label={f.severity === 'warn' ? t('hint.finding.warning') : t('hint.finding.note')}>
          {f.severity === 'warn' ? '⚠' : 'ℹ'}
        </span>{' '}
        {words.message}
      </p>
      <div className="actions">
        {children}
        <span className="quiet">
          <button type="button" className="link" aria-expanded={open} aria-controls={details} onClick={() => setOpen(!open)}>
            {t('hint.finding.why')}
          </button>
          <button type="button" className="link" ref={dismissRef} onClick={() => onDismiss(f)}>
            {t('hint.finding.dismiss')}
          </button>
          {/* A note about the analysis itself (a draft checked in part) is no rule to turn off. */}
          {isRuleId(f.rule) && (
            // Shown short; the spoken name says which rule and starts with the words shown.
            <button type="button" className="link" aria-label={t('hint.finding.turnOff', { rule: ruleText(f.rule, 'name') })} onClick={(e) => onDisable(f, e)}>
              {t('hint.finding.turnOffShort')}
            </button>
          )}
        </span>
      </div>
      <div className="details" id={details} hidden={!open}>
        <p className="why">{words.why}</p>
        <p className="suggestion">{words.suggestion}</p>
      </div>
    </li>
  );
}
