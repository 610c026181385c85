/**
 * Export, import and reset of the stats, shared by the popup and the options page.
 *
 * Not dexie-export-import: its file is Dexie's own envelope ({ formatName: 'dexie', data: {
 * tables, data: [{ tableName, rows }] } }) rather than the documented shape below; its import
 * writes rows as stored, with no way to validate the whole file before the first write or to
 * pick a merge rule per key; and its chunked streaming is for databases that do not fit in
 * memory, while a year of daily aggregates is about 35,000 small rows (a few MB of JSON).
 * Plain Dexie reads and one `bulkPut` transaction do all of it in a few dozen lines.
 *
 * Import merges by key and REPLACES: a row in the file overwrites the row with the same
 * day + site (+ rule) and leaves every other row alone. Replacing makes import idempotent —
 * restoring the same backup twice never doubles a count — at the price that counts recorded
 * locally on a day the file also covers give way to the file's.
 */
import { formatNumber, t } from '../i18n';
import { z } from '../zod';
import '../zod-messages';
import { MAX_MEETING_COST, MAX_MEETING_HOURS } from '../catalog/limits';
import { siteSchema } from '../messages';
import { formatPath } from '../settings/schema';
import { RULE_COUNTS, SITE_COUNTS, type RuleDay, type SiteDay, type StatsDb } from './db';

export { resetStats } from './record';

export const EXPORT_FORMAT = 'async-nudge-stats';
/** The row shape in the file. Bump with the database schema and upgrade older files on import. */
export const EXPORT_SCHEMA_VERSION = 1;

export type ImportResult = { ok: true; rows: number } | { ok: false; error: string };

/** Only these fields leave or enter the database: an export never carries anything else. */
const RULE_FIELDS = ['day', 'site', 'rule', ...RULE_COUNTS] as const;
const SITE_FIELDS = ['day', 'site', ...SITE_COUNTS] as const;
/**
 * Sums of hours and money: fractional, and no larger in a day's row than one live message may
 * carry. Every other count is a whole number of events, at most a million a day: far above any
 * person's day, far below where a sum would lose precision or print as "$∞".
 */
const FRACTIONAL_MAX: ReadonlyMap<string, number> = new Map([
  ['flaggedHours', MAX_MEETING_HOURS],
  ['flaggedCost', MAX_MEETING_COST],
]);
const MAX_DAILY_COUNT = 1_000_000;
/** A year of daily rows is a few MB of JSON; anything much larger is not an export, so it is never read. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

const pick = <F extends string>(row: object, fields: readonly F[]) =>
  Object.fromEntries(fields.map((f) => [f, (row as Record<string, unknown>)[f]])) as Record<F, unknown>;

async function readAll(db: StatsDb): Promise<{ ruleDays: RuleDay[]; siteDays: SiteDay[] }> {
  // One read transaction, so a write between the two tables cannot split a day.
  return db.transaction('r', db.ruleDays, db.siteDays, async () => ({ ruleDays: await db.ruleDays.toArray(), siteDays: await db.siteDays.toArray() }));
}

/** Every row as JSON, one row per line so a person can read what they share. */
export async function exportStatsJson(db: StatsDb, now = new Date()): Promise<string> {
  const { ruleDays, siteDays } = await readAll(db);
  const rows = (list: object[], fields: readonly string[]) => (list.length ? `\n${list.map((r) => JSON.stringify(pick(r, fields))).join(',\n')}\n` : '');
  const head = JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: EXPORT_SCHEMA_VERSION, exportedAt: now.toISOString() }).slice(0, -1);
  return `${head},"ruleDays":[${rows(ruleDays, RULE_FIELDS)}],"siteDays":[${rows(siteDays, SITE_FIELDS)}]}\n`;
}

export const CSV_COLUMNS = ['kind', 'day', 'site', 'rule', ...RULE_COUNTS, ...SITE_COUNTS] as const;

/** RFC 4180 quoting; a leading = + - @ is neutralised so a spreadsheet never runs a cell as a formula. */
function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return String(Math.round(value * 1e6) / 1e6);
  let text = String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One table for spreadsheets: `kind` is `rule` (per day × site × rule) or `site` (per day ×
 * site). A row leaves the other kind's columns empty, so a column's SUM is that count's total.
 */
export async function exportStatsCsv(db: StatsDb): Promise<string> {
  const { ruleDays, siteDays } = await readAll(db);
  const line = (kind: string, row: object) => CSV_COLUMNS.map((c) => csvCell(c === 'kind' ? kind : (row as Record<string, unknown>)[c])).join(',');
  return [CSV_COLUMNS.join(','), ...ruleDays.map((r) => line('rule', r)), ...siteDays.map((r) => line('site', r))].join('\r\n') + '\r\n';
}

