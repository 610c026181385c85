/**
 * The message catalog in Node (the `nudge` CLI, the benches and the tests): the same locale files, run
 * through the same converter the build uses, read with Chrome's rules (case-insensitive names,
 * `$name$` placeholders, `$1`…`$9`, `$$` for a dollar). Never imported by an entrypoint.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

export const LOCALES_DIR = join(import.meta.dirname, '..', '..', 'locales');

export type GetMessage = (name: string, substitutions?: string | string[]) => string;

/** The Chrome `messages.json` object a locale file builds to. */
export function chromeMessages(locale = 'en'): Record<string, { message: string; placeholders?: Record<string, { content: string }> }> {
  return generateChromeMessages(parseMessagesText(readFileSync(join(LOCALES_DIR, localeFile(locale)), 'utf8'), 'YAML'));
}

/** Chrome's lookup: the locale's message, else the default locale's, else ''. */
export function getMessageFor(locale = 'en', fallback = 'en'): GetMessage {
  const table = new Map<string, { message: string; placeholders?: Record<string, { content: string }> }>();
  for (const source of locale === fallback ? [fallback] : [fallback, locale]) {
    for (const [name, message] of Object.entries(chromeMessages(source))) table.set(name.toLowerCase(), message);
  }
  return (name, substitutions) => {
    const entry = table.get(name.toLowerCase());
    if (!entry) return '';
    const subs = substitutions == null ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    let text = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, p: string) => entry.placeholders?.[p.toLowerCase()]?.content ?? whole);
    text = text.replace(/\$(\$|[1-9])/g, (_, c: string) => (c === '$' ? '$' : (subs[Number(c) - 1] ?? '')));
    return text;
  };
}

/** Fill in the test browser's `i18n` so `utils/i18n` reads the real catalog in unit and DOM tests. */
export function installI18n(target: { i18n: unknown }, locale = 'en'): void {
  Object.assign(target.i18n as object, { getMessage: getMessageFor(locale), getUILanguage: () => locale });
}

/** `t(key, data)` over a locale file, as `@wxt-dev/i18n` reads it in the browser (for `findingText` in Node). */
export function nodeTranslate(locale = 'en'): (key: string, data?: Record<string, string | number>) => string {
  const get = getMessageFor(locale);
  return (key, data) => {
    const message = get(key.replaceAll('.', '_'));
    return data ? message.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : whole)) : message;
  };
}

export interface LocaleMessage {
  type: 'simple' | 'plural' | 'chrome';
  substitutions: number;
  namedSubstitutions: string[];
}

/** Every message of a locale file, by its dotted key. */
export function localeMessages(locale = 'en'): Map<string, LocaleMessage> {
  return messagesFromText(readFileSync(join(LOCALES_DIR, localeFile(locale)), 'utf8'));
}

export function messagesFromText(yaml: string): Map<string, LocaleMessage> {
  // The browser's predefined @@ messages are not ours to write or translate.
  return new Map(
    parseMessagesText(yaml, 'YAML')
      .filter((m) => !m.key[0]?.startsWith('@@'))
      .map((m) => [m.key.join('.'), m]),
  );
}

function localeFile(locale: string): string {
  const file = readdirSync(LOCALES_DIR).find((f) => basename(f, extname(f)) === locale && /\.ya?ml$/.test(f));
  if (!file) throw new Error(`no locales/${locale}.yml`);
  return file;
}

/** The locales with a file in `locales/`, English first. */
export function availableLocales(): string[] {
  const all = readdirSync(LOCALES_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => basename(f, extname(f)));
  return [...all.filter((l) => l === 'en'), ...all.filter((l) => l !== 'en').sort()];
}

/**
 * What would break a translation: a key English does not have (a typo, or a message since
 * removed), or a message whose placeholders or plural forms differ from the English one (the
 * code fills English's). Missing keys are not problems: the browser shows English for them.
 */
export function translationProblems(english: Map<string, LocaleMessage>, translation: Map<string, LocaleMessage>): string[] {
  const problems: string[] = [];
  for (const [key, m] of translation) {
    const en = english.get(key);
    if (!en) {
      problems.push(`${key}: not a message in English`);
      continue;
    }
    if ((en.type === 'plural') !== (m.type === 'plural')) problems.push(`${key}: ${en.type === 'plural' ? 'needs' : 'must not have'} plural forms`);
    const want = [...en.namedSubstitutions].sort().join(', ');
    const got = [...m.namedSubstitutions].sort().join(', ');
    if (want !== got) problems.push(`${key}: placeholders {${got}} where English has {${want}}`);
    if (m.substitutions > en.substitutions) problems.push(`${key}: uses $${m.substitutions}, English fills only ${en.substitutions}`);
  }
  return problems;
}
