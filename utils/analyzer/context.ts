import type { AnalyzeContext } from './types';

export const DEFAULT_CONTEXT: AnalyzeContext = {
  workingHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] },
  hourlyRate: 60,
  currency: 'USD',
  largeMeetingGuests: 8,
  longMeetingMinutes: 60,
  responseNorms: { urgent: 'under 4 hours', important: 'under 24 hours', normal: '2–3 days' },
  rules: {},
  allowList: [],
  recentSends: [],
};

export function resolveContext(partial?: Partial<AnalyzeContext>): AnalyzeContext {
  if (!partial) return DEFAULT_CONTEXT;
  return {
    ...DEFAULT_CONTEXT,
    ...partial,
    workingHours: { ...DEFAULT_CONTEXT.workingHours, ...partial.workingHours },
    responseNorms: { ...DEFAULT_CONTEXT.responseNorms, ...partial.responseNorms },
  };
}

/** Minutes since midnight for `HH:MM`. */
export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m ?? 0);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

let runtimeZone: string | undefined;

/**
 * The zone this runtime runs in, read once. Temporal answers without building a formatter: the
 * first Intl.DateTimeFormat of a page costs it 15–20 ms of ICU set-up (measured in Chromium), paid
 * otherwise by the first draft checked on every page. Runtimes without Temporal ask Intl.
 */
export function runtimeZoneName(): string {
  if (runtimeZone === undefined) {
    const temporal = (globalThis as { Temporal?: { Now?: { timeZoneId?: () => string } } }).Temporal;
    let zone: string | undefined;
    try {
      zone = temporal?.Now?.timeZoneId?.();
    } catch {
      zone = undefined;
    }
    runtimeZone = zone || new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  }
  return runtimeZone;
}

/** Weekday (0 = Sunday) and minutes since midnight of an instant, in a time zone. */
export function localClock(at: number, timeZone?: string): { day: number; minutes: number } {
  // The runtime's own zone is what Date's local fields already give, with no formatter to build.
  if (timeZone === undefined || timeZone === runtimeZoneName()) {
    const d = new Date(at);
    return { day: d.getDay(), minutes: d.getHours() * 60 + d.getMinutes() };
  }
  const key = timeZone;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(key, f);
  }
  let day = 0;
  let minutes = 0;
  for (const p of f.formatToParts(at)) {
    if (p.type === 'weekday') day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(p.value);
    else if (p.type === 'hour') minutes += Number(p.value) * 60;
    else if (p.type === 'minute') minutes += Number(p.value);
  }
  return { day, minutes };
}

export function withinWorkingHours(day: number, minutes: number, ctx: AnalyzeContext): boolean {
  const wh = ctx.workingHours;
  return wh.days.includes(day) && minutes >= minutesOf(wh.start) && minutes < minutesOf(wh.end);
}
