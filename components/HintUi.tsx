import { useEffect, useRef } from 'react';
import type { Checklist } from '../utils/analyzer/checklist';
import type { Finding } from '../utils/analyzer/types';
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
  /** Called with the panel element so the caller can position it. */
  panelRef?: (el: HTMLElement | null) => void;
}

const TEMPLATE_LABEL: Record<string, string> = {
  'context-ask-deadline': 'Insert Context / Ask / By-when',
  recap: 'Insert recap skeleton',
  agenda: 'Insert agenda',
  'async-update': 'Insert async update',
};

function Check({ ok, label }: { ok: boolean; label: string }) {
  return (
    <li className={ok ? 'check ok' : 'check missing'}>
      <span aria-hidden="true">{ok ? '✓' : '✗'}</span> {label}
      <span className="sr-only">{ok ? ' present' : ' missing'}</span>
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

  useEffect(() => {
    if (open) first.current?.focus({ preventScroll: true });
  }, [open]);

  if (findings.length === 0 && !reviewPending) return null;
  const label = `Async Nudge: ${warns} warning${warns === 1 ? '' : 's'}, ${infos} note${infos === 1 ? '' : 's'}. ${open ? 'Close' : 'Open'} suggestions`;

  return (
    <div className="hint" data-severity={warns ? 'warn' : 'info'}>
      <button
        type="button"
        className="badge"
        aria-label={label}
        aria-expanded={open}
        title="Async Nudge (Alt+Shift+N)"
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
          aria-label="Async Nudge suggestions"
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
        >
          {reviewPending && (
            <div className="review" role="alert">
              <p>{warns ? `${warns} warning${warns === 1 ? '' : 's'} left.` : 'Ready.'} Review them, or send as it is.</p>
              <button type="button" className="primary" ref={reviewPending ? first : undefined} onClick={props.onSendAnyway}>
                Send anyway
              </button>
            </div>
          )}
          {checklist && (
            <ul className="checklist" aria-label="Request checklist">
              <Check ok={checklist.context} label="Context" />
              <Check ok={checklist.ask} label="Clear ask" />
              <Check ok={checklist.deadline} label="Deadline" />
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
                    {TEMPLATE_LABEL[f.suggestion.templateKind ?? ''] ?? 'Insert template'}
                  </button>
                )}
              </FindingItem>
            ))}
          </ul>
          <p className="foot">Checked on this device. Nothing you type leaves the browser.</p>
        </div>
      )}
    </div>
  );
}
