/** An editable list of phrases: add one (Enter or the button), remove any; each change is checked, then saved. */
import { useState } from 'react';
import { describedBy, FieldError, phraseMessage, sentence } from './Fields';
import type { Change, Issue, SettingsStore } from './store';

interface PhraseListProps {
  store: SettingsStore;
  id: string;
  /** Names the list for the add box and the remove buttons ("Extra phrases for no-deadline"). */
  label: string;
  /** Shorter visible label, when the surroundings already say what it is for. */
  visibleLabel?: string;
  help?: string;
  items: readonly string[];
  change: (items: string[]) => Change;
  placeholder?: string;
}

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export function PhraseList({ store, id, label, visibleLabel = label, help, items, change, placeholder }: PhraseListProps) {
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
    if (!draft.trim()) return show([{ path: '', message: 'type a phrase first' }]);
    commit([...items, draft], true);
  };

  return (
    <fieldset className="phrase-list">
      <legend>{visibleLabel}</legend>
      {items.length > 0 ? (
        <ul className="chips" aria-label={label}>
          {items.map((item) => (
            <li key={item}>
              <span>{item}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove “${item}” from ${lower(label)}`}
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
        <p className="empty">None yet.</p>
      )}
      <div className="control-row">
        <input
          id={inputId}
          type="text"
          aria-label={`New phrase for ${lower(label)}`}
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
        <button type="button" onClick={add} aria-label={`Add to ${lower(label)}`}>
          Add
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
