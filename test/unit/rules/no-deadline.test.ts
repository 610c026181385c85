import { testMessageRule } from '../rule-tester';

testMessageRule('no-deadline', {
  valid: [
    { text: 'Could you review my PR by Thursday noon?', why: 'PRODUCT.md ✓: a deadline' },
    { text: 'Could you review my PR? No rush.', why: 'PRODUCT.md ✓: no rush is an expectation' },
    { text: 'Can you send the deck before the 3pm call?', why: 'relative to an event' },
    { text: 'Please update the forecast by EOD.', why: 'EOD' },
    { text: 'Could you look at the logs tomorrow evening?', why: 'tomorrow evening' },
    { text: 'Can you take this in the next sprint?', why: 'next sprint' },
    { text: 'pls review whenever you get a chance', why: 'whenever' },
    { text: 'Please find attached the Q3 invoice.', why: 'not a request to act' },
    { text: 'Let me know if you have any questions.', why: 'closing formula' },
    { text: 'Can you believe it? We shipped!', why: 'rhetorical' },
    { text: 'Can we move the sync to Thursday?', why: 'a proposal with a date' },
    { text: 'Review went well, thanks all.', why: 'noun use of a verb' },
    { text: 'Update: the migration finished at 02:00.', why: 'a heading, not a command' },
    { text: 'Könntest du bitte den Bericht prüfen?', why: 'not English' },
    { text: 'Could you review the PR by end of the week?', why: 'end of the week' },
    { text: 'Please send the numbers within 2 hours.', why: 'within a duration' },
    { text: 'send me the final logos by the 20th pls', why: 'a day of the month is a time expectation' },
    { text: 'check the SPF record for mail.acme.io when u can — bounces are up', why: 'chat shorthand "when u can" is a relaxed time' },
    { text: 'ping me after 3 if the import is still stuck', why: '"after 3" is a time' },
    { text: 'deploy 1.43 is out, changelog in #releases', why: '"deploy" before a version is a noun, not a command' },
    {
      text: 'Hi Marek,\n\nWe have booked the auditors for the first week of June so they can\ncheck the stock counts at both sites. I will confirm the dates later.\n\nBest,\nHana',
      surface: 'email',
      why: 'a hard-wrapped line that starts with "check" is not an imperative',
    },
    { text: 'please submit timesheets by the 15th of each month', why: '"by the 15th of the month"' },
  ],
  invalid: [
    { text: 'Could you review my PR?', why: 'PRODUCT.md ✗', errors: [{ messageId: 'noDeadline', at: 'Could you review my PR?' }] },
    {
      text: 'Hi Tom, please send me the signed contract.',
      why: 'please + verb',
      errors: [{ messageId: 'noDeadline', at: 'please send me the signed contract.' }],
    },
    { text: 'Send me the deck.', why: 'imperative', errors: [{ messageId: 'noDeadline', at: 'Send me the deck.' }] },
    { text: 'The build is green. Can someone merge it?', why: 'request to any reader', errors: [{ messageId: 'noDeadline', at: 'Can someone merge it?' }] },
    {
      text: 'would you mind checking the invoice totals',
      why: 'polite form',
      errors: [{ messageId: 'noDeadline', at: 'would you mind checking the invoice totals' }],
    },
    { text: 'hey can u pls fix the footer link 🙏', why: 'chat style', errors: [{ messageId: 'noDeadline', at: 'can u pls fix the footer link 🙏' }] },
    {
      text: 'Pls forward the invoice ASAP',
      why: 'rules.md: ASAP is urgency, not a time expectation',
      errors: [{ messageId: 'noDeadline', at: 'Pls forward the invoice ASAP' }],
    },
    {
      text: 'Can you send the stability data immediately?',
      why: 'rules.md: "immediately" gives no time to plan against',
      errors: [{ messageId: 'noDeadline', at: 'Can you send the stability data immediately?' }],
    },
  ],
});
