import { keepSyncKind } from '../meeting-kinds';
import { defineEventRule } from '../rule';
import { lowerSameLength } from '../text';

const STATUS =
  /(?<![a-z])(?:status|status update|status meeting|standup|stand-up|stand up|daily scrum|scrum|check-in|check in|checkin|(?:weekly|daily|team|monday|friday|biweekly|bi-weekly|monthly)\s+(?:[a-z0-9-]+\s+)?sync|weekly catch[- ]?up|catch[- ]?up|sync[- ]up|progress update|progress review|updates?|weekly update|project update|fyi|announcement|announcements|all[- ]hands update|report[- ]?out|readout|read-out|touch[- ]?base|round[- ]?table|pre[- ]?meeting|prep meeting|meeting about (?:the )?meeting|meeting to plan the meeting|poll|survey|feedback round|collect feedback|gather feedback|go[- ]around|show and tell)(?![a-z])/;

/*
 * Hit: "Weekly status update", "Daily standup", "Project Phoenix check-in", "FYI: new expense tool"
 * Not: "1:1 Anna / Ben", "Q3 planning session", "Incident postmortem", "Design brainstorm"
 */
export default defineEventRule({
  meta: {
    kind: 'event',
    id: 'status-meeting',
    severity: 'warn',
    example: 'Weekly status update',
    messages: ['statusMeeting'],
    sensitivity: true,
    suggestion: { template: true, templateKind: 'async-update' },
  },
  check({ event, sensitivity, report }) {
    const title = lowerSameLength(event.title);
    const text = sensitivity === 'relaxed' ? title : lowerSameLength(`${event.title}\n${event.description.slice(0, 2000)}`);
    const inTitle = STATUS.test(title) || (sensitivity === 'strict' && /(?<![a-z])sync(?![a-z])/.test(title));
    if (!inTitle && !/(?<![a-z])(?:status update|standup|stand-up|fyi|announcement|poll|feedback round)(?![a-z])/.test(text)) return;
    if (keepSyncKind(event)) return;
    report({ messageId: 'statusMeeting' });
  },
});
