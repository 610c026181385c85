/** The version, and where to go next. */
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { Section } from './Section';

function manifestVersion(): string | null {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return null;
  }
}

/** The shortcut that opens the hints (see utils/sites/message-runner.ts), with the key names of the person's keyboard. */
const openShortcut = () => [t('options.about.keys.alt'), t('options.about.keys.shift'), 'N'].join('+');

export function AboutSection() {
  const version = manifestVersion();
  return (
    <Section id="about" title={t('options.about.title')} help={t('options.about.help')}>
      <dl className="about">
        <dt>{t('options.about.version')}</dt>
        <dd id="about-version">{version ?? t('options.about.unknownVersion')}</dd>
        <dt>{t('options.about.keyboard')}</dt>
        {/* One sentence, so a translation can put the keys where its grammar wants them. */}
        <dd>{t('options.about.shortcuts', { open: openShortcut(), close: t('options.about.keys.esc') })}</dd>
        <dt>{t('options.about.privacy')}</dt>
        <dd>{t('options.about.privacyText')}</dd>
      </dl>
    </Section>
  );
}
