import { type Ref, useCallback, useEffect, useRef, useState } from 'react';
import { ruleText, t } from '../utils/i18n';

/** How long "Turned off · Undo · Manage in options" stays: long enough to read and reach Undo. */
export const TURNED_OFF_MS = 8000;

/**
 * The rule just turned off from a panel, shown for a few seconds. The timer waits while the
 * pointer or focus is on the notice, so nobody loses Undo halfway to pressing it.
 */
export function useTurnedOff() {
  const [rule, setRule] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stop = useCallback(() => clearTimeout(timer.current), []);
  const start = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setRule(null), TURNED_OFF_MS);
  }, []);
  useEffect(() => stop, [stop]);
  const show = useCallback(
    (id: string) => {
      setRule(id);
      start();
    },
    [start],
  );
  const clear = useCallback(() => {
    stop();
    setRule(null);
  }, [stop]);
  return { rule, show, clear, hold: stop, release: start };
}

export interface TurnedOffNoticeProps {
  rule: string;
  undoRef?: Ref<HTMLButtonElement>;
  onUndo: () => void;
  onManage: () => void;
  /** Hold and release the notice's timer (pointer or focus on it). */
  onHold: () => void;
  onRelease: () => void;
}

/** "“No deadline” turned off · Undo · Manage in options", in place of the finding that was there. */
export function TurnedOffNotice({ rule, undoRef, onUndo, onManage, onHold, onRelease }: TurnedOffNoticeProps) {
  return (
    <div className="turned-off" role="status" onMouseEnter={onHold} onMouseLeave={onRelease} onFocus={onHold} onBlur={onRelease}>
      <span>{t('hint.turnedOff.done', { rule: ruleText(rule, 'name') })}</span>
      <span aria-hidden="true">·</span>
      <button type="button" className="link" ref={undoRef} onClick={onUndo}>
        {t('hint.turnedOff.undo')}
      </button>
      <span aria-hidden="true">·</span>
      <button type="button" className="link" onClick={onManage}>
        {t('hint.turnedOff.manage')}
      </button>
    </div>
  );
}
