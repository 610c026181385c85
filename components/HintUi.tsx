import { type MouseEvent, useEffect, useRef } from 'react';
import type { Checklist, CheckState } from '../utils/analyzer/checklist';
import type { Finding } from '../utils/analyzer/types';
import { formatNumber, t } from '../utils/i18n';
import { findingText } from '../utils/i18n/finding-text';
import { FindingItem } from './FindingItem';
import { templatePreview } from './template-preview';
import { pressedFromKeyboard, useTurnedOff } from './TurnedOffNotice';

export interface HintUiProps {
  findings: Finding[];
  checklist: Checklist | null;
  open: boolean;
  /** The person tried to send with warnings left and review-before-send is on. */
  reviewPending: boolean;
  onToggle: (open: boolean) => void;
  onInsert: (f: Finding) => void;
  onDismiss: (f: Finding) => void;
  onDisable: (f: Finding) => void;
  /** Undo of "Turn off": turn the rule back on. Optional: the panel does it itself when absent. */
  onEnable?: (rule: string) => void;
  /** "Manage in options" after "Turn off": open the options page at the rules. Optional, as onEnable. */
  onManageRules?: () => void;
  onSendAnyway: () => void;
  /** The "Turned off" notice appeared or went: the host keeps the panel open while it shows. */
  onNotice?: (showing: boolean) => void;
  /**
   * Move focus into the panel when it opens: only when the person asked for it from the keyboard
   * (Alt+Shift+N) or a send is held for review. Opened by mouse, focus stays in the editor, so the
   * next keystroke goes into the draft and never presses a panel button.
   */
  focusPanel?: boolean;
  /** Called with the panel element so the caller can position it. */
  panelRef?: (el: HTMLElement | null) => void;
}

/** The insert button's label: what it inserts, read from the same template text the insertion uses. */
export const insertLabel = (f: Finding): string => t('hint.insert.named', { text: templatePreview(findingText(f).template ?? '') });

/** The keys of the shortcut that opens the hints (see utils/sites/message-runner.ts), in the person's language. */
export const shortcutKeys = (): string[] => [t('hint.keys.alt'), t('hint.keys.shift'), 'N'];

/** The counts in a badge's spoken label, as its message's named placeholders. */
export const badgeCounts = (warns: number, notes: number) => ({
  count: formatNumber(warns + notes),
  warnings: t('hint.count.warnings', warns),
  notes: t('hint.count.notes', notes),
});

/** Each state by shape and word, never by colour alone: ✓ present, ✗ missing, — not applicable. */
const CHECK: Record<CheckState, { mark: string; word: () => string }> = {
  present: { mark: '✓', word: () => t('hint.checklist.present') },
  missing: { mark: '✗', word: () => t('hint.checklist.missing') },
  na: { mark: '—', word: () => t('hint.checklist.na') },
};

function Check({ state, label }: { state: CheckState; label: string }) {
  const { mark, word } = CHECK[state];
  return (
    <li className={`check ${state}`} title={word()}>
      <span aria-hidden="true">{mark}</span> {label}
      <span className="sr-only"> {word()}</span>
    </li>
  );
}

/** The badge at the composer's edge and, on demand, the panel of findings. */
export function HintUi(props: HintUiProps) {
  const { checklist, open, reviewPending } = props;
  // Warnings first: they are what the person should act on.
  const findings = [...props.findings].sort((a, b) => Number(b.severity === 'warn') - Number(a.severity === 'warn'));
  const warns = findings.filter((f) => f.severity === 'warn').length;
  const infos = findings.length - warns;
  const panel = useRef<HTMLDivElement | null>(null);
  const first = useRef<HTMLButtonElement | null>(null);
  const turnedOff = useTurnedOff({ onEnable: props.onEnable, onManageRules: props.onManageRules });
  const { onNotice } = props;
  const showing = turnedOff.rule !== null;
  useEffect(() => onNotice?.(showing), [onNotice, showing]);

  const focusPanel = props.focusPanel === true || reviewPending;
  useEffect(() => {
    if (open && focusPanel) first.current?.focus({ preventScroll: true });
  }, [open, focusPanel]);

  const disable = (f: Finding, e: MouseEvent<HTMLButtonElement>) => {
    props.onDisable(f);
    turnedOff.show(f.rule, pressedFromKeyboard(e));
  };

  // The notice outlives the last finding it removed, so Undo stays reachable.
  const notice = open && turnedOff.rule !== null;
  if (findings.length === 0 && !reviewPending && !notice) return null;
  const label = open ? t('hint.badge.closeLabel', badgeCounts(warns, infos)) : t('hint.badge.openLabel', badgeCounts(warns, infos));

  return (
    <div className="hint" data-severity={warns ? 'warn' : 'info'}>
      <button
        type="button"
        className="badge"
        aria-label={label}
        aria-expanded={open}
        title={t('hint.badge.tooltip', { shortcut: shortcutKeys().join('+') })}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => props.onToggle(!open)}
      >
        {/* The info icon is drawn by CSS: ℹ is the letter "i" to speech input and to axe, a word the name would lack. */}
        <span className="badge-icon" aria-hidden="true" data-icon={warns ? 'warn' : 'info'}>
          {warns ? '⚠' : ''}
        </span>
        <span className="badge-count">{formatNumber(findings.length)}</span>
      </button>
      {open && (
        <div
          className="panel"
          role="dialog"
          aria-label={t('hint.panel.label')}
          ref={(el) => {
            panel.current = el;
            props.panelRef?.(el);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              props.onToggle(false);
            }
          }}
          // A mouse press on a button acts without taking focus from the editor.
          onMouseDown={(e) => {
            if (e.target instanceof Element && e.target.closest('button')) e.preventDefault();
          }}
        >
          {reviewPending && (
            <div className="review" role="alert">
              <p>{warns ? t('hint.review.warningsLeft', warns) : t('hint.review.ready')}</p>
              <button type="button" className="primary" ref={reviewPending ? first : undefined} onClick={props.onSendAnyway}>
                {t('hint.review.sendAnyway')}
              </button>
            </div>
          )}
          {checklist && findings.length > 0 && (
            <ul className="checklist" aria-label={t('hint.checklist.label')}>
              <Check state={checklist.context} label={t('hint.checklist.context')} />
              <Check state={checklist.ask} label={t('hint.checklist.ask')} />
              <Check state={checklist.deadline} label={t('hint.checklist.deadline')} />
            </ul>
          )}
          {turnedOff.notice}
          {findings.length > 0 && (
            <ul className="findings">
              {findings.map((f, i) => (
                <FindingItem
                  key={`${f.rule}:${f.start ?? i}`}
                  finding={f}
                  onDismiss={props.onDismiss}
                  onDisable={disable}
                  dismissRef={i === 0 && !reviewPending && !f.suggestion.template ? first : undefined}
                >
                  {f.suggestion.template && f.suggestion.templateKind !== 'scheduled-send' && (
                    <button
                      type="button"
                      ref={i === 0 && !reviewPending ? first : undefined}
                      onMouseDown={(e) => e.preventDefault()}
                      onClick={() => props.onInsert(f)}
                    >
                      {insertLabel(f)}
                    </button>
                  )}
                </FindingItem>
              ))}
            </ul>
          )}
          <p className="foot">{t('hint.panel.privacy')}</p>
        </div>
      )}
    </div>
  );
}
