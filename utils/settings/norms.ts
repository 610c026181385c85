/**
 * Team norms: the shareable part of the settings as a JSON file a team lead exports and
 * everyone imports. Personal things stay out of it: sites, time zone, snooze, stats retention.
 * Import is all or nothing: any invalid field is reported and nothing is applied.
 */
import { formatNumber, t } from '../i18n';
import { formatIssues, formatLimit, formatPath, issueLine, settingsSchema, type Settings, unknownKey } from './schema';

export const NORMS_FORMAT = 'async-nudge-team-norms';
export const NORMS_SCHEMA_VERSION = 1;
const TEAM_NAME_MAX_CHARS = 80;
/** Far above any real file (settings are capped at 8 KB); stops a wrong pick early. */
const MAX_FILE_CHARS = 256 * 1024;

const NORM_KEYS = [
  'rules',
  'allowList',
  'workingHours',
  'largeMeetingGuests',
  'longMeetingMinutes',
  'hourlyRate',
  'currency',
  'responseNorms',
  'reviewBeforeSend',
] as const satisfies readonly (keyof Settings)[];

export type TeamNorms = Pick<Settings, (typeof NORM_KEYS)[number]>;

export interface TeamNormsFile {
  format: typeof NORMS_FORMAT;
  schemaVersion: typeof NORMS_SCHEMA_VERSION;
  teamName?: string;
  /** ISO 8601. */
  exportedAt: string;
  settings: TeamNorms;
}

const FILE_KEYS = new Set(['format', 'schemaVersion', 'teamName', 'exportedAt', 'settings']);

export function exportNorms(s: Settings, teamName?: string): TeamNormsFile {
  const name = teamName?.replace(/\s+/g, ' ').trim().slice(0, TEAM_NAME_MAX_CHARS);
  const settings = Object.fromEntries(NORM_KEYS.map((key) => [key, structuredClone(s[key])])) as TeamNorms;
  return { format: NORMS_FORMAT, schemaVersion: NORMS_SCHEMA_VERSION, ...(name ? { teamName: name } : {}), exportedAt: new Date().toISOString(), settings };
}

const isGroup = (v: unknown): v is Record<string, unknown> => Object.prototype.toString.call(v) === '[object Object]';

/** `patch` laid over `base` group by group; keys `base` does not have are errors, never copied. */
function overlay(base: Record<string, unknown>, patch: Record<string, unknown>, path: string[], errors: string[]): Record<string, unknown> {
  const out = { ...base };
  for (const key of Object.keys(patch)) {
    if (!Object.hasOwn(base, key)) {
      errors.push(issueLine(formatPath([...path, key]), unknownKey(path.at(-1))));
      continue;
    }
    const from = base[key];
    const to = patch[key];
    out[key] = isGroup(from) && isGroup(to) ? overlay(from, to, [...path, key], errors) : to;
  }
  return out;
}

export type ImportResult = { ok: true; settings: Settings; teamName?: string } | { ok: false; errors: string[] };

/**
 * `current` with the file's norms applied. Fields the file leaves out keep their current
 * values; fields outside the norms (sites, time zone, snooze, stats retention) are never changed.
 */
export function importNorms(text: string, current: Settings): ImportResult {
  const fail = (...errors: string[]): ImportResult => ({ ok: false, errors });
  if (typeof text !== 'string' || text.length > MAX_FILE_CHARS) return fail(t('settings.norms.tooLarge'));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(t('settings.norms.notJson'));
  }
  if (!isGroup(data) || data.format !== NORMS_FORMAT) return fail(t('settings.norms.wrongFormat'));
  const version = data.schemaVersion;
  if (version !== NORMS_SCHEMA_VERSION) {
    return fail(
      typeof version === 'number' && version > NORMS_SCHEMA_VERSION
        ? t('settings.norms.newer', { version: formatNumber(version) })
        : t('settings.norms.unknownVersion'),
    );
  }

  const errors: string[] = [];
  for (const key of Object.keys(data)) if (!FILE_KEYS.has(key)) errors.push(issueLine(key, t('settings.error.unknownField')));
  const { teamName, exportedAt, settings } = data;
  if (teamName !== undefined && (typeof teamName !== 'string' || teamName.length > TEAM_NAME_MAX_CHARS)) {
    errors.push(issueLine('teamName', t('settings.error.teamName', TEAM_NAME_MAX_CHARS, { count: formatLimit(TEAM_NAME_MAX_CHARS) })));
  }
  if (exportedAt !== undefined && typeof exportedAt !== 'string') errors.push(issueLine('exportedAt', t('settings.error.date')));
  if (!isGroup(settings)) return fail(...errors, issueLine('settings', t('settings.error.group')));

  const norms: Record<string, unknown> = {};
  for (const key of Object.keys(settings)) {
    if ((NORM_KEYS as readonly string[]).includes(key)) norms[key] = settings[key];
    else errors.push(issueLine(`settings.${key}`, Object.hasOwn(current, key) ? t('settings.error.personal') : t('settings.error.unknownSetting')));
  }
  const base = Object.fromEntries(NORM_KEYS.map((key) => [key, current[key]]));
  const applied = overlay(base, norms, ['settings'], errors);
  const parsed = settingsSchema.safeParse({ ...current, ...applied });
  if (!parsed.success) errors.push(...formatIssues(parsed.error, ['settings']));
  if (errors.length || !parsed.success) return fail(...errors);
  return { ok: true, settings: parsed.data, ...(typeof teamName === 'string' && teamName ? { teamName } : {}) };
}
