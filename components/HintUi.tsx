import { useEffect, useRef } from 'react';
import type { Checklist } from '../utils/analyzer/checklist';
import type { Finding, TemplateKind } from '../utils/analyzer/types';
import { t } from '../utils/i18n';
import { FindingItem } from './FindingItem';

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
  onSendAnyway: () => void;
  /**
   * Move focus into the panel when it opens: only when the person asked for it from the keyboard
   * (Alt+Shift+N) or a send is held for review. Opened by mouse, focus stays in the editor, so the
   * next keystroke goes into the draft and never presses a panel button.
   */
  focusPanel?: boolean;
  /** Called with the panel element so the caller can position it. */
  panelRef?: (el: HTMLElement | null) => void;
}

/** The insert button's label by template kind (scheduled-send has no button: the mail app schedules). */
const TEMPLATE_LABEL: Partial<Record<TemplateKind, () => string>> = {
  'context-ask-deadline': () => t('hint.insert.contextAskDeadline'),
  recap: () => t('hint.insert.recap'),
  agenda: () => t('hint.insert.agenda'),
  'async-update': () => t('hint.insert.asyncUpdate'),
};

/** The keys of the shortcut that opens the hints (see utils/sites/message-runner.ts), in the person's language. */
export const shortcutKeys = (): string[] => [t('hint.keys.alt'), t('hint.keys.shift'), 'N'];

/** The counts in a badge's spoken label, as its message's named placeholders. */
export const badgeCounts = (warns: number, notes: number) => ({
  warnings: t('hint.count.warnings', warns),
  notes: t('hint.count.notes', notes),
});

function Check({ ok, label }: { ok: boolean; label: string }) {
  return (
    <li className={ok ? 'check ok' : 'check missing'}>
      <span aria-hidden="true">{ok ? '✓' : '✗'}</span> {label}
      <span className="sr-only"> {ok ? t('hint.checklist.present') : t('hint.checklist.missing')}</span>
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

  const focusPanel = props.focusPanel === true || reviewPending;
  useEffect(() => {
    if (open && focusPanel) first.current?.focus({ preventScroll: true });
  }, [open, focusPanel]);

  if (findings.length === 0 && !reviewPending) return null;
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
        <span className="badge-icon" aria-hidden="true">
          {warns ? '⚠' : 'ℹ'}
        </span>
        <span className="badge-count">{findings.length}</span>
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
          {checklist && (
            <ul className="checklist" aria-label={t('hint.checklist.label')}>
              <Check ok={checklist.context} label={t('hint.checklist.context')} />
              <Check ok={checklist.ask} label={t('hint.checklist.ask')} />
              <Check ok={checklist.deadline} label={t('hint.checklist.deadline')} />
            </ul>
          )}
          <ul className="findings">
            {findings.map((f, i) => (
              <FindingItem
                key={`${f.rule}:${f.start ?? i}`}
                finding={f}
                onDismiss={props.onDismiss}
                onDisable={props.onDisable}
                dismissRef={i === 0 && !reviewPending && !f.suggestion.template ? first : undefined}
              >
                {f.suggestion.template && f.suggestion.templateKind !== 'scheduled-send' && (
                  <button
                    type="button"
                    ref={i === 0 && !reviewPending ? first : undefined}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => props.onInsert(f)}
                  >
                    {(f.suggestion.templateKind && TEMPLATE_LABEL[f.suggestion.templateKind]?.()) ?? t('hint.insert.template')}
                  </button>
                )}
              </FindingItem>
            ))}
          </ul>
          <p className="foot">{t('hint.panel.privacy')}</p>
        </div>
      )}
    </div>
  );
}
