import { testMessageRule } from '../rule-tester';

testMessageRule('false-urgency', {
  valid: [
    { text: 'thanks so much for the help!!! deploy went through 🎉', why: 'rules.md: "help!" inside a thank-you; "!!!" in celebration asks nothing' },
    { text: 'we hit 10k newsletter subscribers!!!', why: 'excitement, not a demand' },
    { text: 'the ASAP flag on CS-118 was set by the customer', why: '"ASAP" names a marker' },
    { text: 'The new Emergency Evacuation Plan poster is up by the lifts', why: 'rules.md: "Emergency" in a title' },
    { text: 'The support team noticed straight away that the reports are faster.', why: 'told as a past event' },
    { text: 'Need the numbers by 14:00 — the board call starts then.', why: 'PRODUCT.md ✓: time and reason' },
    { text: 'URGENT: checkout is down for all EU customers, can you look?', why: 'a reason: outage' },
    { text: 'Please send the contract ASAP because the offer expires tonight.', why: 'because …' },
    { text: 'The urgent-care appointment moved to 3pm.', why: 'harmless compound' },
    { text: 'Not urgent, but could you check the footer?', why: 'negated' },
    { text: 'Right now we use Jira for tickets.', why: '"right now" meaning currently' },
    { text: 'Put my sister down as the emergency contact.', why: 'emergency contact' },
    { text: 'Is it urgent?', why: 'asking about urgency' },
    { text: '¡Necesito los números urgente!', why: 'not English' },
    { text: 'the emergency patch from Tuesday is in 4.1.3, notes in the changelog', why: '"emergency patch" names a release' },
    { text: 'urgent: the freezer in lab 2 shows a fault, facilities are on their way', why: 'a fault is the reason' },
    { text: "we're out of A4 at reception, pls order 5 boxes asap", why: 'running out is the reason' },
    { text: 'swamped rn, will look after lunch', why: '"rn" describing the present, nothing asked' },
  ],
  invalid: [
    {
      text: 'pls approve the wire for Kestrel Ltd immediately',
      why: 'chat "pls" request with "immediately"',
      errors: [{ messageId: 'falseUrgency', at: 'immediately' }],
    },
    {
      text: 'EMERGENCY - someone pls look at the claims inbox',
      why: 'a request after the dash is not a reason',
      errors: [{ messageId: 'falseUrgency', at: 'EMERGENCY' }],
    },
    { text: 'Need the numbers ASAP!!!', why: 'PRODUCT.md ✗', errors: [{ messageId: 'falseUrgency', at: 'ASAP', data: { word: 'ASAP' } }] },
    { text: 'URGENT pls review', why: 'capitals, no reason', errors: [{ messageId: 'falseUrgency', at: 'URGENT' }] },
    { text: 'I need this right now', why: 'demand', errors: [{ messageId: 'falseUrgency', at: 'right now' }] },
    { text: 'help!', why: 'PRODUCT.md lists "help!"', errors: [{ messageId: 'falseUrgency', at: 'help!' }] },
    { text: 'Call me back!!!', why: 'three exclamation marks', errors: [{ messageId: 'falseUrgency', at: '!!!' }] },
    { text: 'Drop everything and look at the deck.', why: 'drop everything', errors: [{ messageId: 'falseUrgency', at: 'Drop everything' }] },
    { text: 'can someone take the banner down rn', why: '"rn" is "right now" in a request', errors: [{ messageId: 'falseUrgency', at: 'rn' }] },
    {
      text: 'the signage needs the new logo — top priority, pls get on it',
      why: 'an urgency word after a dash is no reason',
      errors: [{ messageId: 'falseUrgency', at: 'top priority' }],
    },
  ],
});
