/** Settings → what the analyzer and the site runner need. */
import type { AnalyzeContext } from '../analyzer/types';
import { type SiteId, type SiteKey, siteKey } from '../catalog/sites';
import type { Settings } from './schema';

/**
 * The analyzer's context for these settings. `rules` is the settings' own object, so every
 * call for the same settings shares one compiled phrase scanner (the analyzer caches by it).
 * `recentSends` starts empty: the chat runner fills it per conversation.
 */
export function toAnalyzeContext(s: Settings, now?: number): AnalyzeContext {
  return {
    ...(now === undefined ? {} : { now }),
    timeZone: s.timeZone,
    workingHours: s.workingHours,
    hourlyRate: s.hourlyRate,
    currency: s.currency,
    largeMeetingGuests: s.largeMeetingGuests,
    longMeetingMinutes: s.longMeetingMinutes,
    responseNorms: s.responseNorms,
    rules: s.rules,
    allowList: s.allowList,
    recentSends: [],
  };
}

export function isSiteEnabled(s: Settings, site: SiteId | SiteKey): boolean {
  return s.sites[siteKey(site)];
}

export function isSnoozed(s: Settings, now: number): boolean {
  return s.snoozeUntil !== null && now < s.snoozeUntil;
}
