import { testMessageRule } from '../rule-tester';

testMessageRule('sync-escalation', {
  valid: [
    { text: 'hey @omar, can you send me the doc from the call asap?', why: 'rules.md: "call" as a noun' },
    { text: 'Any problem you can call me on WhatsApp.', why: 'an offer, not a proposal' },
    { text: "I'll jump on a call with the printer vendor and report back.", why: 'a call with someone else' },
    { text: "Customer asked 'can you hop on a call?' and I answered in writing", why: 'quoted' },
    { text: "I'd like to talk through your review feedback live — it's a sensitive one.", why: 'PRODUCT.md ✓: says why live' },
    { text: 'On the call we agreed to ship on Friday.', why: 'call as a noun in a summary' },
    { text: 'The client call is at 3pm.', why: 'a scheduled call, not a proposal' },
    { text: 'Can we do a quick brainstorm call on names for the launch?', why: 'brainstorm is a keep-sync kind' },
    { text: 'This function should call the billing API twice.', why: 'call as a verb in code' },
    { text: 'Thanks for the quick call earlier!', why: 'after a call, not proposing one' },
    { text: 'Können wir kurz telefonieren?', why: 'not English' },
    { text: "who's on call tonight? the pager rota is blank", why: '"on call" is a duty' },
    { text: "could we do a short call about the reorg? some of it touches your role and I'd rather not put that in writing", why: 'a reason not to write it' },
    { text: "welcome Ines! I'll call you at 10 for your onboarding walk-through", why: 'onboarding' },
    { text: 'did you get on the call with the auditors?', why: 'a call that happened' },
    { text: 'we had a call in 5 minutes, it went fine', why: 'a past call' },
  ],
  invalid: [
    { text: 'Can we hop on a quick call about the roadmap?', why: 'PRODUCT.md ✗', errors: [{ messageId: 'syncEscalation', at: 'hop on' }] },
    { text: "let's jump on a quick zoom", why: 'PRODUCT.md ✗', errors: [{ messageId: 'syncEscalation', at: 'jump on' }] },
    { text: "Let's meet to discuss the Q3 budget.", why: 'PRODUCT.md ✗', errors: [{ messageId: 'syncEscalation', at: "Let's meet" }] },
    { text: 'quick huddle?', why: 'chat shorthand', errors: [{ messageId: 'syncEscalation', at: 'quick huddle' }] },
    { text: 'Do you have time for a call about the invoice format?', why: 'availability for a call', errors: [{ messageId: 'syncEscalation', at: 'a call' }] },
    { text: 'Should we set up a meeting about the Q4 budget?', why: 'proposes a meeting', errors: [{ messageId: 'syncEscalation', at: 'set up a meeting' }] },
    { text: 'ring me', why: 'rules.md: imperative in chat register', errors: [{ messageId: 'syncEscalation', at: 'ring me' }] },
    {
      text: 'mind if I phone you about the Jansen order?',
      why: 'rules.md: "mind if I call?"',
      errors: [{ messageId: 'syncEscalation', at: 'mind if I phone you about the Jansen order?' }],
    },
    {
      text: 'free for a 15 min call re the tender?',
      why: 'rules.md: "free for a 10 min call?"',
      errors: [{ messageId: 'syncEscalation', at: 'free for a 15 min call re the tender?' }],
    },
    {
      text: 'sending you an invite for 3pm so we can go over the pricing tiers',
      why: 'rules.md: an invite to go over it',
      errors: [{ messageId: 'syncEscalation', at: 'sending you an invite for 3pm so we can go over the pricing tiers' }],
    },
    { text: 'this is getting long, huddle?', why: 'a one-word proposal', errors: [{ messageId: 'syncEscalation', at: 'huddle?' }] },
    { text: 'easier to talk — call in 5?', why: 'a call in N minutes, asked', errors: [{ messageId: 'syncEscalation', at: 'easier to talk — call in 5?' }] },
    { text: 'wanna do a quick gmeet on this?', why: '"do a gmeet"', errors: [{ messageId: 'syncEscalation', at: 'wanna do a quick gmeet on this?' }] },
    {
      text: 'Could we grab 15 min on Teams to align on the budget lines?',
      why: 'a span on a call medium to align',
      errors: [{ messageId: 'syncEscalation', at: 'Could we grab 15 min on Teams to align on the budget lines?' }],
    },
    {
      text: "I'll put something in your calendar so we can walk through the draft",
      why: 'a calendar slot to walk through it',
      errors: [{ messageId: 'syncEscalation', at: "I'll put something in your calendar so we can walk through the draft" }],
    },
    {
      text: 'Would be good to get on a call re: the shortlist.',
      why: '"get on a call"',
      errors: [{ messageId: 'syncEscalation', at: 'Would be good to get on a call re' }],
    },
  ],
});
