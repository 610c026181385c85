import { testMessageRule } from '../rule-tester';

testMessageRule('false-urgency', {
  valid: [
    { text: 'Need the numbers by 14:00 — the board call starts then.', why: 'PRODUCT.md ✓: time and reason' },
    { text: 'URGENT: checkout is down for all EU customers, can you look?', why: 'a reason: outage' },
    { text: 'Please send the contract ASAP because the offer expires tonight.', why: 'because …' },
    { text: 'The urgent-care appointment moved to 3pm.', why: 'harmless compound' },
    { text: 'Not urgent, but could you check the footer?', why: 'negated' },
    { text: 'Right now we use Jira for tickets.', why: '"right now" meaning currently' },
    { text: 'Put my sister down as the emergency contact.', why: 'emergency contact' },
    { text: 'Is it urgent?', why: 'asking about urgency' },
    { text: '¡Necesito los números urgente!', why: 'not English' },
  ],
  invalid: [
    { text: 'Need the numbers ASAP!!!', why: 'PRODUCT.md ✗', errors: [{ messageId: 'falseUrgency', at: 'ASAP', data: { word: 'ASAP' } }] },
    { text: 'URGENT pls review', why: 'capitals, no reason', errors: [{ messageId: 'falseUrgency', at: 'URGENT' }] },
    { text: 'I need this right now', why: 'demand', errors: [{ messageId: 'falseUrgency', at: 'right now' }] },
    { text: 'help!', why: 'PRODUCT.md lists "help!"', errors: [{ messageId: 'falseUrgency', at: 'help!' }] },
    { text: 'Call me back!!!', why: 'three exclamation marks', errors: [{ messageId: 'falseUrgency', at: '!!!' }] },
    { text: 'Drop everything and look at the deck.', why: 'drop everything', errors: [{ messageId: 'falseUrgency', at: 'Drop everything' }] },
  ],
});
