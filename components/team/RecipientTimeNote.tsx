/**
 * One line above a message being written when it is outside a recipient's working hours:
 * "It's 23:10 for maria@… (Berlin) — schedule for their 09:00?", with a button that opens the
 * site's own schedule-send menu. The extension never sends or schedules anything itself.
 */
import { t, weekdayName } from '../../utils/i18n';
import type { ReaderTime } from '../../utils/team/recipient-time';

export interface RecipientTimeNoteProps {
  readers: readonly ReaderTime[];
  /** Null when the site's schedule-send control was not found: the note still says when. */
  onSchedule: (() => void) | null;
  onDismiss: () => void;
}

export function RecipientTimeNote({ readers, onSchedule, onDismiss }: RecipientTimeNoteProps) {
  const [first] = readers;
  if (!first) return null;
  const who = first.place ? t('team.readerTime.whoPlace', { who: first.label, place: first.place }) : first.label;
  const at = first.nextDay === null ? first.nextStart : t('team.readerTime.dayTime', { day: weekdayName(first.nextDay), time: first.nextStart });
  const more = readers.length - 1;
  return (
    <div className="reader-time" role="note" data-team="reader-time">
      <p className="message">
        <span aria-hidden="true">🌙 </span>
        {t('team.readerTime.message', { time: first.localTime, who, at })}
        {more > 0 && ` ${t('team.readerTime.more', more, { count: String(more) })}`}
      </p>
      <div className="actions">
        {onSchedule && (
          <button type="button" onClick={onSchedule}>
            {t('team.readerTime.schedule')}
          </button>
        )}
        <button type="button" onClick={onDismiss}>
          {t('hint.finding.dismiss')}
        </button>
      </div>
    </div>
  );
}
