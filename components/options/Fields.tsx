/**
 * Labelled controls that save on change. Each keeps what the person typed as a draft, checks
 * the whole settings object with the schema on every change, and saves only when it passes;
 * otherwise the reason is shown next to the control and the stored value stays as it was.
 * `Switch` and `Select` are the controls alone (value in, change out), which the welcome page
 * also renders and saves on its own button.
 */
import { type InputHTMLAttributes, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { t, uiLocale } from '@/utils/i18n';
import type { Change, Issue, SettingsStore } from './store';
import { Managed } from './Team';

/** Long enough to let someone finish typing a number or a phrase, short enough to feel instant. */
export const TYPING_DEBOUNCE_MS = 500;

/** "must be at least 1" → "Must be at least 1." (the full stop is the language's: `options.field.sentence`). */
export function sentence(message: string): string {
  const text = message.charAt(0).toLocaleUpperCase(uiLocale()) + message.slice(1);
  return /[.!?…。！？]$/u.test(text) ? text : t('options.field.sentence', { problem: text });
}

/** Problems with a phrase list, in the words of someone adding to it. */
export function phraseMessage(message: string): string {
  return message === t('settings.error.duplicatePhrase') ? t('options.phraseList.alreadyListed') : message;
}

export function FieldError({ id, issues, format = sentence }: { id: string; issues: readonly Issue[]; format?: (m: string) => string }) {
  if (!issues.length) return null;
  return (
    <p className="field-error" id={id}>
      {[...new Set(issues.map((issue) => format(issue.message)))].join(' ')}
    </p>
  );
}

/** Under a text or select field: its error, when it has one, then its help. */
export function FieldNotes({ errorId, issues, helpId, help }: { errorId: string; issues: readonly Issue[]; helpId?: string; help?: ReactNode }) {
  return (
    <>
      <FieldError id={errorId} issues={issues} />
      {help && (
        <p className="help" id={helpId}>
          {help}
        </p>
      )}
    </>
  );
}

/** `aria-describedby` for a control: its help text and, when shown, its error. */
export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const list = ids.filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}

export interface FieldState<D> {
  draft: D;
  issues: Issue[];
  /** Takes a new draft: checks it, then saves it (after a pause when `typing`). */
  update(next: D, options?: { typing?: boolean }): void;
  /** Saves a pending typed change now (on blur). */
  flush(): void;
}

/**
 * A draft of one field and its save. The draft starts from `initial` and is only replaced by
 * remounting (the caller keys on the store's version), so a save's echo never moves the caret.
 */
export function useField<D>(store: SettingsStore, field: string, initial: D, toChange: (draft: D) => Change): FieldState<D> {
  const { check, save, setInvalid } = store;
  const [draft, setDraft] = useState(initial);
  const [issues, setIssues] = useState<Issue[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const waiting = useRef<Change | null>(null);

  const run = useCallback(
    (change: Change) => {
      void save(change).then((problems) => {
        if (!problems.length) return;
        setIssues(problems);
        setInvalid(field, true);
      });
    },
    [field, save, setInvalid],
  );

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const change = waiting.current;
    waiting.current = null;
    if (change) run(change);
  }, [run]);

  const update = useCallback(
    (next: D, { typing = false } = {}) => {
      setDraft(next);
      clearTimeout(timer.current);
      waiting.current = null;
      const change = toChange(next);
      const checked = check(change);
      setIssues(checked.ok ? [] : checked.issues);
      setInvalid(field, !checked.ok);
      if (!checked.ok) return;
      if (!typing) return run(change);
      waiting.current = change;
      timer.current = setTimeout(flush, TYPING_DEBOUNCE_MS);
    },
    [check, field, flush, run, setInvalid, toChange],
  );

  // A typed change still waiting is saved when the page goes away or the field is reset.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
      setInvalid(field, false);
    };
  }, [field, flush, setInvalid]);

  return { draft, issues, update, flush };
}

interface TextFieldProps {
  store: SettingsStore;
  /** The control's id; also names the field in the store. */
  id: string;
  label: ReactNode;
  help?: ReactNode;
  /** The stored value, as text. */
  value: string;
  change: (draft: string) => Change;
  type?: 'text' | 'number' | 'time';
  inputProps?: Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'value' | 'onChange' | 'onBlur'>;
  /** After the input (a unit). */
  suffix?: ReactNode;
  /** The setting's path (`hourlyRate`), so a value the team sets or locks says so. */
  path?: string;
}

export function TextField(props: TextFieldProps) {
  return (
    <Managed store={props.store} path={props.path}>
      <TextFieldDraft key={props.store.version} {...props} />
    </Managed>
  );
}

