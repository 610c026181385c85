/** Which site's switch belongs to the active tab, and what each switch is called. */
import type { SiteKey } from '@/utils/settings/schema';

export const SITE_LABELS: Readonly<Record<SiteKey, string>> = {
  gmail: 'Gmail',
  slack: 'Slack',
  outlook: 'Outlook',
  gcal: 'Google Calendar',
  outlookCalendar: 'Outlook Calendar',
};

/** Short names for the row of all five switches, so they fit one line at 360 px. */
export const SITE_SHORT_LABELS: Readonly<Record<SiteKey, string>> = {
  gmail: 'Gmail',
  slack: 'Slack',
  outlook: 'Outlook',
  gcal: 'G Calendar',
  outlookCalendar: 'O Calendar',
};

export const SITE_KEYS = Object.keys(SITE_LABELS) as SiteKey[];

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
