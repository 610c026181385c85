/** Every rule with its reason and examples, switchable and tunable, behind a filter box. */
import { useDeferredValue, useState } from 'react';
import { eventRules, messageRules } from '@/utils/analyzer/registry';
import type { Rule } from '@/utils/analyzer/rule';
import type { Severity } from '@/utils/analyzer/types';
import { formatList, formatNumber, ruleText, siteName, t, uiLocale } from '@/utils/i18n';
import { sitesOfKind, type SiteKey } from '@/utils/catalog/sites';
import { ruleSettingsSchema, SENSITIVITIES, type RuleSettings, type Settings } from '@/utils/settings/schema';
import { SelectField, Toggle } from './Fields';
import { PhraseList } from './PhraseList';
import { Managed } from './Team';
import { Section } from './Section';
import type { SettingsStore } from './store';

const SENSITIVITY_LABELS: Record<(typeof SENSITIVITIES)[number], () => string> = {
  strict: () => t('options.rules.sensitivity.strict'),
  balanced: () => t('options.rules.sensitivity.balanced'),
  relaxed: () => t('options.rules.sensitivity.relaxed'),
};
const sensitivityOptions = () => SENSITIVITIES.map((value) => ({ value, label: SENSITIVITY_LABELS[value]() }));

const SEVERITY_LABELS: Record<Severity, () => string> = {
  warn: () => t('options.rules.severity.warn'),
  info: () => t('options.rules.severity.info'),
};

const MESSAGE_SITES = sitesOfKind('message');
const MEETING_SITES = sitesOfKind('event');
const sitesOf = (keys: readonly SiteKey[]) =>
  formatList(
    keys.map((key) => siteName(key)),
    { type: 'unit', style: 'short' },
  );

const lower = (text: string) => text.toLocaleLowerCase(uiLocale());

function ruleOf(s: Settings, id: string): RuleSettings {
  return s.rules[id] ?? ruleSettingsSchema.parse({});
}

function withRule(id: string, patch: Partial<RuleSettings>) {
  return (s: Settings): Settings => ({ ...s, rules: { ...s.rules, [id]: { ...ruleOf(s, id), ...patch } } });
}

/** Everything a person might search a rule by, lower-cased: its words as they read them, and its English examples. */
function searchText(rule: Rule, settings: RuleSettings): string {
  const { id, example, passes } = rule.meta;
  const texts = [id, ruleText(id, 'name'), ruleText(id, 'summary'), ruleText(id, 'why'), example ?? '', passes ?? ''];
  return lower([...texts, ...settings.extraPhrases, ...settings.allow].join('\n'));
}

function matches(rule: Rule, settings: RuleSettings, query: string): boolean {
  const words = lower(query).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const text = searchText(rule, settings);
  return words.every((w) => text.includes(w));
}

