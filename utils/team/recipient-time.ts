/**
 * The reader's local time: for each recipient the team's roster knows (an email address or a
 * Slack member id), whether now is outside their working hours and when their next working day
 * starts. Pure: recipients, roster and the clock in, plain data out. Addresses live only in
 * the caller's memory; what is shown masks them ("maria@…").
 */
import { localClock, minutesOf } from '../analyzer/context';
import type { WorkingHours } from '../analyzer/types';
import type { RosterEntry } from '../settings/policy';

export type Recipient =
  | { kind: 'email'; address: string }
  /** `shownTime` is the member's local time as Slack's own page shows it (`HH:MM`, 24 h). */
  | { kind: 'slack'; memberId: string | null; name: string; shownTime: string | null };

export interface ReaderTime {
  /** How the hint names them: `maria@…`, or the name Slack shows. */
  label: string;
  /** The time zone's city ("Berlin"), when known. */
  place: string | null;
  /** Their local time now, `HH:MM`. */
  localTime: string;
  /** When their next working day starts, `HH:MM`, and on which weekday (0 = Sunday) when not today or tomorrow. */
  nextStart: string;
  nextDay: number | null;
}

const DEFAULT_HOURS: WorkingHours = { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5] };

/** `maria.schmidt@example.com` → `maria.schmidt@…`: enough to recognise, never the whole address. */
export function maskAddress(address: string): string {
  const at = address.indexOf('@');
  return at > 0 ? `${address.slice(0, at)}@…` : address;
}

/** `Europe/Berlin` → `Berlin`, `America/Argentina/Buenos_Aires` → `Buenos Aires`. */
export function placeOf(timeZone: string): string {
  return (timeZone.split('/').at(-1) ?? timeZone).replace(/_/g, ' ');
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** `11:10 PM`, `23:10`, `9:05 am` → minutes since midnight; null for anything else. */
export function parseShownTime(text: string): number | null {
  const m = /(\d{1,2})[:.](\d{2})\s*([ap])?\.?\s*m?\.?/i.exec(text);
  if (!m) return null;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const half = m[3]?.toLowerCase();
  if (hour > 23 || minute > 59 || (half && (hour < 1 || hour > 12))) return null;
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  return hour * 60 + minute;
}

/** Outside the hours: the next working day's start, and its weekday when it is not today or tomorrow. */
function next(day: number, minutes: number, hours: WorkingHours): { nextStart: string; nextDay: number | null } | null {
  const start = minutesOf(hours.start);
  const end = minutesOf(hours.end);
  if (hours.days.includes(day) && minutes >= start && minutes < end) return null;
  const today = hours.days.includes(day) && minutes < start;
  let ahead = today ? 0 : 1;
  while (ahead < 8 && !hours.days.includes((day + ahead) % 7)) ahead++;
  return { nextStart: hours.start, nextDay: ahead <= 1 ? null : (day + ahead) % 7 };
}

function rosterEntry(recipient: Recipient, roster: readonly RosterEntry[]): RosterEntry | undefined {
  if (recipient.kind === 'email') {
    const address = recipient.address.toLowerCase();
    return roster.find((r) => r.id.toLowerCase() === address);
  }
  return recipient.memberId ? roster.find((r) => r.id === recipient.memberId) : undefined;
}

/**
 * Recipients for whom `now` is outside working hours. Slack's own shown time wins over the
 * roster's zone; a member the roster does not know is judged against the built-in hours.
 */
export function readersOutsideHours(recipients: readonly Recipient[], roster: readonly RosterEntry[], now: number): ReaderTime[] {
  const out: ReaderTime[] = [];
  const seen = new Set<string>();
  for (const recipient of recipients) {
    const entry = rosterEntry(recipient, roster);
    const label = recipient.kind === 'email' ? maskAddress(recipient.address.toLowerCase()) : recipient.name;
    if (seen.has(label)) continue;
    const shown = recipient.kind === 'slack' && recipient.shownTime ? parseShownTime(recipient.shownTime) : null;
    if (!entry && shown === null) continue;
    const clock = entry ? localClock(now, entry.timeZone) : null;
    const minutes = shown ?? clock?.minutes ?? 0;
    // Slack shows the time, not the day: the roster's zone gives the day, else assume the sender's.
    const day = clock?.day ?? localClock(now).day;
    const hours = entry?.workingHours ?? DEFAULT_HOURS;
    const after = next(day, minutes, hours);
    if (!after) continue;
    seen.add(label);
    out.push({ label, place: entry ? placeOf(entry.timeZone) : null, localTime: hhmm(minutes), ...after });
  }
  return out;
}
