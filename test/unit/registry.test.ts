/** Keeps the registry, the rule files, the test tables and the README in step. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { allRules, eventRules, messageRules } from '../../utils/analyzer/registry';
import { EVENT_RULE_IDS, MESSAGE_RULE_IDS } from '../../utils/catalog/rules';
import { ruleText } from '../../utils/i18n';

const root = new URL('../../', import.meta.url);
const ruleFiles = readdirSync(new URL('utils/analyzer/rules/', root)).map((f) => f.replace(/\.ts$/, ''));
const testSources = readdirSync(new URL('test/unit/rules/', root)).map((f) => readFileSync(new URL(`test/unit/rules/${f}`, root), 'utf8'));
const product = readFileSync(new URL('docs/rules.md', root), 'utf8');
const readme = readFileSync(new URL('README.md', root), 'utf8');

describe('rule registry', () => {
  test('lists every rule file exactly once, sorted, id == file name', () => {
    expect([...allRules.map((r) => r.meta.id)].sort()).toEqual([...ruleFiles].sort());
    const ids = (list: readonly { meta: { id: string } }[]) => list.map((r) => r.meta.id);
    expect(ids(messageRules)).toEqual([...ids(messageRules)].sort());
    expect(ids(eventRules)).toEqual([...ids(eventRules)].sort());
  });

  test('the catalogue of rule ids (settings, background, popup) lists exactly the registry', () => {
    expect(MESSAGE_RULE_IDS).toEqual(messageRules.map((r) => r.meta.id));
    expect(EVENT_RULE_IDS).toEqual(eventRules.map((r) => r.meta.id));
  });

  test('covers every rule id in docs/rules.md', () => {
    const productIds = [...product.matchAll(/^\|\s*`([a-z-]+)`\s*\|\s*(?:warn|info)\s*\|/gm)].map((m) => m[1]);
    expect(productIds.length).toBeGreaterThan(15);
    expect([...allRules.map((r) => r.meta.id)].sort()).toEqual([...new Set(productIds)].sort());
    for (const r of allRules) {
      const row = new RegExp(`^\\|\\s*\`${r.meta.id}\`\\s*\\|\\s*(warn|info)\\s*\\|`, 'm').exec(product);
      expect(row?.[1], `${r.meta.id} severity matches docs/rules.md`).toBe(r.meta.severity);
    }
  });

  test('every rule has a test table and a README line', () => {
    for (const r of allRules) {
      const id = r.meta.id;
      expect(
        testSources.some((s) => s.includes(`'${id}'`)),
        `${id} test table`,
      ).toBe(true);
      expect(readme, `${id} README line`).toContain(`\n- \`${id}\` (${r.meta.severity}) — ${ruleText(id, 'summary')}\n`);
    }
  });

  test('every rule explains itself: why, summary, messages, suggestion', () => {
    for (const r of allRules) {
      expect(ruleText(r.meta.id, 'why').length, r.meta.id).toBeGreaterThan(40);
      expect(ruleText(r.meta.id, 'summary').length, r.meta.id).toBeGreaterThan(10);
      expect(r.meta.messages.length, r.meta.id).toBeGreaterThan(0);
      for (const id of r.meta.messages) expect(ruleText(r.meta.id, `message.${id}`).length, `${r.meta.id} ${id}`).toBeGreaterThan(10);
      expect(ruleText(r.meta.id, 'suggestion').length, r.meta.id).toBeGreaterThan(10);
    }
  });
});
