import { testMessageRule } from '../rule-tester';

testMessageRule('missing-context', {
  valid: [
    { text: 'Please submit through the usual portal.', why: '"the usual portal" is a routine both know, not a past conversation' },
    { text: "pls forward me the marks from yesterday's resit", why: 'the possessive names which marks' },
    {
      text: 'per our chat this morning: we keep the old price for existing customers until 1 Sept',
      why: 'the decision is restated after the colon',
    },
    {
      text: 'same issue as the one Emre reported on the Lisbon tills: card reader unpairs when the tablet sleeps. the fix is turning auto-sleep off',
      why: 'rules.md: "same issue" when the issue is described in the message',
    },
    { text: "the doc you asked about is the 'Returns policy v3' PDF, pinned in #cs-team", why: 'the doc is named later in the sentence' },
    { text: 'Can you send me the Q3 pricing doc (the one Lena shared on 3 May: https://docs.example.com/q3)?', why: 'PRODUCT.md ✓: named, dated and linked' },
    { text: 'As discussed in the 3 May retro, we move the launch to 14 May (notes: https://wiki.example.com/retro).', why: 'link and date' },
    { text: 'As discussed, we are moving the payroll migration to vendor B because the quote came in 20% lower.', why: 'the point is restated' },
    { text: 'Same issue again on checkout: "TypeError: cart is undefined" in PAY-1432.', why: 'error text and ticket id' },
    { text: 'The doc for the Q3 offsite is in the team drive under Planning.', why: 'the noun says which one' },
    {
      text: 'See above.\n\nOn Mon, 2 Nov 2026 at 09:00, Ben <ben@x.com> wrote:\n> The freeze starts Thursday.',
      surface: 'email',
      why: 'a reply with the history below it',
    },
    { text: 'I attached the file with the March numbers.', why: 'attachment' },
    { text: 'Wie besprochen, bitte das Dokument schicken.', why: 'not English' },
    { text: 'pls review the PR — the one that renames the billing tables (#2231)', why: 'the dash names it' },
  ],
  invalid: [
    { text: 'Can you send me the doc we talked about?', why: 'PRODUCT.md ✗', errors: [{ messageId: 'vagueNoun', at: 'the doc' }] },
    { text: 'same issue again', why: 'PRODUCT.md ✗: which issue?', errors: [{ messageId: 'recall', at: 'same issue again' }] },
    { text: 'As discussed, please go ahead.', why: 'go ahead with what?', errors: [{ messageId: 'recall', at: 'As discussed' }] },
    { text: 'as you know, that thing is blocking us', why: 'two vague references, first one reported', errors: [{ messageId: 'recall', at: 'as you know' }] },
    { text: 'Did you get a chance to look at that thing I sent?', why: 'vague referent', errors: [{ messageId: 'recall', at: 'that thing' }] },
    { text: 'see above', why: 'PRODUCT.md ✗: nothing above in a new message', errors: [{ messageId: 'recall', at: 'see above' }] },
    { text: 'following up on the above', why: 'nothing above in a new message', errors: [{ messageId: 'recall', at: 'following up on the above' }] },
    { text: 'please redo the labels like we agreed', why: 'an agreement the reader must recall', errors: [{ messageId: 'recall', at: 'like we agreed' }] },
    { text: 'still waiting on that 🙃', why: '"that" with nothing before it', errors: [{ messageId: 'recall', at: 'still waiting on that' }] },
    { text: 'can we go with the other version instead?', why: 'which other version?', errors: [{ messageId: 'recall', at: 'the other version' }] },
    { text: 're the doc — is it signed?', why: 'a dash followed by a question does not name the doc', errors: [{ messageId: 'vagueNoun', at: 'the doc' }] },
    { text: 'Need the deck we went over ASAP', why: 'a need overlapping the vague noun still finds it', errors: [{ messageId: 'vagueNoun', at: 'the deck' }] },
    {
      text: 'Circling back on our call — did you get a chance to try it?',
      why: 'the follow-up still says only "it"',
      errors: [{ messageId: 'recall', at: 'Circling back on our call' }],
    },
  ],
});
