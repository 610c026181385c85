/**
 * Every string the person reads comes from `locales/<lang>.yml` through `browser.i18n` (the
 * browser picks the language; English fills any gap). A translation is one more file in
 * `locales/`, never a code change. Keys are checked by the type generated from `locales/en.yml`;
 * the few built at run time from a rule id go through `ruleText`, and a test proves every rule
 * has all of its own.
 */
import { createI18n } from '@wxt-dev/i18n';
import type { GeneratedI18nStructure } from '#i18n';
import { browser } from '@wxt-dev/browser';
import type { SiteKey } from './settings/schema';

const i18n = createI18n<GeneratedI18nStructure>();
export const t = i18n.t;

type Data = Record<string, number | string>;

/** Message keys cannot hold `-`: `ask-to-ask` → `rules.ask_to_ask`. */
export const ruleKey = (ruleId: string): string => `rules.${ruleId.replaceAll('-', '_')}`;

/** A rule's own text: `part` is `why`, `summary`, `message.<id>`, `suggestion` and so on. */
export function ruleText(ruleId: string, part: string, data?: Data): string {
  const untyped = i18n.t as (key: string, data?: Data) => string;
  return untyped(`${ruleKey(ruleId)}.${part}`, data ?? {});
}

/** The browser's UI language, for number, date and list formats that match the words around them. */
export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** A weekday's name in the UI language (0 = Sunday … 6 = Saturday). */
export function weekdayName(day: number, width: 'long' | 'short' = 'long'): string {
  // 1 January 2023 was a Sunday.
  return new Intl.DateTimeFormat(uiLocale(), { weekday: width, timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1 + day));
}

/** A supported site's name (`short` fits the popup's row of switches). */
export function siteName(site: SiteKey, form: 'name' | 'short' = 'name'): string {
  const untyped = i18n.t as (key: string) => string;
  return untyped(`sites.${site}.${form}`);
}

/**
 * An extension page in the UI language: its title, `lang` (hyphenation, screen-reader voice) and
 * direction. The HTML's own English shows only until the page's script runs; HTML isn't translated.
 */
export function localizePage(title: string): void {
  document.title = title;
  document.documentElement.lang = uiLocale();
  document.documentElement.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}
