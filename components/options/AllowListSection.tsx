/** Phrases no rule ever flags. */
import { formatNumber, t } from '@/utils/i18n';
import { ALLOW_LIST_MAX, PHRASE_MAX_CHARS, PHRASE_MIN_CHARS } from '@/utils/settings/schema';
import { PhraseList } from './PhraseList';
import { Section } from './Section';
import { Managed } from './Team';
import type { SettingsStore } from './store';

export function AllowListSection({ store }: { store: SettingsStore }) {
  return (
    <Section id="allow-list" title={t('options.allowList.title')} help={t('options.allowList.help')}>
      <Managed store={store} path="allowList">
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
            count: formatNumber(ALLOW_LIST_MAX),
            min: formatNumber(PHRASE_MIN_CHARS),
            max: formatNumber(PHRASE_MAX_CHARS),
          })}
          items={store.settings.allowList}
          change={(items) => (s) => ({ ...s, allowList: items })}
        />
      </Managed>
    </Section>
  );
}
