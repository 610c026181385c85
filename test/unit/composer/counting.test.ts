/**
 * How nudges are counted (utils/sites/composer/nudge-counter.ts), end to end below the page: a
 * draft's tally, the messages it sends, the background recording them into IndexedDB, and the
 * popup's read model summing them. Each scripted session states what a person did and what the
 * popup must then say.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { NudgeMessage } from '@/utils/messages';
import { DraftTally } from '@/utils/sites/composer/nudge-counter';
import type { StatsDb } from '@/utils/stats/db';
import { handleNudgeBatch } from '@/utils/stats/handler';
import { cleanShare, loadRuleWeeks, loadSiteWeeks, trendWeekStarts } from '@/utils/stats/queries';
import { freshDb, NOW, TODAY } from '../stats/helpers';

/** What a person does to one draft, step by step, as the session reports it to the tally. */
type Step =
  | { screen: string[] } // a settle point put these rules on screen (after a pause, on opening)
  | { dismiss: string }
  | { insert: string }
  | { send: string[] }; // sent with these rules on screen

function run(tally: DraftTally, steps: readonly Step[]): NudgeMessage[] {
  const out: NudgeMessage[] = [];
  for (const s of steps) {
    if ('screen' in s) tally.onScreen(s.screen);
    else if ('dismiss' in s) tally.dismiss(s.dismiss);
    else if ('insert' in s) tally.templateInserted(s.insert);
    else out.push(...tally.sent('gmail', s.send, false));
  }
  return out;
}

interface Counts {
  shown: number;
  resolved: number;
  sentAnyway: number;
  dismissed: number;
  templates: number;
  sent: number;
  clean: number;
}

const SCENARIOS: Array<[name: string, steps: Step[], expected: Counts]> = [
  // Typed a complete message; nothing was ever on screen.
  ['clean', [{ screen: [] }, { send: [] }], { shown: 0, resolved: 0, sentAnyway: 0, dismissed: 0, templates: 0, sent: 1, clean: 1 }],
  // "Could you review my PR?" paused (shown), added "by Friday" (gone), sent.
  [
    'fixed',
    [{ screen: ['no-deadline'] }, { screen: [] }, { send: [] }],
    { shown: 1, resolved: 1, sentAnyway: 0, dismissed: 0, templates: 0, sent: 1, clean: 1 },
  ],
  // "Need the numbers ASAP!!!" shown and sent as it was.
  [
    'ignored (sent anyway)',
    [{ screen: ['false-urgency'] }, { send: ['false-urgency'] }],
    { shown: 1, resolved: 0, sentAnyway: 1, dismissed: 0, templates: 0, sent: 1, clean: 0 },
  ],
  // Shown, then the draft was discarded: nothing at all.
  ['abandoned', [{ screen: ['no-deadline', 'missing-context'] }], { shown: 0, resolved: 0, sentAnyway: 0, dismissed: 0, templates: 0, sent: 0, clean: 0 }],
  // "quick question" shown, dismissed, sent.
  [
    'dismissed',
    [{ screen: ['ask-to-ask'] }, { dismiss: 'ask-to-ask' }, { screen: [] }, { send: [] }],
    { shown: 1, resolved: 0, sentAnyway: 0, dismissed: 1, templates: 0, sent: 1, clean: 1 },
  ],
  // Shown, gone, shown again, gone again: one nudge, resolved once.
  [
    'shown, gone, shown again',
    [{ screen: ['no-deadline'] }, { screen: [] }, { screen: ['no-deadline'] }, { screen: [] }, { send: [] }],
    { shown: 1, resolved: 1, sentAnyway: 0, dismissed: 0, templates: 0, sent: 1, clean: 1 },
  ],
  // Template inserted, placeholder filled (finding gone), sent.
  [
    'fixed with a template',
    [{ screen: ['no-deadline'] }, { insert: 'no-deadline' }, { screen: [] }, { send: [] }],
    { shown: 1, resolved: 1, sentAnyway: 0, dismissed: 0, templates: 1, sent: 1, clean: 1 },
  ],
  // A finding only seen on the send itself (typed and sent without a pause): shown and sent anyway.
  ['sent mid-typing', [{ send: ['no-deadline'] }], { shown: 1, resolved: 0, sentAnyway: 1, dismissed: 0, templates: 0, sent: 1, clean: 0 }],
];

