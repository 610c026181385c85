/** An editable list of phrases: add one (Enter or the button), remove any; each change is checked, then saved. */
import { useState } from 'react';
import { t } from '@/utils/i18n';
import { describedBy, FieldError, phraseMessage, sentence } from './Fields';
import type { Change, Issue, SettingsStore } from './store';

/**
 * What screen readers call the list and its controls. Each is a whole message of its own
 * ("Add to extra phrases for no-deadline"), never the list's name dropped into a frame.
 */
export interface PhraseListNames {
  /** The list ("Extra phrases for no-deadline"). */
  list: string;
  /** The box a new phrase is typed into. */
  input: string;
  /** The Add button. */
  add: string;
  /** The button that removes `phrase`. */
  remove: (phrase: string) => string;
}

interface PhraseListProps {
  store: SettingsStore;
  id: string;
  names: PhraseListNames;
  /** Shorter visible label, when the surroundings already say what it is for; else `names.list`. */
  visibleLabel?: string;
  help?: string;
  items: readonly string[];
  change: (items: string[]) => Change;
  placeholder?: string;
}

export function PhraseList({ store, id, names, visibleLabel = names.list, help, items, change, placeholder }: PhraseListProps) {
  const [draft, setDraft] = useState('');
  const [issues, setIssues] = useState<Issue[]>([]);
  const inputId = `${id}-input`;
  const helpId = help ? `${id}-help` : undefined;
  const errorId = `${id}-error`;

  const show = (problems: Issue[]) => {
    setIssues(problems);
    store.setInvalid(id, problems.length > 0);
  };

  const commit = (next: string[], clear: boolean) => {
    const checked = store.check(change(next));
    if (!checked.ok) return show(checked.issues);
    show([]);
    if (clear) setDraft('');
    void store.save(change(next)).then((problems) => {
      if (problems.length) show(problems);
    });
  };

  const add = () => {
    if (!draft.trim()) return show([{ path: '', message: t('options.phraseList.typeFirst') }]);
    commit([...items, draft], true);
  };

  return (
    <fieldset className="phrase-list">
      <legend>{visibleLabel}</legend>
      {items.length > 0 ? (
        <ul className="chips" aria-label={names.list}>
          {items.map((item) => (
            <li key={item}>
              <span>{item}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={names.remove(item)}
                onClick={() =>
                  commit(
                    items.filter((i) => i !== item),
                    false,
                  )
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('options.phraseList.empty')}</p>
      )}
      <div className="control-row">
        <input
          id={inputId}
          type="text"
          aria-label={names.input}
          value={draft}
          placeholder={placeholder}
          aria-invalid={issues.length > 0 || undefined}
          aria-describedby={describedBy(helpId, issues.length > 0 && errorId)}
          onChange={(e) => {
            setDraft(e.currentTarget.value);
            if (issues.length) show([]);
          }}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            add();
          }}
        />
        <button type="button" onClick={add} aria-label={names.add}>
          {t('options.phraseList.add')}
        </button>
      </div>
      <FieldError id={errorId} issues={issues} format={(m) => sentence(phraseMessage(m))} />
      {help && (
        <p className="help" id={helpId}>
          {help}
        </p>
      )}
    </fieldset>
  );
}
