/** Every rule, explicitly, sorted by id. A meta-test keeps this, the tests and the README in step. */
import type { EventRule, MessageRule } from './rule';
import afterHours from './rules/after-hours';
import askToAsk from './rules/ask-to-ask';
import falseUrgency from './rules/false-urgency';
import greetingOnly from './rules/greeting-only';
import largeMeeting from './rules/large-meeting';
import linkAccessCheck from './rules/link-access-check';
import longMeeting from './rules/long-meeting';
import meetingCost from './rules/meeting-cost';
import messageBurst from './rules/message-burst';
import missingContext from './rules/missing-context';
import noAgenda from './rules/no-agenda';
import noDeadline from './rules/no-deadline';
import outsideHours from './rules/outside-hours';
import recapWithoutOutcomes from './rules/recap-without-outcomes';
import recurringNoEnd from './rules/recurring-no-end';
import statusMeeting from './rules/status-meeting';
import syncEscalation from './rules/sync-escalation';
import unstructuredWall from './rules/unstructured-wall';
import vagueAsk from './rules/vague-ask';

export const messageRules: readonly MessageRule[] = [
  afterHours,
  askToAsk,
  falseUrgency,
  greetingOnly,
  linkAccessCheck,
  messageBurst,
  missingContext,
  noDeadline,
  recapWithoutOutcomes,
  syncEscalation,
  unstructuredWall,
  vagueAsk,
];

export const eventRules: readonly EventRule[] = [largeMeeting, longMeeting, meetingCost, noAgenda, outsideHours, recurringNoEnd, statusMeeting];

export const allRules = [...messageRules, ...eventRules];
