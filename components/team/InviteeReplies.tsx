/**
 * On an invitation with no agenda or a status-meeting title: reply texts the invitee can copy
 * or add to the reply note. Nothing is sent and nothing is declined for them.
 */
import { t } from '../../utils/i18n';
import type { InviteeReply } from '../../utils/team/meetings';

export interface InviteeRepliesProps {
  replies: readonly InviteeReply[];
  /** The team's normal response time, quoted in the written-update reply. */
  norm: string;
  /** The reply the person last copied, to say so on its button. */
  copied: InviteeReply | null;
  /** False when the page shows no note box: only Copy is offered. */
  canInsert: boolean;
  onCopy: (reply: InviteeReply, text: string) => void;
  onInsert: (reply: InviteeReply, text: string) => void;
}

export function replyText(reply: InviteeReply, norm: string): string {
  return reply === 'ask-agenda' ? t('team.invite.askAgendaText') : t('team.invite.writtenUpdateText', { norm });
}

export function InviteeReplies({ replies, norm, copied, canInsert, onCopy, onInsert }: InviteeRepliesProps) {
  if (!replies.length) return null;
  return (
    <div className="hint meeting invite" data-severity="info">
      <div className="panel invite-panel" role="region" aria-label={t('team.invite.label')}>
        <p className="message">
          <strong>{t('team.invite.title')}</strong>
        </p>
        <ul className="findings">
          {replies.map((reply) => {
            const text = replyText(reply, norm);
            return (
              <li key={reply} className="finding info" data-team={reply}>
                <p className="message">{reply === 'ask-agenda' ? t('team.invite.askAgenda') : t('team.invite.writtenUpdate')}</p>
                <p className="suggestion reply-text">{text}</p>
                <div className="actions">
                  <button type="button" onClick={() => onCopy(reply, text)}>
                    {copied === reply ? t('team.invite.copied') : t('team.invite.copy')}
                  </button>
                  {canInsert && (
                    <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => onInsert(reply, text)}>
                      {t('team.invite.insert')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
        <p className="foot">{t('team.invite.foot')}</p>
      </div>
    </div>
  );
}
