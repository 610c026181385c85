import { testMessageRule } from '../rule-tester';

// 2026-11-24 is a Tuesday; instants are UTC so each case names its zone.
const at = (iso: string, timeZone = 'UTC') => ({ now: Date.parse(iso), timeZone });

testMessageRule('after-hours', {
  valid: [
    { text: 'Deploy is done.', ctx: at('2026-11-24T10:00:00Z'), why: 'Tuesday 10:00 is inside 09:00–17:00' },
    { text: 'Deploy is done.', why: 'no clock in the context: stay quiet' },
    { text: 'Deploy is done.', ctx: at('2026-11-24T08:30:00Z', 'Europe/Berlin'), why: '08:30 UTC is 09:30 in Berlin' },
    {
      text: 'Deploy is done.',
      ctx: { ...at('2026-11-28T10:00:00Z'), workingHours: { start: '09:00', end: '17:00', days: [1, 2, 3, 4, 5, 6] } },
      why: 'Saturday is a working day here',
    },
  ],
  invalid: [
    {
      text: 'Deploy is done.',
      ctx: at('2026-11-24T22:10:00Z'),
      why: 'Tuesday evening',
      errors: [{ messageId: 'nextTomorrow', message: '09:00 tomorrow' }],
    },
    { text: 'Deploy is done.', ctx: at('2026-11-28T10:00:00Z'), why: 'Saturday', errors: [{ messageId: 'nextLater', message: 'Monday 09:00' }] },
    { text: 'Deploy is done.', ctx: at('2026-11-24T07:30:00Z'), why: 'early morning', errors: [{ messageId: 'nextToday', message: '09:00 today' }] },
    {
      text: 'Deploy is done.',
      ctx: at('2026-11-24T22:00:00Z', 'Asia/Tokyo'),
      why: '22:00 UTC is 07:00 Wednesday in Tokyo',
      errors: [{ messageId: 'nextToday', message: '09:00 today' }],
    },
  ],
});
