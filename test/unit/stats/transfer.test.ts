import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { zeroRuleCounts, zeroSiteCounts, type StatsDb } from '@/utils/stats/db';
import {
  CSV_COLUMNS,
  EXPORT_SCHEMA_VERSION,
  exportStatsCsv,
  exportStatsJson,
  importStats,
  IMPORT_MAX_BYTES,
  readStatsFile,
  resetStats,
} from '@/utils/stats/transfer';
import { freshDb, NOW, send } from './helpers';

let db: StatsDb;
beforeEach(async () => {
  db = freshDb();
  await send(db, [
    { type: 'shown', site: 'gmail', rules: ['vague-ask', 'no-deadline'] },
    { type: 'resolved', site: 'gmail', rules: ['no-deadline'] },
    { type: 'sent', site: 'gmail', remaining: ['vague-ask'] },
    { type: 'sent', site: 'slack', remaining: [], callProposal: true },
    { type: 'meeting', site: 'gcal', event: 'checked', rules: ['no-agenda'], hours: 1.5, cost: 112.5 },
  ]);
  await send(db, [{ type: 'sent', site: 'gmail', remaining: [] }], new Date(2025, 2, 3, 9));
});
afterEach(() => db.close());

const dump = async () => ({ ruleDays: await db.ruleDays.toArray(), siteDays: await db.siteDays.toArray() });
const exported = async () => JSON.parse(await exportStatsJson(db, NOW)) as { ruleDays: Record<string, unknown>[]; siteDays: Record<string, unknown>[] };

describe('exportStatsJson', () => {
  it('writes the documented envelope and every row, one row per line', async () => {
    const text = await exportStatsJson(db, NOW);
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 'async-nudge-stats', schemaVersion: EXPORT_SCHEMA_VERSION, exportedAt: NOW.toISOString() });
    expect(file.ruleDays).toEqual(await db.ruleDays.toArray());
    expect(file.siteDays).toEqual(await db.siteDays.toArray());
    // 3 rule rows + 4 site rows, each on its own line.
    expect(text.split('\n').filter((l) => l.startsWith('{"day"'))).toHaveLength(7);
  });

  it('an empty database exports empty lists that import again', async () => {
    await resetStats(db);
    const text = await exportStatsJson(db, NOW);
    expect(JSON.parse(text)).toMatchObject({ ruleDays: [], siteDays: [] });
    expect(await importStats(db, text)).toEqual({ ok: true, rows: 0 });
  });

  it('carries only the known count fields, whatever else a row holds', async () => {
    await db.siteDays.put({ ...zeroSiteCounts(), day: '2025-03-11', site: 'outlook', messagesSent: 1, note: 'secret' } as never);
    const row = (await exported()).siteDays.find((r) => r.day === '2025-03-11');
    expect(row).toEqual({ ...zeroSiteCounts(), day: '2025-03-11', site: 'outlook', messagesSent: 1 });
  });
});

describe('exportStatsCsv', () => {
  it('one table with a kind column; the other kind’s columns stay empty so column sums are totals', async () => {
    const lines = (await exportStatsCsv(db)).trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[0]).toBe(
      'kind,day,site,rule,shown,resolved,sentAnyway,dismissed,templates,messagesSent,messagesClean,callProposals,meetingsChecked,meetingsFlagged,meetingsSaved,meetingsSavedWithFixes,flaggedHours,flaggedCost',
    );
    expect(lines).toContain('rule,2025-03-10,gmail,vague-ask,1,0,1,0,0,,,,,,,,,');
    expect(lines).toContain('site,2025-03-10,gcal,,,,,,,0,0,0,1,1,0,0,1.5,112.5');
    expect(lines).toHaveLength(1 + 3 + 4);
    // Besides kind, day, site and rule, every cell is a number or empty.
    for (const line of lines.slice(1)) for (const cell of line.split(',').slice(4)) expect(cell).toMatch(/^(\d+(\.\d+)?)?$/);
  });
});