function RuleCard({ store, rule }: { store: SettingsStore; rule: Rule }) {
  const { id, severity, example, passes: good } = rule.meta;
  const settings = ruleOf(store.settings, id);
  // Rules that judge the whole message (timing, length, pace) report no range: nothing for a phrase to excuse.
  const readsPhrases = rule.meta.kind === 'message' && !rule.meta.wholeMessage;
  const takesExtraPhrases = rule.meta.kind === 'message' && rule.meta.lexicon !== undefined;
  const phraseCount = settings.extraPhrases.length + settings.allow.length;
  return (
    <li className="rule" data-rule={id} data-enabled={settings.enabled}>
      <div className="rule-head">
        <Toggle
          store={store}
          id={`rule-${id}-enabled`}
          path={`rules.${id}.enabled`}
          label={
            <>
              {ruleText(id, 'name')} <code className="rule-id">{id}</code>{' '}
              <span className={`severity severity-${severity}`}>{SEVERITY_LABELS[severity]()}</span>
            </>
          }
          help={ruleText(id, 'summary')}
          checked={settings.enabled}
          change={(on) => withRule(id, { enabled: on })}
        />
        {rule.meta.sensitivity && (
          <SelectField
            store={store}
            id={`rule-${id}-sensitivity`}
            path={`rules.${id}.sensitivity`}
            label={t('options.rules.sensitivity.label')}
            ariaLabel={t('options.rules.sensitivity.labelFor', { rule: id })}
            help={ruleText(id, 'sensitivity')}
            value={settings.sensitivity}
            options={sensitivityOptions()}
            change={(value) => withRule(id, { sensitivity: value as RuleSettings['sensitivity'] })}
          />
        )}
      </div>
      <p className="why">
        <strong>{t('options.rules.why')} </strong>
        {ruleText(id, 'why')}
      </p>
      {/* The examples stay English: the rules read English text. */}
      {(example || good) && (
        <ul className="examples" aria-label={t('options.rules.examples.label', { rule: id })}>
          {example && (
            <li className="example-bad">
              <span aria-hidden="true">✗ </span>
              <span className="visually-hidden">{t('options.rules.examples.flagged')} </span>
              {t('options.rules.examples.quoted', { text: example })}
            </li>
          )}
          {good && (
            <li className="example-good">
              <span aria-hidden="true">✓ </span>
              <span className="visually-hidden">{t('options.rules.examples.notFlagged')} </span>
              {t('options.rules.examples.quoted', { text: good })}
            </li>
          )}
        </ul>
      )}
      {readsPhrases && (
        <details className="phrases">
          <summary aria-label={t('options.rules.phrases.summaryFor', phraseCount, { rule: id, count: formatNumber(phraseCount) })}>
            {t('options.rules.phrases.summary', phraseCount, { count: formatNumber(phraseCount) })}
          </summary>
          <div className="phrase-grid">
            {takesExtraPhrases && (
              <Managed store={store} path={`rules.${id}.extraPhrases`}>
                <PhraseList
                  store={store}
                  id={`rule-${id}-extra`}
                  names={{
                    list: t('options.rules.phrases.extra.label', { rule: id }),
                    input: t('options.rules.phrases.extra.input', { rule: id }),
                    add: t('options.rules.phrases.extra.add', { rule: id }),
                    remove: (phrase) => t('options.rules.phrases.extra.remove', { rule: id, phrase }),
                  }}
                  visibleLabel={t('options.rules.phrases.extra.visible')}
                  help={t('options.rules.phrases.extra.help')}
                  items={settings.extraPhrases}
                  change={(items) => withRule(id, { extraPhrases: items })}
                />
              </Managed>
            )}
            <Managed store={store} path={`rules.${id}.allow`}>
              <PhraseList
                store={store}
                id={`rule-${id}-allow`}
                names={{
                  list: t('options.rules.phrases.allow.label', { rule: id }),
                  input: t('options.rules.phrases.allow.input', { rule: id }),
                  add: t('options.rules.phrases.allow.add', { rule: id }),
                  remove: (phrase) => t('options.rules.phrases.allow.remove', { rule: id, phrase }),
                }}
                visibleLabel={t('options.rules.phrases.allow.visible')}
                help={t('options.rules.phrases.allow.help')}
                items={settings.allow}
                change={(items) => withRule(id, { allow: items })}
              />
            </Managed>
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
    <Section id="rules" title={t('options.rules.title')} help={t('options.rules.help')}>
      <div className="field rule-filter">
        <label htmlFor="rule-filter">{t('options.rules.filter.label')}</label>
        <input
          id="rule-filter"
          type="search"
          value={query}
          placeholder={t('options.rules.filter.placeholder')}
          aria-describedby="rule-filter-count"
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        <p className="help" id="rule-filter-count" aria-live="polite">
          {shown === total
            ? t('options.rules.filter.count', total, { count: formatNumber(total) })
            : t('options.rules.filter.matching', shown, { shown: formatNumber(shown), total: formatNumber(total) })}
        </p>
      </div>
      {shown === 0 && <p className="empty">{t('options.rules.filter.none', { query: deferred })}</p>}
      <RuleGroup store={store} title={t('options.rules.groups.messages', { sites: sitesOf(MESSAGE_SITES) })} rules={messages} />
      <RuleGroup store={store} title={t('options.rules.groups.meetings', { sites: sitesOf(MEETING_SITES) })} rules={events} />
    </Section>
  );
}
