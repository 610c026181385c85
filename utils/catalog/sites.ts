/**
 * Every supported site, once. Messages, settings, the popup, the options and welcome pages,
 * the content scripts' `matches` and the manifest test all read this list: a new site is one
 * row here plus its adapter folder in `utils/sites/`. Pure data, safe for every bundle.
 */

export interface SiteRow {
  /** Kebab-case id: counts, messages between scripts, adapters. */
  id: string;
  /** camelCase key in settings (`sites.<key>`) and in `locales/` (`sites.<key>.name`, `.short`). */
  key: string;
  /** `message` sites get compose hints; `event` sites get meeting checks. */
  kind: 'message' | 'event';
  /** The content script that serves it (`entrypoints/<script>.content/`); sites of one app share one. */
  script: string;
  hosts: readonly string[];
  /** The part of the app it covers, when the app's hosts serve several sites (Outlook mail and calendar). */
  path?: RegExp;
}

const OUTLOOK_HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'] as const;

/** In the order people see them (the popup's row of switches, the options page, welcome). */
export const SITES = [
  { id: 'gmail', key: 'gmail', kind: 'message', script: 'gmail', hosts: ['mail.google.com'] },
  { id: 'slack', key: 'slack', kind: 'message', script: 'slack', hosts: ['app.slack.com'] },
  { id: 'outlook', key: 'outlook', kind: 'message', script: 'outlook', hosts: OUTLOOK_HOSTS },
  { id: 'gcal', key: 'gcal', kind: 'event', script: 'gcal', hosts: ['calendar.google.com'] },
  { id: 'outlook-calendar', key: 'outlookCalendar', kind: 'event', script: 'outlook', hosts: OUTLOOK_HOSTS, path: /^\/calendar(?:\/|$)/ },
] as const satisfies readonly SiteRow[];

type Row = (typeof SITES)[number];
export type SiteId = Row['id'];
export type SiteKey = Row['key'];
export type ScriptName = Row['script'];
export type MessageSiteId = Extract<Row, { kind: 'message' }>['id'];
export type EventSiteId = Extract<Row, { kind: 'event' }>['id'];

export const SITE_IDS = SITES.map((s) => s.id) as [SiteId, ...SiteId[]];
export const SITE_KEYS: readonly SiteKey[] = SITES.map((s) => s.key);

const byIdOrKey = new Map<string, Row>(SITES.flatMap((s) => [[s.id, s] as const, [s.key, s] as const]));

/** The settings key of a site id (or of a key). */
export function siteKey(site: SiteId | SiteKey): SiteKey {
  return (byIdOrKey.get(site) as Row).key;
}

export const sitesOfKind = (kind: SiteRow['kind']): readonly SiteKey[] => SITES.filter((s) => s.kind === kind).map((s) => s.key);

/** A content script's `matches`: every host of the sites it serves, https only. */
export function matchesFor(script: ScriptName): string[] {
  const hosts = new Set<string>(SITES.filter((s) => s.script === script).flatMap((s) => s.hosts));
  return [...hosts].map((h) => `https://${h}/*`);
}

/** The site a tab's URL belongs to; null for any other page or an unreadable URL. */
export function siteForUrl(url: string | undefined): SiteKey | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  const rows: readonly SiteRow[] = SITES;
  const onHost = rows.filter((s) => s.hosts.includes(parsed.hostname));
  // A row with a path claims that part of a shared host; the row without one takes the rest.
  const row = onHost.find((s) => s.path?.test(parsed.pathname)) ?? onHost.find((s) => !s.path);
  return row ? (row.key as SiteKey) : null;
}
