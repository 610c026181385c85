import { testMessageRule } from '../rule-tester';

testMessageRule('ask-to-ask', {
  valid: [
    { text: 'Let me know if you have any questions', why: 'an offer to answer, not an announced question' },
    { text: 'anyone know the wifi password?', why: 'the question itself' },
    { text: 'having trouble with the VPN: it drops every 5 minutes on the office wifi', why: 'the problem is described' },
    { text: 'Quick question: do we deploy the EU tenant to eu-west-1 or eu-central-1?', why: 'PRODUCT.md ✓: the question follows' },
    { text: 'Does anyone know why the EU build fails with OOM since Tuesday?', why: 'a real question, not a topic check' },
    { text: 'Anyone know the wifi password for the 3rd floor?', why: 'the question itself' },
    { text: 'Got a minute to look at the failing deploy on staging? Logs: https://ci.example.com/1234', why: 'says what and links it' },
    { text: 'Can you help me review the pricing table?', why: 'a request with its object' },
    { text: 'I have experience with Kafka if you need help on the migration.', why: 'an offer, not an ask' },
    {
      text: 'hi, got a sec? The invoice export for March shows duplicated rows for 14 customers and finance needs it tomorrow.',
      why: 'availability check followed by the actual problem',
    },
    { text: 'Necesito ayuda, ¿tienes un minuto?', why: 'not English: phrase rules stay quiet' },
    { text: 'good question, the limit is 50 per batch', why: '"good question" comments on one' },
    { text: 'any updates around the release?', why: 'updates are no kind of person' },
    { text: 'about three weeks ago', why: 'a time, not a topic announced' },
  ],
  invalid: [
    {
      text: 'hi, question about building from source on arch',
      why: 'rules.md: announces a question without asking it',
      errors: [{ messageId: 'askToAsk', at: 'question about building from source on arch' }],
    },
    {
      text: 'got a question about my payslip, when works for you?',
      why: 'rules.md: a question to come plus availability',
      errors: [{ messageId: 'askToAsk', at: 'got a question about my payslip' }],
    },
    { text: 'any k8s folks around?', why: 'rules.md: looking for people, no question', errors: [{ messageId: 'topicOnly', at: 'any k8s folks around?' }] },
    {
      text: 'hey, something weird going on with the staging db',
      why: 'a problem announced, not described',
      errors: [{ messageId: 'askToAsk', at: 'something weird going on with the staging db' }],
    },
    { text: 'quick question', why: 'PRODUCT.md ✗', errors: [{ messageId: 'askToAsk', at: 'quick question' }] },
    { text: 'got a minute?', why: 'PRODUCT.md ✗', errors: [{ messageId: 'askToAsk', at: 'got a minute' }] },
    { text: 'Anyone here familiar with Kafka?', why: 'PRODUCT.md ✗: topic check', errors: [{ messageId: 'topicOnly', at: 'Anyone here familiar with' }] },
    { text: 'Hi Sam, can I ask you something?', why: 'permission to ask', errors: [{ messageId: 'askToAsk', at: 'can I ask you something' }] },
    { text: 'hey do you have a sec? 🙏', why: 'availability with emoji', errors: [{ messageId: 'askToAsk', at: 'do you have a sec' }] },
    { text: 'Does anybody know Terraform?', why: 'topic check without the question', errors: [{ messageId: 'topicOnly', at: 'Does anybody know' }] },
    { text: 'Is anyone good with Excel macros?', why: 'topic check phrased as skill', errors: [{ messageId: 'topicOnly', at: 'anyone good with' }] },
    { text: 'Could I bother you for a moment?', why: 'asks to interrupt', errors: [{ messageId: 'askToAsk', at: 'Could I bother you' }] },
    {
      text: 'urgent question, anyone around?',
      why: 'an announced question is no address before a comma',
      errors: [{ messageId: 'askToAsk', at: 'urgent question' }],
    },
    { text: 'Rust wizards, you there?', why: 'experts called out, then a presence check', errors: [{ messageId: 'topicOnly', at: 'Rust wizards' }] },
    { text: 'any pythonistas awake?', why: 'a kind of person asked after', errors: [{ messageId: 'topicOnly', at: 'any pythonistas awake?' }] },
    { text: 'is there an iOS person around?', why: '"is there a … person"', errors: [{ messageId: 'topicOnly', at: 'is there an iOS person around?' }] },
    { text: 'having an issue w the staging api 😕', why: '"w" for "with"', errors: [{ messageId: 'askToAsk', at: 'having an issue w the staging api 😕' }] },
    { text: 'quick one 🙂', why: 'an emoji adds nothing', errors: [{ messageId: 'askToAsk', at: 'quick one' }] },
    {
      text: 'any SQL people around? billing question',
      why: 'the question named by its topic only',
      errors: [{ messageId: 'topicOnly', at: 'any SQL people around?' }],
    },
  ],
});
