/** Which site's switch belongs to the active tab, and what each switch is called. */
import { siteName } from '@/utils/i18n';
import type { SiteKey } from '@/utils/settings/schema';

/** Every site (the type checks none is missing), in the order of the popup's row of switches. */
const EVERY_SITE = { gmail: true, slack: true, outlook: true, gcal: true, outlookCalendar: true } satisfies Record<SiteKey, true>;
export const SITE_KEYS = Object.keys(EVERY_SITE) as SiteKey[];

/** A site's name, as the switch's accessible name and the one-site switch say it. */
export const siteLabel = (site: SiteKey): string => siteName(site, 'name');

/** Short names for the row of all five switches, so they fit one line at 360 px. */
export const siteShortLabel = (site: SiteKey): string => siteName(site, 'short');

const OUTLOOK_HOSTS = new Set(['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft']);

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
  const host = parsed.hostname;
  if (host === 'mail.google.com') return 'gmail';
  if (host === 'app.slack.com') return 'slack';
  if (host === 'calendar.google.com') return 'gcal';
  if (OUTLOOK_HOSTS.has(host)) return /^\/calendar(?:\/|$)/.test(parsed.pathname) ? 'outlookCalendar' : 'outlook';
  return null;
}
