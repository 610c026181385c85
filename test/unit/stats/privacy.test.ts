import { describe, expect, it } from 'vitest';
import { siteSchema } from '@/utils/messages';
import { RULE_COUNTS, SITE_COUNTS } from '@/utils/stats/db';
import { handleNudgeMessage } from '@/utils/stats/handler';
import { freshDb, NOW } from './helpers';

// What a careless or hostile content script might attach: none of it may reach the database.
const SECRET = { text: 'Hi Bob, salary figures attached', subject: 'Q3 layoffs', to: 'bob@example.com', title: 'Board sync' };

const messages = [
  { type: 'shown', site: 'gmail', rules: ['vague-ask'] },
  { type: 'resolved', site: 'gmail', rules: ['vague-ask'] },
  { type: 'dismissed', site: 'slack', rule: 'ask-to-ask' },
  { type: 'templateInserted', site: 'outlook', rule: 'no-deadline' },
  { type: 'sent', site: 'slack', remaining: ['ask-to-ask'], callProposal: true },
  { type: 'meeting', site: 'gcal', event: 'checked', rules: ['no-agenda'], hours: 2, cost: 150 },
  { type: 'meeting', site: 'outlook-calendar', event: 'saved', rules: [], hours: 1, cost: 75, fixesApplied: true },
].map((message) => ({ ...message, ...SECRET }));

const ID_FIELDS: Record<string, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  site: new RegExp(`^(?:${siteSchema.options.join('|')})$`),
  rule: /^[a-z]+(?:-[a-z]+)*$/,
};
const COUNT_FIELDS = new Set<string>([...RULE_COUNTS, ...SITE_COUNTS]);

describe('stored stats hold ids and counts only', () => {
  it('every value in every table is a day/site/rule id or a finite number', async () => {
    const db = freshDb();
    for (const message of messages) expect(await handleNudgeMessage(db, message, NOW)).toEqual({ ok: true });

    const rows = (await Promise.all(db.tables.map((table) => table.toArray()))).flat() as Record<string, unknown>[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      for (const [field, value] of Object.entries(row)) {
        if (typeof value === 'string') {
          expect(ID_FIELDS[field], `string in field ${field}`).toBeDefined();
          expect(value).toMatch(ID_FIELDS[field] ?? /$^/);
        } else {
          expect(COUNT_FIELDS.has(field), `unexpected field ${field}`).toBe(true);
          expect(Number.isFinite(value)).toBe(true);
        }
      }
    }
    const dumped = JSON.stringify(rows);
    for (const secret of Object.values(SECRET)) expect(dumped).not.toContain(secret);
    db.close();
  });
});
