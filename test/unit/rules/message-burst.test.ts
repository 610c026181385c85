import { testMessageRule } from '../rule-tester';

const now = Date.parse('2026-11-24T10:00:00Z');
const sends = (...agoSeconds: number[]) => agoSeconds.map((s) => ({ at: now - s * 1000, chars: 12 }));

testMessageRule('message-burst', {
  valid: [
    { text: 'and the logs', ctx: { now, recentSends: sends(20) }, why: 'only one earlier send' },
    { text: 'and the logs', ctx: { now, recentSends: sends(90, 70) }, why: 'earlier sends are more than a minute old' },
    {
      text: 'and the logs',
      ctx: {
        now,
        recentSends: [
          { at: now - 10_000, chars: 400 },
          { at: now - 5000, chars: 300 },
        ],
      },
      why: 'earlier sends were complete messages',
    },
    { text: 'and the logs', surface: 'email', ctx: { now, recentSends: sends(20, 10) }, why: 'chat only' },
    { text: 'and the logs', ctx: { recentSends: sends(20, 10) }, why: 'no clock' },
    {
      text: 'Full write-up: the deploy failed on the EU cluster because the migration locked the orders table; I rolled back at 10:02.',
      ctx: { now, recentSends: sends(20, 10) },
      why: 'the third message is a complete one',
    },
  ],
  invalid: [
    {
      text: 'and the logs',
      ctx: { now, recentSends: sends(30, 15) },
      why: 'third short message within 60 s',
      errors: [{ messageId: 'burst', data: { count: 3 } }],
    },
    { text: 'one more thing', ctx: { now, recentSends: sends(50, 40, 5) }, why: 'fourth', errors: [{ messageId: 'burst', data: { count: 4 } }] },
  ],
});
