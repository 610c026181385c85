/** Phrases no rule ever flags. */
import { t } from '@/utils/i18n';
import { ALLOW_LIST_MAX, PHRASE_MAX_CHARS, PHRASE_MIN_CHARS } from '@/utils/settings/schema';
import { formatCount } from './format';
import { PhraseList } from './PhraseList';
import { Section } from './Section';
import type { SettingsStore } from './store';

export function AllowListSection({ store }: { store: SettingsStore }) {
  return (
    <Section id="allow-list" title={t('options.allowList.title')} help={t('options.allowList.help')}>
      <PhraseList
        store={store}
        id="allow-list-phrases"
        names={{
          list: t('options.allowList.label'),
          input: t('options.allowList.input'),
          add: t('options.allowList.add'),
          remove: (phrase) => t('options.allowList.remove', { phrase }),
        }}
        placeholder={t('options.allowList.placeholder')}
        help={t('options.allowList.limits', ALLOW_LIST_MAX, {
          count: formatCount(ALLOW_LIST_MAX),
          min: formatCount(PHRASE_MIN_CHARS),
          max: formatCount(PHRASE_MAX_CHARS),
        })}
        items={store.settings.allowList}
        change={(items) => (s) => ({ ...s, allowList: items })}
      />
    </Section>
  );
}