function isCalendarDay(day: string): boolean {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

// Messages are functions, read when a file is refused, in the person's language.
const dayError = { error: () => t('stats.import.day') };
const ruleError = { error: () => t('stats.import.rule') };
const numberError = { error: () => t('settings.error.number') };
const notBelowZero = { error: () => t('settings.error.notBelowZero') };
const atMost = (max: number) => ({ error: () => t('settings.error.atMost', { max: formatNumber(max) }) });

const day = z.string(dayError).check(z.regex(/^\d{4}-\d{2}-\d{2}$/, dayError), z.refine(isCalendarDay, { error: () => t('stats.import.notCalendarDay') }));
const site = z.enum(siteSchema.options, { error: () => t('stats.import.site', { sites: siteSchema.options.join(', ') }) });
// Rules removed in a later version keep their history, so any well-formed id is accepted.
const rule = z.string(ruleError).check(z.maxLength(40, ruleError), z.regex(/^[a-z]+(?:-[a-z]+)*$/, ruleError));
const count = (field: string) => {
  const fractionalMax = FRACTIONAL_MAX.get(field);
  return fractionalMax !== undefined
    ? z.number(numberError).check(z.gte(0, notBelowZero), z.lte(fractionalMax, atMost(fractionalMax)))
    : z
        .number(numberError)
        .check(z.int({ error: () => t('settings.error.wholeNumber') }), z.gte(0, notBelowZero), z.lte(MAX_DAILY_COUNT, atMost(MAX_DAILY_COUNT)));
};
const counts = <F extends string>(fields: readonly F[]) => Object.fromEntries(fields.map((f) => [f, count(f)])) as Record<F, z.ZodMiniNumber>;

// Strict rows: a file with extra fields (text, names, anything) is refused, never stored.
const ruleDaySchema = z.strictObject({ day, site, rule, ...counts(RULE_COUNTS) });
const siteDaySchema = z.strictObject({ day, site, ...counts(SITE_COUNTS) });

const envelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.number().check(z.int(), z.gte(1)),
});

const fileSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
  exportedAt: z.iso.datetime({ error: () => t('stats.import.exportedAt'), offset: true }),
  ruleDays: z.array(ruleDaySchema, { error: () => t('stats.import.rows') }),
  siteDays: z.array(siteDaySchema, { error: () => t('stats.import.rows') }),
});

const MAX_ERRORS = 5;

function describeIssues(error: z.core.$ZodError): string {
  const lines = error.issues.slice(0, MAX_ERRORS).map((issue) => {
    const path = formatPath(issue.path);
    const problem =
      issue.code === 'unrecognized_keys' ? t('stats.import.unexpectedFields', issue.keys.length, { fields: issue.keys.join(', ') }) : issue.message;
    return path ? t('settings.issue', { path, problem }) : problem;
  });
  const more = error.issues.length - MAX_ERRORS;
  const problems = lines.join('; ');
  return more > 0 ? t('stats.import.problemsMore', { problems, more }) : t('stats.import.problems', { problems });
}

function firstDuplicate<T>(rows: readonly T[], key: (row: T) => string): string | null {
  const seen = new Set<string>();
  for (const row of rows) {
    const k = key(row);
    if (seen.has(k)) return k;
    seen.add(k);
  }
  return null;
}

const fail = (reason: string): { ok: false; error: string } => ({ ok: false, error: t('stats.import.nothingImported', { reason }) });

const tooLarge = () => fail(t('stats.import.tooLarge', { limit: formatNumber(IMPORT_MAX_BYTES / (1024 * 1024)) }));

/** The chosen file's text, refused by its size before a byte of it is read. */
export async function readStatsFile(file: Blob): Promise<{ ok: true; text: string } | { ok: false; error: string }> {
  if (file.size > IMPORT_MAX_BYTES) return tooLarge();
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

/** Validates the whole file first; writes in one transaction, so a bad file changes nothing. */
export async function importStats(db: StatsDb, text: string): Promise<ImportResult> {
  // UTF-16 length is at most the UTF-8 byte count: a text over the cap came from an oversized file.
  if (text.length > IMPORT_MAX_BYTES) return tooLarge();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail(/^\s*kind,day,/.test(text) ? t('stats.import.csvNotJson') : t('stats.import.notJson'));
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return fail(t('stats.import.notExport', { format: EXPORT_FORMAT }));
  if (envelope.data.schemaVersion > EXPORT_SCHEMA_VERSION) {
    return fail(t('stats.import.newer', { version: envelope.data.schemaVersion }));
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) return fail(describeIssues(parsed.error));
  const { ruleDays, siteDays } = parsed.data;
  const twiceRule = firstDuplicate(ruleDays, (r) => `${r.day} ${r.site} ${r.rule}`);
  if (twiceRule) return fail(t('stats.import.ruleTwice', { row: twiceRule }));
  const twiceSite = firstDuplicate(siteDays, (r) => `${r.day} ${r.site}`);
  if (twiceSite) return fail(t('stats.import.siteTwice', { row: twiceSite }));
  try {
    await db.transaction('rw', db.ruleDays, db.siteDays, async () => {
      await Promise.all([db.ruleDays.bulkPut(ruleDays), db.siteDays.bulkPut(siteDays)]);
    });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  return { ok: true, rows: ruleDays.length + siteDays.length };
}
