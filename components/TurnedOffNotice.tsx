import { type MouseEvent, type Ref, useCallback, useEffect, useRef, useState } from 'react';
import { ruleText, t } from '../utils/i18n';
import { enableRule, openRuleOptions } from './hint-actions';

/** How long "Turned off · Undo · Manage in options" stays: long enough to read and reach Undo. */
export const TURNED_OFF_MS = 8000;

/** The button had focus when pressed: Enter or Space, since a mouse press on a panel button keeps focus in the editor. */
export const pressedFromKeyboard = (e: MouseEvent<HTMLElement>): boolean =>
  (e.currentTarget.getRootNode() as Document | ShadowRoot).activeElement === e.currentTarget;

export interface TurnedOffOptions {
  /** Turn the rule back on; the panel's host may pass its own (default: write the settings here). */
  onEnable?: (rule: string) => void;
  /** Open the options page at the rules; default: ask the background. */
  onManageRules?: () => void;
}

/**
 * The rule just turned off from a panel and its notice, shown for a few seconds. The timer waits
 * while the pointer or focus is on the notice, so nobody loses Undo halfway to pressing it. Turned
 * off from the keyboard, focus would fall off the page with the finding: it moves to Undo.
 */
export function useTurnedOff({ onEnable = enableRule, onManageRules = openRuleOptions }: TurnedOffOptions = {}) {
  const [rule, setRule] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const undoRef = useRef<HTMLButtonElement | null>(null);
  const focusUndo = useRef(false);
  const hold = useCallback(() => clearTimeout(timer.current), []);
  const release = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setRule(null), TURNED_OFF_MS);
  }, []);
  useEffect(() => hold, [hold]);
  useEffect(() => {
    if (rule && focusUndo.current) undoRef.current?.focus({ preventScroll: true });
    focusUndo.current = false;
  }, [rule]);
  const show = useCallback(
    (id: string, fromKeyboard: boolean) => {
      focusUndo.current = fromKeyboard;
      setRule(id);
      release();
    },
    [release],
  );
  const close = () => {
    hold();
    setRule(null);
  };
  const notice = rule && (
    <TurnedOffNotice
      rule={rule}
      undoRef={undoRef}
      onUndo={() => {
        close();
        onEnable(rule);
      }}
      onManage={() => {
        close();
        onManageRules();
      }}
      onHold={hold}
      onRelease={release}
    />
  );
  return { rule, show, notice };
}

interface TurnedOffNoticeProps {
  rule: string;
  undoRef: Ref<HTMLButtonElement>;
  onUndo: () => void;
  onManage: () => void;
  /** Hold and release the notice's timer (pointer or focus on it). */
  onHold: () => void;
  onRelease: () => void;
}

/** "Turned off “No deadline” · Undo · Manage in options", where the finding was. */
function TurnedOffNotice({ rule, undoRef, onUndo, onManage, onHold, onRelease }: TurnedOffNoticeProps) {
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
