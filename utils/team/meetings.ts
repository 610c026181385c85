/**
 * Meeting suggestions from the team's norms, for both sides of an invite. Pure: an event as the
 * calendar adapters read it and the policy's meeting norms in, plain data out (the panel words it).
 *
 * - Organiser: "end 5/10 minutes early" for 30/60-minute meetings (the speedy-meetings option
 *   Google Calendar and Outlook already have), and a warning when the meeting falls on the team's
 *   no-meeting day or overlaps one of its focus blocks.
 * - Invitee: which replies to offer ("ask for an agenda", "suggest a written update") when the
 *   invitation has no agenda or reads as a status meeting. Never a decline.
 */
import type { EventInput, Finding } from '../analyzer/types';
import type { FocusBlock } from '../settings/policy';

/** Meeting lengths the calendars shorten, and by how much (Google Calendar's "speedy meetings"). */
const END_EARLY: ReadonlyMap<number, number> = new Map([
  [30, 5],
  [60, 10],
]);

export interface EndEarly {
  kind: 'end-early';
  durationMinutes: number;
  earlyMinutes: number;
}

export interface TeamTimeConflict {
  kind: 'no-meeting-day' | 'focus-block';
  /** 0 = Sunday … 6 = Saturday: the day the meeting falls on. */
  day: number;
  /** The focus block's name, for `focus-block`. */
  name?: string;
  start?: string;
  end?: string;
}

export interface MeetingNorms {
  noMeetingDays: readonly number[];
  focusBlocks: readonly FocusBlock[];
}

export function endEarly(event: EventInput): EndEarly | null {
  if (event.guests < 1) return null;
  const earlyMinutes = END_EARLY.get(event.durationMinutes);
  return earlyMinutes ? { kind: 'end-early', durationMinutes: event.durationMinutes, earlyMinutes } : null;
}

const START = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The weekday and minutes since midnight of `YYYY-MM-DDTHH:MM` (calendar wall time, no zone). */
function wallClock(start: string): { day: number; minutes: number } | null {
  const m = START.exec(start);
  if (!m) return null;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
  return { day, minutes: Number(m[4]) * 60 + Number(m[5]) };
}

/**
 * The team time the meeting takes: its no-meeting day first, else the first focus block it
 * overlaps. The event's wall time is the organiser's own zone, as the norms' hours are.
 */
export function teamTimeConflict(event: EventInput, norms: MeetingNorms): TeamTimeConflict | null {
  if (event.guests < 1 || !event.start) return null;
  const at = wallClock(event.start);
  if (!at) return null;
  if (norms.noMeetingDays.includes(at.day)) return { kind: 'no-meeting-day', day: at.day };
  const end = at.minutes + Math.max(event.durationMinutes, 1);
  for (const block of norms.focusBlocks) {
    if (!block.days.includes(at.day)) continue;
    if (at.minutes < minutesOf(block.end) && end > minutesOf(block.start)) {
      return { kind: 'focus-block', day: at.day, name: block.name, start: block.start, end: block.end };
    }
  }
  return null;
}

export type InviteeReply = 'ask-agenda' | 'written-update';

/**
 * The replies worth offering an invitee, from the findings the analyzer gave the invitation:
 * no agenda → ask for one; a status meeting → suggest a written update. Keep-sync kinds never
 * get `status-meeting`, so a 1:1 or an incident review is never offered "make it written".
 */
export function inviteeReplies(findings: readonly Finding[]): InviteeReply[] {
  const rules = new Set(findings.map((f) => f.rule));
  const out: InviteeReply[] = [];
  if (rules.has('no-agenda')) out.push('ask-agenda');
  if (rules.has('status-meeting')) out.push('written-update');
  return out;
}
