/**
 * The English catalog (locales/en.yml) is complete and every translation file is safe to drop in:
 * a translation is a file, not a code change.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SUPPORTED_LOCALES } from '@wxt-dev/i18n/build';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../utils/analyzer';
import { allRules } from '../../utils/analyzer/registry';
import { SITE_KEYS } from '../../utils/catalog/sites';
import { formatNumber, ruleKey } from '../../utils/i18n';
import { findingKey } from '../../utils/i18n/finding-text';
import { availableLocales, chromeMessages, localeMessages, messagesFromText, translationProblems } from '../../utils/i18n/node';

const english = localeMessages('en');
const keys = [...english.keys()];

/** Our source: where messages are used. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|html)$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}
const code = [...['components', 'entrypoints', 'utils'].flatMap(sources), readFileSync('wxt.config.ts', 'utf8')].join('\n');

describe('formatNumber', () => {
  // Chrome's UI languages (and a few tags with regions, scripts and extensions): the digits
  // written without building a NumberFormat must be the ones Intl writes.
  const tags = [...SUPPORTED_LOCALES].map((l) => l.replace('_', '-')).concat(['ar-EG', 'ar-SA', 'sr-Cyrl', 'zh-Hant-HK', 'de-u-nu-arab', 'en-x-test']);
  test.each(tags)('%s: small whole numbers as Intl writes them', (tag) => {
    const intl = new Intl.NumberFormat(tag);
    for (const n of [0, 1, 7, 42, 100, 999, 1000, 1234, 2.5]) expect(formatNumber(n, {}, tag)).toBe(intl.format(n));
  });
});

describe('the English catalog', () => {
  test('every key is a valid browser message name, unique without regard to case', () => {
    const names = Object.keys(chromeMessages('en'));
    expect(names.length).toBe(keys.length);
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_]+$/);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  test('no message is empty and no dollar sign is left unescaped', () => {
    for (const [name, { message }] of Object.entries(chromeMessages('en'))) {
      expect(message.trim(), name).not.toBe('');
      // `$` starts a substitution in browser messages: a literal one is written `$$`.
      expect(message.replace(/\$\$|\$[1-9]/g, ''), name).not.toContain('$');
    }
  });

  test('each rule has its name, summary, why, messages and suggestion, and only the optional texts it uses', () => {
    const ruleBlocks = new Set(keys.filter((k) => k.startsWith('rules.')).map((k) => k.split('.')[1]));
    expect([...ruleBlocks].sort()).toEqual(allRules.map((r) => ruleKey(r.meta.id).slice('rules.'.length)).sort());
    for (const { meta } of allRules) {
      const base = ruleKey(meta.id);
      for (const part of ['name', 'summary', 'why', 'suggestion', ...meta.messages.map((id) => `message.${id}`)]) {
        expect(english.has(`${base}.${part}`), `${base}.${part}`).toBe(true);
      }
      expect(english.has(`${base}.template`), `${base}.template`).toBe(Boolean(meta.suggestion?.template));
      expect(english.has(`${base}.sensitivity`), `${base}.sensitivity`).toBe(Boolean(meta.sensitivity));
      const messages = keys.filter((k) => k.startsWith(`${base}.message.`)).map((k) => k.slice(`${base}.message.`.length));
      expect(messages.sort(), `${meta.id}: messages in the catalog`).toEqual([...meta.messages].sort());
    }
  });

  test('every placeholder of a message a rule reports is filled from the finding', () => {
    const checked = new Set<string>();
    const inputs = [
      ...allRules.flatMap((r) =>
        r.meta.kind === 'message' && r.meta.example ? [{ kind: 'message' as const, surface: 'chat' as const, text: r.meta.example }] : [],
      ),
      { kind: 'message' as const, surface: 'chat' as const, text: 'x'.repeat(200_001) },
      {
        kind: 'event' as const,
        title: 'Weekly status update',
        description: '',
        guests: 12,
        durationMinutes: 90,
        recurring: true,
        recurrenceEnds: false,
        recurrenceFrequency: 'weekly' as const,
        start: '2026-11-24T07:00',
      },
    ];
    for (const input of inputs) {
      for (const f of analyze(input, { now: Date.parse('2026-11-28T22:00:00Z'), timeZone: 'UTC', recentSends: [] })) {
        const key = `${findingKey(f.rule)}.message.${f.messageId}`;
        const message = english.get(key);
        expect(message, key).toBeDefined();
        expect(
          [...(message?.namedSubstitutions ?? [])].filter((name) => !(name in (f.data ?? {}))),
          key,
        ).toEqual([]);
        checked.add(f.rule);
      }
    }
    expect(checked.size).toBeGreaterThan(12);
  });

  test('every site in the catalogue has its name, short name and where-it-works line', () => {
    for (const key of SITE_KEYS) {
      for (const k of [`sites.${key}.name`, `sites.${key}.short`, `options.sites.where.${key}`]) expect(english.has(k), k).toBe(true);
    }
  });

  test('every message the code asks for by name exists', () => {
    const asked = new Set<string>();
    for (const m of code.matchAll(/\bt\(\s*'([A-Za-z0-9_.]+)'/g)) asked.add(m[1] as string);
    for (const m of code.matchAll(/__MSG_(\w+)__/g)) asked.add(m[1] as string);
    expect(asked.size).toBeGreaterThan(50);
    expect([...asked].filter((k) => !english.has(k))).toEqual([]);
  });

  test('every message is used (rules, sites and the analyzer note are read by id)', () => {
    // Read by id: a rule's texts, a site's names and lines, the analyzer's own note.
    const byId = /^(?:rules|sites|analyzer|options\.sites\.where)\./;
    const unused = keys.filter((k) => !byId.test(k) && !code.includes(`'${k}'`) && !code.includes(`__MSG_${k}__`));
    expect(unused).toEqual([]);
  });
});

describe('translations', () => {
  test('every locale file is one the browsers support, and safe to drop in', () => {
    for (const locale of availableLocales()) {
      expect(SUPPORTED_LOCALES.has(locale), `locales/${locale}.yml: a browser locale code`).toBe(true);
      if (locale !== 'en') expect(translationProblems(english, localeMessages(locale)), locale).toEqual([]);
    }
  });

  test('a translation with a misspelt key, a lost placeholder or a missing plural is refused with the key named', () => {
    const en = messagesFromText(`
a:
  hello: Hello {name}
  items: { 1: 1 item, n: $1 items }
  plain: Plain
`);
    const ok = messagesFromText(`
a:
  hello: Hallo {name}
  items: { 1: 1 Eintrag, n: $1 Einträge }
`);
    expect(translationProblems(en, ok)).toEqual([]);
    const bad = messagesFromText(`
a:
  helo: Hallo {name}
  hello: Hallo {nom}
  items: Einträge
  plain: Schlicht $2
`);
    expect(translationProblems(en, bad)).toEqual([
      'a.helo: not a message in English',
      'a.hello: placeholders {nom} where English has {name}',
      'a.items: needs plural forms',
      'a.plain: uses $2, English fills only 0',
    ]);
  });
});
