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
import type { SiteKey } from '../catalog/sites';

const i18n = createI18n<GeneratedI18nStructure>();
export const t = i18n.t;

type Data = Record<string, number | string>;

/** Message keys cannot hold `-`: `ask-to-ask` → `rules.ask_to_ask`. */
export const ruleKey = (ruleId: string): string => `rules.${ruleId.replaceAll('-', '_')}`;

/** A message whose key is built at run time (a rule id, a site id); a test proves each exists. */
export const tKey = i18n.t as (key: string, data?: Data) => string;

/** A rule's own text: `part` is `why`, `summary`, `message.<id>`, `suggestion` and so on. */
export function ruleText(ruleId: string, part: string, data?: Data): string {
  return tKey(`${ruleKey(ruleId)}.${part}`, data);
}

/** The browser's UI language, for number, date and list formats that match the words around them. */
export function uiLocale(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

/** One formatter per kind, locale and options: building one costs ~100 µs, using it ~1 µs. */
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();
function format<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(kind: string, locale: string, options: object, make: () => F): F {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let f = formats.get(key) as F | undefined;
  if (!f) formats.set(key, (f = make()));
  return f;
}

/**
 * Languages whose numbers are written in ASCII digits in every region (CLDR's default numbering
 * system `latn`), checked against Intl in test/unit/i18n.test.ts. Arabic, Persian, Bengali,
 * Marathi, Nepali and Burmese are not among them: some regions write other digits.
 */
const LATIN_DIGITS =
  /^(?:en|de|fr|es|it|pt|nl|sv|da|nb|no|fi|pl|cs|sk|hu|ro|tr|ru|uk|el|ja|zh|ko|id|vi|he|th|ca|hr|sl|sr|bg|lt|lv|et|ms|fil)(?:-[A-Za-z0-9]{2,8})*$/;

/** A number as the UI language writes it (1234 → "1,234"; options for percent, decimals, grouping). */
export function formatNumber(n: number, options: Intl.NumberFormatOptions = {}, locale = uiLocale()): string {
  // A small whole number (the badge's count) is its ASCII digits in these languages: no
  // NumberFormat to build, which costs a page's first hint 15–20 ms of ICU set-up.
  if (Number.isInteger(n) && n >= 0 && n < 1000 && Object.keys(options).length === 0 && LATIN_DIGITS.test(locale) && !locale.includes('-u-')) return String(n);
  return format('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(n);
}

/** Whole units of a currency ("$1,170"); a code the runtime does not know gets the bare number. */
export function formatMoney(amount: number, currency: string, locale = uiLocale()): string {
  const options: Intl.NumberFormatOptions = { style: 'currency', currency, maximumFractionDigits: 0 };
  return format('money', locale, options, () => {
    try {
      return new Intl.NumberFormat(locale, options);
    } catch {
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    }
  }).format(amount);
}

/** Items as a list in the UI language ("Gmail, Slack, and Outlook"; `disjunction` for "or"). */
export function formatList(items: readonly string[], options: Intl.ListFormatOptions = {}, locale = uiLocale()): string {
  return format('list', locale, options, () => new Intl.ListFormat(locale, options)).format(items);
}

/** A weekday's name in the UI language (0 = Sunday … 6 = Saturday). */
export function weekdayName(day: number, width: 'long' | 'short' = 'long', locale = uiLocale()): string {
  const options = { weekday: width, timeZone: 'UTC' } as const;
  // 1 January 2023 was a Sunday.
  return format('date', locale, options, () => new Intl.DateTimeFormat(locale, options)).format(Date.UTC(2023, 0, 1 + day));
}

/** A supported site's name (`short` fits the popup's row of switches). */
export function siteName(site: SiteKey, form: 'name' | 'short' = 'name'): string {
  return tKey(`sites.${site}.${form}`);
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