let db: StatsDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

let ids = 0;
const id = () => (ids++).toString(16).padStart(32, '0');

async function record(messages: NudgeMessage[]) {
  if (!messages.length) return;
  const result = await handleNudgeBatch(db, { type: 'nudgeBatch', items: messages.map((message) => ({ id: id(), message })) }, NOW);
  expect(result).toEqual({ ok: true });
}

/** The numbers the popup reads for this week. */
async function popupNumbers(): Promise<Counts> {
  const weeks = trendWeekStarts(TODAY).slice(-1);
  const [site] = (await loadSiteWeeks(db, weeks)).weeks;
  const [rules] = await loadRuleWeeks(db, weeks);
  const r = rules?.rules;
  return {
    shown: r?.shown ?? 0,
    resolved: r?.resolved ?? 0,
    sentAnyway: r?.sentAnyway ?? 0,
    dismissed: r?.dismissed ?? 0,
    templates: r?.templates ?? 0,
    sent: site?.site.messagesSent ?? 0,
    clean: site?.site.messagesClean ?? 0,
  };
}

describe('a draft counts what was on screen, once, and only when it is sent', () => {
  test.each(SCENARIOS)('%s', async (_name, steps, expected) => {
    await record(run(new DraftTally(), steps));
    expect(await popupNumbers()).toEqual(expected);
  });

  test('all the sessions together: the popup shows their sum, and shown = resolved + sent anyway + dismissed', async () => {
    for (const [, steps] of SCENARIOS) await record(run(new DraftTally(), steps));
    const total = { shown: 0, resolved: 0, sentAnyway: 0, dismissed: 0, templates: 0, sent: 0, clean: 0 };
    for (const [, , c] of SCENARIOS) for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += c[k];
    const numbers = await popupNumbers();
    expect(numbers).toEqual(total);
    expect(numbers.shown).toBe(numbers.resolved + numbers.sentAnyway + numbers.dismissed);
  });

  test('a draft emptied before it is sent counts nothing of what it showed', () => {
    const tally = new DraftTally();
    run(tally, [{ screen: ['ask-to-ask'] }]);
    tally.reset();
    expect(run(tally, [{ screen: [] }, { send: [] }])).toEqual([{ type: 'sent', site: 'gmail', remaining: [], callProposal: false }]);
  });

  test('the clean share the popup shows comes from the same sends', async () => {
    for (const [, steps] of SCENARIOS) await record(run(new DraftTally(), steps));
    const [site] = (await loadSiteWeeks(db, trendWeekStarts(TODAY).slice(-1))).weeks;
    expect(site && cleanShare(site.site)).toBe(5 / 7);
  });

  test('a dismissed rule that comes back and is sent counts as sent anyway, not both', () => {
    const messages = run(new DraftTally(), [{ screen: ['no-deadline'] }, { dismiss: 'no-deadline' }, { send: ['no-deadline'] }]);
    expect(messages.filter((m) => m.type === 'dismissed')).toEqual([]);
    expect(messages.at(-1)).toMatchObject({ type: 'sent', remaining: ['no-deadline'] });
  });

  test('after a send the next draft starts from nothing shown', () => {
    const tally = new DraftTally();
    run(tally, [{ screen: ['no-deadline'] }, { send: [] }]);
    expect(run(tally, [{ send: [] }])).toEqual([{ type: 'sent', site: 'gmail', remaining: [], callProposal: false }]);
  });
});
