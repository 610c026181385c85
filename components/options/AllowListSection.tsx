/** Phrases no rule ever flags. */
import { ALLOW_LIST_MAX } from '@/utils/settings/schema';
import { PhraseList } from './PhraseList';
import { Section } from './Section';
import type { SettingsStore } from './store';

export function AllowListSection({ store }: { store: SettingsStore }) {
  return (
    <Section
      id="allow-list"
      title="Allow-list"
      help="Words your team uses in a way no rule should flag: a product called “Urgent”, a channel named “quick-questions”. Each rule also has its own list."
    >
      <PhraseList
        store={store}
        id="allow-list-phrases"
        label="Phrases no rule flags"
        placeholder="e.g. Project Urgent"
        help={`Matched without regard to case; up to ${ALLOW_LIST_MAX} phrases of 2–60 characters.`}
        items={store.settings.allowList}
        change={(items) => (s) => ({ ...s, allowList: items })}
      />
    </Section>
  );
}
