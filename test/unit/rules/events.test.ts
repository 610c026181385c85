import { testEventRule } from '../rule-tester';

testEventRule('no-agenda', {
  valid: [
    { guests: 0, why: 'a solo focus block needs no agenda' },
    { guests: 3, description: 'Goal: decide the Q3 launch date.', why: 'states a goal' },
    { guests: 3, description: 'Topics:\n- pricing\n- staffing', why: 'a list of topics' },
    { guests: 3, description: '1. Demo the prototype\n2. Collect blockers', why: 'numbered topics' },
    { guests: 5, title: 'Team coffee ☕', why: 'social events need no agenda' },
  ],
  invalid: [
    { guests: 3, why: 'guests and an empty description', errors: [{ messageId: 'noAgenda' }] },
    { guests: 3, description: 'Join Zoom: https://zoom.us/j/123', why: 'only a video link', errors: [{ messageId: 'noAgenda' }] },
    { guests: 1, description: 'Let us chat.', title: 'Catch-up', why: 'no goal, no topics', errors: [{ messageId: 'noAgenda' }] },
  ],
});

testEventRule('status-meeting', {
  valid: [
    { title: '1:1 Anna / Ben', why: 'keep-sync: one-on-one' },
    { title: '1:1 check-in', why: 'a 1:1 even when called a check-in' },
    { title: 'Q3 planning session', why: 'keep-sync: planning' },
    { title: 'Incident postmortem: EU outage', why: 'keep-sync: incident' },
    { title: 'Design brainstorm', why: 'keep-sync: brainstorm' },
    { title: 'Customer call — Acme renewal', why: 'keep-sync: customer' },
    { title: 'Pricing decision', description: 'Goal: pick plan A or B.', why: 'a decision meeting' },
  ],
  invalid: [
    { title: 'Weekly status update', why: 'status update', errors: [{ messageId: 'statusMeeting' }] },
    { title: 'Daily standup', why: 'standup', errors: [{ messageId: 'statusMeeting' }] },
    { title: 'Project Phoenix check-in', why: 'check-in', errors: [{ messageId: 'statusMeeting' }] },
    { title: 'FYI: new expense tool', why: 'FYI', errors: [{ messageId: 'statusMeeting' }] },
    { title: 'Prep meeting for the leadership meeting', why: 'meeting about a meeting', errors: [{ messageId: 'statusMeeting' }] },
    { title: 'Logo feedback round', why: 'a poll or feedback round', errors: [{ messageId: 'statusMeeting' }] },
    {
      title: 'Team meeting',
      description: 'Weekly status update from each squad.',
      why: 'description says status update',
      errors: [{ messageId: 'statusMeeting' }],
    },
  ],
});

testEventRule('large-meeting', {
  valid: [
    { guests: 8, why: 'at the default limit' },
    { guests: 12, ctx: { largeMeetingGuests: 15 }, why: 'under a raised limit' },
  ],
  invalid: [
    { guests: 9, why: 'over the default 8', errors: [{ messageId: 'large', data: { guests: 9 } }] },
    { guests: 5, ctx: { largeMeetingGuests: 4 }, why: 'over a lowered limit', errors: [{ messageId: 'large' }] },
  ],
});

testEventRule('long-meeting', {
  valid: [
    { durationMinutes: 60, why: 'at the default limit' },
    { durationMinutes: 24 * 60, why: 'an all-day block' },
  ],
  invalid: [
    { durationMinutes: 90, why: 'over 60 minutes', errors: [{ messageId: 'long', data: { minutes: 90 } }] },
    { durationMinutes: 45, ctx: { longMeetingMinutes: 30 }, why: 'over a lowered limit', errors: [{ messageId: 'long' }] },
  ],
});

testEventRule('recurring-no-end', {
  valid: [
    { recurring: false, why: 'a single event' },
    { recurring: true, recurrenceEnds: true, why: 'has an end date or count' },
  ],
  invalid: [
    { recurring: true, recurrenceEnds: false, why: 'repeats forever', errors: [{ messageId: 'noEnd' }] },
    {
      recurring: true,
      recurrenceEnds: false,
      start: '2026-11-23T09:30',
      why: 'with a start, a concrete end a quarter later is suggested',
      errors: [{ messageId: 'noEndSuggested', data: { until: '2027-02-22' } }],
    },
  ],
});

testEventRule('outside-hours', {
  valid: [
    { start: '2026-11-24T09:00', durationMinutes: 60, why: 'Tuesday 09:00–10:00' },
    { start: '2026-11-24T16:30', durationMinutes: 30, why: 'ends exactly at 17:00' },
    { why: 'no start time known' },
    { start: '2026-11-28T00:00', durationMinutes: 24 * 60, why: 'all-day' },
  ],
  invalid: [
    { start: '2026-11-24T08:00', durationMinutes: 30, why: 'before 09:00', errors: [{ messageId: 'outside', data: { hours: '09:00–17:00' } }] },
    { start: '2026-11-24T16:30', durationMinutes: 60, why: 'runs past 17:00', errors: [{ messageId: 'outside' }] },
    { start: '2026-11-28T10:00', durationMinutes: 30, why: 'Saturday', errors: [{ messageId: 'outside' }] },
    {
      start: '2026-11-24T14:30',
      durationMinutes: 30,
      ctx: { workingHours: { start: '06:00', end: '14:00', days: [1, 2, 3, 4, 5] } },
      why: 'after custom early hours',
      errors: [{ messageId: 'outside', data: { hours: '06:00–14:00' } }],
    },
  ],
});

testEventRule('meeting-cost', {
  valid: [{ guests: 0, durationMinutes: 60, why: 'no guests, no cost to others' }],
  invalid: [
    {
      guests: 5,
      durationMinutes: 60,
      why: '(5 + 1) × 1 h × $60',
      errors: [{ messageId: 'cost', data: { amount: 360, people: 6, hours: 1 }, message: '$360' }],
    },
    {
      guests: 3,
      durationMinutes: 30,
      ctx: { hourlyRate: 100, currency: 'EUR' },
      why: '(3 + 1) × 0.5 h × €100',
      errors: [{ messageId: 'cost', data: { amount: 200 }, message: '€200' }],
    },
    {
      guests: 4,
      durationMinutes: 30,
      recurring: true,
      recurrenceFrequency: 'weekly',
      why: 'a weekly series also shows the monthly cost',
      errors: [{ messageId: 'costRecurring', data: { amount: 150, monthlyAmount: 649.5 } }],
    },
  ],
});