describe('importStats', () => {
  it('round-trips an export into an empty database', async () => {
    const before = await dump();
    const text = await exportStatsJson(db, NOW);
    await resetStats(db);
    expect(await dump()).toEqual({ ruleDays: [], siteDays: [] });
    expect(await importStats(db, text)).toEqual({ ok: true, rows: 7 });
    expect(await dump()).toEqual(before);
  });

  it('merges by key: a row in the file replaces the same day’s row, others stay, and importing twice changes nothing more', async () => {
    const file = {
      format: 'async-nudge-stats',
      schemaVersion: 1,
      exportedAt: '2025-03-10T11:00:00.000Z',
      ruleDays: [{ day: '2025-03-10', site: 'gmail', rule: 'vague-ask', ...zeroRuleCounts(), shown: 7 }],
      siteDays: [{ day: '2025-02-01', site: 'slack', ...zeroSiteCounts(), messagesSent: 3, messagesClean: 2 }],
    };
    const text = JSON.stringify(file);
    const before = await dump();
    expect(await importStats(db, text)).toEqual({ ok: true, rows: 2 });
    expect(await importStats(db, text)).toEqual({ ok: true, rows: 2 });
    const after = await dump();
    expect(await db.ruleDays.get(['2025-03-10', 'gmail', 'vague-ask'])).toEqual(file.ruleDays[0]);
    expect(after.ruleDays.filter((r) => r.rule !== 'vague-ask')).toEqual(before.ruleDays.filter((r) => r.rule !== 'vague-ask'));
    expect(after.siteDays).toHaveLength(before.siteDays.length + 1);
    expect(await db.siteDays.get(['2025-02-01', 'slack'])).toEqual(file.siteDays[0]);
  });

  type Row = Record<string, unknown>;
  type File = { ruleDays: Row[]; siteDays: Row[] } & Row;
  const good = (): File => ({
    format: 'async-nudge-stats',
    schemaVersion: 1,
    exportedAt: '2025-03-10T11:00:00.000Z',
    ruleDays: [{ day: '2025-03-10', site: 'gmail', rule: 'vague-ask', ...zeroRuleCounts(), shown: 2 }],
    siteDays: [{ day: '2025-03-10', site: 'gmail', ...zeroSiteCounts(), messagesSent: 9 }],
  });
  /** The good file with one change; `rule` and `site` are its first row of each table. */
  const edit = (change: (f: File, rule: Row, site: Row) => void) => {
    const f = good();
    change(f, f.ruleDays[0] as Row, f.siteDays[0] as Row);
    return JSON.stringify(f);
  };

  const bad: [why: string, text: string, error: RegExp][] = [
    ['not JSON at all', 'hello', /not JSON/],
    ['the CSV export', 'kind,day,site\r\nrule,2025-03-10,gmail', /CSV export is for spreadsheets/],
    ['a JSON file of something else', '{"formatName":"dexie","data":{}}', /not an Async Nudge stats export/],
    ['a JSON array', '[]', /not an Async Nudge stats export/],
    ['a newer schema', edit((f) => (f.schemaVersion = 2)), /newer version.*schema 2/],
    ['a negative count', edit((_f, rule) => (rule.shown = -1)), /ruleDays\[0\]\.shown: must be 0 or more/],
    ['a fraction of an event', edit((_f, _r, site) => (site.messagesSent = 1.5)), /siteDays\[0\]\.messagesSent: expected a whole number/],
    ['a count as text', edit((_f, rule) => (rule.shown = '2')), /ruleDays\[0\]\.shown: expected a number/],
    ['a missing count', edit((_f, rule) => delete rule.dismissed), /ruleDays\[0\]\.dismissed/],
    ['a day that does not exist', edit((_f, _r, site) => (site.day = '2025-02-30')), /siteDays\[0\]\.day: is not a calendar day/],
    ['a day in another format', edit((_f, _r, site) => (site.day = '10/03/2025')), /siteDays\[0\]\.day: expected a day like/],
    ['an unknown site', edit((_f, _r, site) => (site.site = 'facebook')), /siteDays\[0\]\.site: expected one of gmail/],
    ['a rule id that is text', edit((_f, rule) => (rule.rule = 'Hello Bob')), /ruleDays\[0\]\.rule: expected a rule id/],
    ['a row carrying text', edit((_f, rule) => (rule.subject = 'Q3 plans')), /ruleDays\[0\]: unexpected field subject/],
    ['a missing table', edit((f) => delete (f as Row).siteDays), /siteDays: expected a list of rows/],
    ['the same key twice', edit((f, _r, site) => f.siteDays.push({ ...site })), /siteDays lists 2025-03-10 gmail twice/],
    // JSON.parse reads 1e999 as Infinity, which the popup showed as "$∞".
    ['an infinite cost', edit((f) => (f.siteDays[0] = { ...f.siteDays[0], flaggedCost: 'INF' })).replace('"INF"', '1e999'), /siteDays\[0\]\.flaggedCost/],
    ['a finite but absurd cost', edit((_f, _r, site) => (site.flaggedCost = 1e300)), /siteDays\[0\]\.flaggedCost: must be at most/],
    ['absurd hours', edit((_f, _r, site) => (site.flaggedHours = 1e7)), /siteDays\[0\]\.flaggedHours: must be at most/],
    ['an absurd whole count', edit((_f, rule) => (rule.shown = 2 ** 53)), /ruleDays\[0\]\.shown: must be at most/],
    ['an absurd site count', edit((_f, _r, site) => (site.messagesSent = 1e12)), /siteDays\[0\]\.messagesSent: must be at most/],
    ['text over the size cap', ' '.repeat(IMPORT_MAX_BYTES + 1), /larger than the 5 MB limit/],
    ['a good row after a bad one', edit((f, rule) => f.ruleDays.unshift({ ...rule, shown: -1 })), /ruleDays\[0\]\.shown/],
  ];

  it.each(bad)('refuses %s with a clear error and changes nothing', async (_why, text, error) => {
    const before = await dump();
    const result = await importStats(db, text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/^Nothing was imported: /);
      expect(result.error).toMatch(error);
    }
    expect(await dump()).toEqual(before);
  });

  it('refuses a file over the size cap before reading it, and writes nothing', async () => {
    const before = await dump();
    const blob = new Blob([new Uint8Array(IMPORT_MAX_BYTES + 1)]);
    // Reading would be the 50 MB the cap is there to avoid: any read fails the test.
    const read = () => Promise.reject(new Error('read the file'));
    Object.assign(blob, { text: read, arrayBuffer: read, stream: read, slice: read });
    const result = await readStatsFile(blob);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^Nothing was imported: .*larger than the 5 MB limit/) });
    expect(await dump()).toEqual(before);
  });

  it('reads a file within the cap as text', async () => {
    const text = await exportStatsJson(db, NOW);
    expect(await readStatsFile(new Blob([text]))).toEqual({ ok: true, text });
  });

  it('accepts the largest bounded values', async () => {
    const text = edit((_f, rule, site) => Object.assign(site, { flaggedHours: 1000, flaggedCost: 1e9 }) && Object.assign(rule, { shown: 1_000_000 }));
    expect(await importStats(db, text)).toEqual({ ok: true, rows: 2 });
  });

  it('lists at most five problems', async () => {
    const text = edit((f, rule) => {
      f.ruleDays = Array.from({ length: 8 }, (_, i) => ({ ...rule, day: `2025-03-0${i + 1}`, shown: -1 }));
    });
    const result = await importStats(db, text);
    expect(result.ok || result.error).toMatch(/ruleDays\[4\]\.shown.*\(and 3 more\)\.$/);
  });
});
