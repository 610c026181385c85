import type { Finding } from '../utils/analyzer/types';
import { FindingItem } from './FindingItem';

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
}

const KEEP_SYNC_NOTE: Record<string, string> = {
  'one-on-one': 'A 1:1 — time well spent live.',
  brainstorm: 'A brainstorm — live time helps here.',
  strategy: 'A planning session — worth doing together.',
  'problem-solving': 'Problem-solving — live is the right call.',
  customer: 'A customer call — keep it live.',
  interview: 'An interview — keep it live.',
  onboarding: 'Onboarding — welcome them live.',
  feedback: 'A feedback conversation — best face to face.',
  offboarding: 'An offboarding conversation — keep it live.',
  social: 'Team time — enjoy it.',
};

/** The meeting check docked to a calendar editor: cost, findings, and the written alternative. */
export function MeetingPanel(props: MeetingPanelProps) {
  const { findings, keepSync, open } = props;
  const cost = findings.find((f) => f.rule === 'meeting-cost');
  // Warnings first: they are what the person should act on.
  const flags = findings.filter((f) => f.rule !== 'meeting-cost').sort((a, b) => Number(b.severity === 'warn') - Number(a.severity === 'warn'));
  const warns = flags.filter((f) => f.severity === 'warn').length;
  if (!cost && flags.length === 0 && !keepSync) return null;
  const label = `Async Nudge meeting check: ${warns} warning${warns === 1 ? '' : 's'}, ${flags.length - warns} note${flags.length - warns === 1 ? '' : 's'}`;

  return (
    <div className="hint meeting" data-severity={warns ? 'warn' : 'info'}>
      <button
        type="button"
        className="badge"
        aria-label={`${label}. ${open ? 'Close' : 'Open'} details`}
        aria-expanded={open}
        onClick={() => props.onToggle(!open)}
      >
        <span className="badge-icon" aria-hidden="true">
          {warns ? '⚠' : 'ℹ'}
        </span>
        <span className="badge-count">{flags.length}</span>
        {cost && <span className="badge-cost">{String(cost.data?.cost ?? '')}</span>}
      </button>
      {open && (
        <div className="panel" role="dialog" aria-label="Async Nudge meeting check" onKeyDown={(e) => e.key === 'Escape' && props.onToggle(false)}>
          {cost && (
            <p className="cost" data-amount={String(cost.data?.amount ?? '')}>
              {cost.message}
            </p>
          )}
          {keepSync && <p className="keep">✓ {KEEP_SYNC_NOTE[keepSync] ?? 'Worth keeping live.'}</p>}
          <ul className="findings">
            {flags.map((f) => (
              <FindingItem key={f.rule} finding={f} onDismiss={props.onDismiss} onDisable={props.onDisable}>
                {f.suggestion.templateKind === 'agenda' && (
                  <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => props.onInsertAgenda(f)}>
                    Insert agenda
                  </button>
                )}
                {f.suggestion.templateKind === 'async-update' && (
                  <button type="button" onClick={() => props.onCopyUpdate(f)}>
                    {props.copied ? 'Copied' : 'Copy written-update template'}
                  </button>
                )}
              </FindingItem>
            ))}
          </ul>
          <p className="foot">Checked on this device. Titles and guests are never stored.</p>
        </div>
      )}
    </div>
  );
}
