/**
 * The team's meeting norms inside the meeting panel (organiser side): the end-early suggestion
 * and a warning for a meeting on the team's no-meeting day or in a focus block. Marked
 * `data-team` so tests can tell them from the analyzer's findings (which `data-rules` lists).
 */
import { t, weekdayName } from '../../utils/i18n';
import type { EndEarly, TeamTimeConflict } from '../../utils/team/meetings';

export interface TeamMeetingNotesProps {
  endEarly: EndEarly | null;
  conflict: TeamTimeConflict | null;
  teamName?: string;
}

export function TeamMeetingNotes({ endEarly, conflict, teamName }: TeamMeetingNotesProps) {
  if (!endEarly && !conflict) return null;
  const team = teamName ?? t('team.meeting.yourTeam');
  return (
    <ul className="findings team-notes">
      {conflict && (
        <li className="finding warn" data-team={conflict.kind}>
          <p className="message">
            <span className="sev" aria-label={t('hint.finding.warning')}>
              ⚠
            </span>{' '}
            {conflict.kind === 'no-meeting-day'
              ? t('team.meeting.noMeetingDay', { day: weekdayName(conflict.day), team })
              : t('team.meeting.focusBlock', { name: conflict.name ?? '', start: conflict.start ?? '', end: conflict.end ?? '', team })}
          </p>
          <p className="why">{t('team.meeting.teamTimeWhy')}</p>
          <p className="suggestion">{t('team.meeting.teamTimeSuggestion')}</p>
        </li>
      )}
      {endEarly && (
        <li className="finding info" data-team="end-early">
          <p className="message">
            <span className="sev" aria-label={t('hint.finding.note')}>
              ℹ
            </span>{' '}
            {t('team.meeting.endEarly', { early: String(endEarly.earlyMinutes), length: String(endEarly.durationMinutes - endEarly.earlyMinutes) })}
          </p>
          <p className="why">{t('team.meeting.endEarlyWhy')}</p>
          <p className="suggestion">{t('team.meeting.endEarlySuggestion')}</p>
        </li>
      )}
    </ul>
  );
}
