/** What strict and relaxed change, rule by rule: each case is the boundary the setting moves. */
import { testEventRule, testMessageRule } from '../rule-tester';

const strict = (rule: string) => ({ rules: { [rule]: { sensitivity: 'strict' as const } } });
const relaxed = (rule: string) => ({ rules: { [rule]: { sensitivity: 'relaxed' as const } } });
const now = Date.parse('2026-11-24T10:00:00Z');
const sends = (n: number) => Array.from({ length: n }, (_, i) => ({ at: now - (i + 1) * 5000, chars: 10 }));

testMessageRule('greeting-only', {
  valid: [{ text: 'Hi Anna and Ben', ctx: relaxed('greeting-only'), why: 'relaxed: more than one name is treated as content' }],
  invalid: [
    {
      text: 'Hi Anna Maria Lopez',
      ctx: strict('greeting-only'),
      why: 'strict: a full name still only greets',
      errors: [{ messageId: 'greetingOnly', at: 'Hi Anna Maria Lopez' }],
    },
    {
      text: 'hello Anna',
      ctx: relaxed('greeting-only'),
      why: 'relaxed: one name is still a bare greeting',
      errors: [{ messageId: 'greetingOnly', at: 'hello Anna' }],
    },
  ],
});

testMessageRule('ask-to-ask', {
  valid: [{ text: 'Anyone here familiar with Kafka?', ctx: relaxed('ask-to-ask'), why: 'relaxed: topic checks are let through' }],
  invalid: [
    { text: 'got a minute?', ctx: relaxed('ask-to-ask'), why: 'relaxed still flags asking to ask', errors: [{ messageId: 'askToAsk', at: 'got a minute' }] },
  ],
});

testMessageRule('sync-escalation', {
  valid: [
    {
      text: 'Thanks for the draft. The numbers in section 2 look off to me and I think we should revisit the churn model before Friday. Can we hop on a quick call about it?',
      ctx: relaxed('sync-escalation'),
      why: 'relaxed: a call proposed inside a long message with context passes',
    },
  ],
  invalid: [
    {
      text: 'Can we hop on a call? It is easier to walk you through it.',
      ctx: strict('sync-escalation'),
      why: 'strict: a practical reason alone does not justify a call',
      errors: [{ messageId: 'syncEscalation', at: 'hop on a call' }],
    },
  ],
});

testMessageRule('recap-without-outcomes', {
  valid: [{ text: 'Great meeting everyone!', ctx: relaxed('recap-without-outcomes'), why: 'relaxed: one cue is not enough' }],
  invalid: [
    {
      text: 'thanks all!',
      ctx: strict('recap-without-outcomes'),
      why: 'strict: a bare "thanks all" counts',
      errors: [{ messageId: 'noOutcomes', at: 'thanks all' }],
    },
  ],
});

testMessageRule('message-burst', {
  valid: [{ text: 'and the logs', ctx: { now, recentSends: sends(2), ...relaxed('message-burst') }, why: 'relaxed: the third short message is fine' }],
  invalid: [
    {
      text: 'and the logs',
      ctx: { now, recentSends: sends(1), ...strict('message-burst') },
      why: 'strict: the second short message',
      errors: [{ messageId: 'burst' }],
    },
  ],
});

testEventRule('no-agenda', {
  valid: [
    {
      guests: 3,
      description: 'We will walk through the migration plan and the open questions from the vendor review last week.',
      ctx: relaxed('no-agenda'),
      why: 'relaxed: a description of 15+ words counts',
    },
  ],
  invalid: [
    { guests: 3, description: '- pricing\n- staffing', ctx: strict('no-agenda'), why: 'strict: topics without a goal', errors: [{ messageId: 'noAgenda' }] },
  ],
});

testEventRule('status-meeting', {
  valid: [{ title: 'Team meeting', description: 'Weekly status update from each squad.', ctx: relaxed('status-meeting'), why: 'relaxed reads the title only' }],
  invalid: [{ title: 'Design sync', ctx: strict('status-meeting'), why: 'strict: a bare "sync" title', errors: [{ messageId: 'statusMeeting' }] }],
});
