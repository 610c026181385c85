/** Every rule with its reason and examples, switchable and tunable, behind a filter box. */
import { useDeferredValue, useState } from 'react';
import { eventRules, messageRules } from '@/utils/analyzer/registry';
import type { Rule } from '@/utils/analyzer/rule';
import { ruleSettingsSchema, SENSITIVITIES, type RuleSettings, type Settings } from '@/utils/settings/schema';
import { SelectField, Toggle } from './Fields';
import { PhraseList } from './PhraseList';
import { PASSING_EXAMPLES } from './rule-examples';
import { Section } from './Section';
import type { SettingsStore } from './store';

const SENSITIVITY_LABELS: Record<(typeof SENSITIVITIES)[number], string> = {
  strict: 'Strict: also borderline cases',
  balanced: 'Balanced (default)',
  relaxed: 'Relaxed: only clear cases',
};
const sensitivityOptions = SENSITIVITIES.map((value) => ({ value, label: SENSITIVITY_LABELS[value] }));

/**
 * Message rules that judge the whole message (its timing, length or pace) and report no text
 * range, so the analyzer has nothing for an allowed phrase to excuse: no phrase lists for them.
 */
export const WHOLE_MESSAGE_RULES: ReadonlySet<string> = new Set(['after-hours', 'message-burst', 'unstructured-wall']);

function ruleOf(s: Settings, id: string): RuleSettings {
  return s.rules[id] ?? ruleSettingsSchema.parse({});
}

function withRule(id: string, patch: Partial<RuleSettings>) {
  return (s: Settings): Settings => ({ ...s, rules: { ...s.rules, [id]: { ...ruleOf(s, id), ...patch } } });
}

/** Everything a person might search a rule by, lower-cased. */
function searchText(rule: Rule, settings: RuleSettings): string {
  const m = rule.meta;
  return [m.id, m.id.replace(/-/g, ' '), m.docs.summary, m.why, m.docs.example ?? '', PASSING_EXAMPLES[m.id] ?? '', ...settings.extraPhrases, ...settings.allow]
    .join('\n')
    .toLowerCase();
}

function matches(rule: Rule, settings: RuleSettings, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const text = searchText(rule, settings);
  return words.every((w) => text.includes(w));
}

function RuleCard({ store, rule }: { store: SettingsStore; rule: Rule }) {
  const { id, severity, why, docs, kind } = rule.meta;
  const settings = ruleOf(store.settings, id);
  const good = PASSING_EXAMPLES[id];
  const readsPhrases = kind === 'message' && !WHOLE_MESSAGE_RULES.has(id);
  const takesExtraPhrases = rule.meta.kind === 'message' && rule.meta.lexicon !== undefined;
  const phraseCount = settings.extraPhrases.length + settings.allow.length;
  return (
    <li className="rule" data-rule={id} data-enabled={settings.enabled}>
      <div className="rule-head">
        <Toggle
          store={store}
          id={`rule-${id}-enabled`}
          label={
            <>
              <code className="rule-id">{id}</code> <span className={`severity severity-${severity}`}>{severity === 'warn' ? 'warning' : 'note'}</span>
            </>
          }
          help={docs.summary}
          checked={settings.enabled}
          change={(on) => withRule(id, { enabled: on })}
        />
        {rule.meta.sensitivity && (
          <SelectField
            store={store}
            id={`rule-${id}-sensitivity`}
            label={
              <>
                Sensitivity <span className="visually-hidden">of {id}</span>
              </>
            }
            help={rule.meta.sensitivity}
            value={settings.sensitivity}
            options={sensitivityOptions}
            change={(value) => withRule(id, { sensitivity: value as RuleSettings['sensitivity'] })}
          />
        )}
      </div>
      <p className="why">
        <strong>Why: </strong>
        {why}
      </p>
      {(docs.example || good) && (
        <ul className="examples" aria-label={`Examples for ${id}`}>
          {docs.example && (
            <li className="example-bad">
              <span aria-hidden="true">✗ </span>
              <span className="visually-hidden">Flagged: </span>“{docs.example}”
            </li>
          )}
          {good && (
            <li className="example-good">
              <span aria-hidden="true">✓ </span>
              <span className="visually-hidden">Not flagged: </span>“{good}”
            </li>
          )}
        </ul>
      )}
      {readsPhrases && (
        <details className="phrases">
          <summary>
            Phrases{phraseCount > 0 ? ` (${phraseCount})` : ''} <span className="visually-hidden">for {id}</span>
          </summary>
          <div className="phrase-grid">
            {takesExtraPhrases && (
              <PhraseList
                store={store}
                id={`rule-${id}-extra`}
                label={`Extra phrases for ${id}`}
                visibleLabel="Also flag these phrases"
                help="Your team’s own words for the same thing."
                items={settings.extraPhrases}
                change={(items) => withRule(id, { extraPhrases: items })}
              />
            )}
            <PhraseList
              store={store}
              id={`rule-${id}-allow`}
              label={`Allowed phrases for ${id}`}
              visibleLabel="Never flag these phrases"
              help="This rule ignores them; other rules still look."
              items={settings.allow}
              change={(items) => withRule(id, { allow: items })}
            />
          </div>
        </details>
      )}
    </li>
  );
}

function RuleGroup({ store, title, rules }: { store: SettingsStore; title: string; rules: readonly Rule[] }) {
  if (!rules.length) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul className="rules">
        {rules.map((rule) => (
          <RuleCard key={rule.meta.id} store={store} rule={rule} />
        ))}
      </ul>
    </>
  );
}

export function RulesSection({ store }: { store: SettingsStore }) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const pick = (rules: readonly Rule[]) => rules.filter((r) => matches(r, ruleOf(store.settings, r.meta.id), deferred));
  const messages = pick(messageRules);
  const events = pick(eventRules);
  const total = messageRules.length + eventRules.length;
  const shown = messages.length + events.length;
  return (
    <Section
      id="rules"
      title="Rules"
      help="Each rule looks for one habit that costs a reader a round-trip. Turn rules off, make them stricter or more relaxed, and teach them your team’s words."
    >
      <div className="field rule-filter">
        <label htmlFor="rule-filter">Filter rules</label>
        <input
          id="rule-filter"
          type="search"
          value={query}
          placeholder="e.g. deadline, meeting, ASAP"
          aria-describedby="rule-filter-count"
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <p className="help" id="rule-filter-count" aria-live="polite">
          {shown === total ? `${total} rules` : `${shown} of ${total} rules match`}
        </p>
      </div>
      {shown === 0 && <p className="empty">No rule matches “{deferred}”. Try a word from the message, like “ASAP” or “agenda”.</p>}
      <RuleGroup store={store} title="Messages: Gmail, Slack, Outlook mail" rules={messages} />
      <RuleGroup store={store} title="Meetings: Google Calendar, Outlook calendar" rules={events} />
    </Section>
  );
}