function TextFieldDraft({ store, id, label, help, value, change, type = 'text', inputProps, suffix }: TextFieldProps) {
  const { draft, issues, update, flush } = useField(store, id, value, change);
  const helpId = help ? `${id}-help` : undefined;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="control-row">
        <input
          {...inputProps}
          id={id}
          type={type}
          value={draft}
          aria-invalid={issues.length > 0 || undefined}
          aria-describedby={describedBy(helpId, issues.length > 0 && errorId)}
          onChange={(e) => update(e.currentTarget.value, { typing: true })}
          onBlur={flush}
        />
        {suffix}
      </div>
      <FieldNotes errorId={errorId} issues={issues} helpId={helpId} help={help} />
    </div>
  );
}

/** A number from an input's text; blank or unreadable text stays NaN so the schema says "expected a number". */
export function numberFrom(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

const NO_ISSUES: readonly Issue[] = [];

/**
 * Saving for controls that save the moment they change (switches, menus): the problems of each
 * control's last save, by its id, also told to the store so the page says what was not saved.
 */
export function useSaveOnChange(store: SettingsStore): { issuesOf(id: string): readonly Issue[]; save(id: string, change: Change): void } {
  const { save, setInvalid } = store;
  const [issues, setIssues] = useState<ReadonlyMap<string, readonly Issue[]>>(() => new Map());
  const saveField = useCallback(
    (id: string, change: Change) => {
      void save(change).then((problems) => {
        setIssues((prev) => new Map(prev).set(id, problems));
        setInvalid(id, problems.length > 0);
      });
    },
    [save, setInvalid],
  );
  return { issuesOf: (id) => issues.get(id) ?? NO_ISSUES, save: saveField };
}

interface SwitchProps {
  id: string;
  label: ReactNode;
  help?: ReactNode;
  checked: boolean;
  issues?: readonly Issue[];
  onChange(on: boolean): void;
}

/** A labelled checkbox with its help and error beside it. */
export function Switch({ id, label, help, checked, issues = NO_ISSUES, onChange }: SwitchProps) {
  const helpId = help ? `${id}-help` : undefined;
  const errorId = `${id}-error`;
  return (
    <div className="toggle">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-invalid={issues.length > 0 || undefined}
        aria-describedby={describedBy(helpId, issues.length > 0 && errorId)}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <div>
        <label htmlFor={id}>{label}</label>
        {help && (
          <p className="help" id={helpId}>
            {help}
          </p>
        )}
        <FieldError id={errorId} issues={issues} />
      </div>
    </div>
  );
}

interface ToggleProps {
  store: SettingsStore;
  id: string;
  label: ReactNode;
  help?: ReactNode;
  checked: boolean;
  change: (on: boolean) => Change;
  path?: string;
}

/** A checkbox that saves when flipped. Shown from the stored value, which the store updates at once. */
export function Toggle({ store, id, label, help, checked, change, path }: ToggleProps) {
  const { issuesOf, save } = useSaveOnChange(store);
  return (
    <Managed store={store} path={path}>
      <Switch id={id} label={label} help={help} checked={checked} issues={issuesOf(id)} onChange={(on) => save(id, change(on))} />
    </Managed>
  );
}

interface SelectProps {
  id: string;
  label: ReactNode;
  /** The name screen readers use instead of `label`, when the label leans on what is around it. */
  ariaLabel?: string;
  /** The help text that describes the menu, wherever the page shows it. */
  helpId?: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  issues?: readonly Issue[];
  onChange(value: string): void;
  className?: string;
  /** After the menu, inside its field: its notes, when the page shows them there. */
  children?: ReactNode;
}

/** A labelled menu; its error is `${id}-error`, shown by whoever passes the issues. */
export function Select({ id, label, ariaLabel, helpId, value, options, issues = NO_ISSUES, onChange, className = 'field', children }: SelectProps) {
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        aria-label={ariaLabel}
        value={value}
        aria-invalid={issues.length > 0 || undefined}
        aria-describedby={describedBy(helpId, issues.length > 0 && `${id}-error`)}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {children}
    </div>
  );
}

interface SelectFieldProps {
  store: SettingsStore;
  id: string;
  label: ReactNode;
  ariaLabel?: string;
  help?: ReactNode;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  change: (value: string) => Change;
  path?: string;
}

export function SelectField({ store, id, label, ariaLabel, help, value, options, change, path }: SelectFieldProps) {
  const { issuesOf, save } = useSaveOnChange(store);
  const issues = issuesOf(id);
  const helpId = help ? `${id}-help` : undefined;
  return (
    <Managed store={store} path={path}>
      <Select id={id} label={label} ariaLabel={ariaLabel} helpId={helpId} value={value} options={options} issues={issues} onChange={(v) => save(id, change(v))}>
        <FieldNotes errorId={`${id}-error`} issues={issues} helpId={helpId} help={help} />
      </Select>
    </Managed>
  );
}
