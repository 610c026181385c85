import type { MouseEvent, ReactNode } from 'react';
import type { Finding } from '../utils/analyzer/types';
import { formatNumber, t } from '../utils/i18n';
import { findingText, words } from '../utils/i18n/finding-text';
import { FindingItem } from './FindingItem';
import { badgeCounts } from './HintUi';
import { pressedFromKeyboard, useTurnedOff } from './TurnedOffNotice';

export interface MeetingPanelProps {
  findings: Finding[];
  /** A keep-sync kind (1:1, brainstorm, …) found in the title, for the positive note. */
  keepSync: string | null;
  open: boolean;
  copied: boolean;
  onToggle: (open: boolean) => void;
  onInsertAgenda: (f: Finding) => void;
  onCopyUpdate: (f: Finding) => void;
  onDismiss: (f: Finding) => void;
  onDisable: (f: Finding) => void;
  /** Undo of "Turn off"; optional: the panel does it itself when absent. */
  onEnable?: (rule: string) => void;
  /** "Manage in options" after "Turn off"; optional, as onEnable. */
  onManageRules?: () => void;
  /** More notes after the findings (the team's meeting norms), rendered as given. */
  extra?: ReactNode;
}

/** The positive note by keep-sync kind (see utils/analyzer/meeting-kinds.ts). */
const KEEP_SYNC_NOTE: Record<string, () => string> = {
  'one-on-one': () => t('meeting.keepSync.oneOnOne'),
  brainstorm: () => t('meeting.keepSync.brainstorm'),
  strategy: () => t('meeting.keepSync.strategy'),
  'problem-solving': () => t('meeting.keepSync.problemSolving'),
  customer: () => t('meeting.keepSync.customer'),
  interview: () => t('meeting.keepSync.interview'),
  onboarding: () => t('meeting.keepSync.onboarding'),
  feedback: () => t('meeting.keepSync.feedback'),
  offboarding: () => t('meeting.keepSync.offboarding'),
  social: () => t('meeting.keepSync.social'),
};

/** The meeting check docked to a calendar editor: cost, findings, and the written alternative. */
export function MeetingPanel(props: MeetingPanelProps) {
  const { findings, keepSync, open } = props;
  const cost = findings.find((f) => f.rule === 'meeting-cost');
  // Warnings first: they are what the person should act on.
  const flags = findings.filter((f) => f.rule !== 'meeting-cost').sort((a, b) => Number(b.severity === 'warn') - Number(a.severity === 'warn'));
  const warns = flags.filter((f) => f.severity === 'warn').length;
  const turnedOff = useTurnedOff({ onEnable: props.onEnable, onManageRules: props.onManageRules });
  const disable = (f: Finding, e: MouseEvent<HTMLButtonElement>) => {
    props.onDisable(f);
    turnedOff.show(f.rule, pressedFromKeyboard(e));
  };
  const notice = open && turnedOff.rule !== null;
  if (!cost && flags.length === 0 && !keepSync && !notice) return null;
  const counts = badgeCounts(warns, flags.length - warns);
  const costText = cost ? String(words(cost.data)?.cost ?? '') : '';

  return (
    <div className="hint meeting" data-severity={warns ? 'warn' : 'info'}>
      {/* Named by its own visible text with words around it, so what is seen is what is heard. */}
      <button type="button" className="badge" aria-expanded={open} onClick={() => props.onToggle(!open)}>
        {/* The info icon is drawn by CSS: ℹ is the letter "i" to speech input and to axe, a word the name would lack. */}
        <span className="badge-icon" aria-hidden="true" data-icon={warns ? 'warn' : 'info'}>
          {warns ? '⚠' : ''}
        </span>
        {/* Spaces between the parts, not inside them: a flex row drops them, a name keeps them. */}
        <span className="sr-only">{t('meeting.badge.name')}</span> <span className="badge-count">{formatNumber(flags.length)}</span>{' '}
        <span className="sr-only">{t('meeting.badge.findings', flags.length, counts)}</span>
        {cost && (
          <>
            {' '}
            <span className="badge-cost">{costText}</span> <span className="sr-only">{t('meeting.badge.cost')}</span>
          </>
        )}
      </button>
      {open && (
        <div className="panel" role="dialog" aria-label={t('meeting.panel.label')} onKeyDown={(e) => e.key === 'Escape' && props.onToggle(false)}>
          {cost && (
            <p className="cost" data-amount={String(cost.data?.amount ?? '')}>
              {findingText(cost).message}
            </p>
          )}
          {keepSync && <p className="keep">✓ {KEEP_SYNC_NOTE[keepSync]?.() ?? t('meeting.keepSync.other')}</p>}
          {turnedOff.notice}
          <ul className="findings">
            {flags.map((f) => (
              <FindingItem key={f.rule} finding={f} onDismiss={props.onDismiss} onDisable={disable}>
                {f.suggestion.templateKind === 'agenda' && (
                  <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => props.onInsertAgenda(f)}>
                    {t('hint.insert.agenda')}
                  </button>
                )}
                {f.suggestion.templateKind === 'async-update' && (
                  <button type="button" onClick={() => props.onCopyUpdate(f)}>
                    {props.copied ? t('meeting.copied') : t('meeting.copyUpdate')}
                  </button>
                )}
              </FindingItem>
            ))}
          </ul>
          {props.extra}
          <p className="foot">{t('meeting.panel.privacy')}</p>
        </div>
      )}
    </div>
  );
}
