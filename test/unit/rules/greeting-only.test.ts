import { testMessageRule } from '../rule-tester';

testMessageRule('greeting-only', {
  valid: [
    { text: 'hi! the EU build has been red since 10:02, can you check job 1234?', why: 'PRODUCT.md ✓: greeting plus the point' },
    { text: 'Hi Anna, the invoice for March is attached.', why: 'a greeting that opens a real message' },
    { text: 'hey, deploy is done', why: 'short, but says something' },
    { text: 'Good morning! Standup notes are in #team-notes.', why: 'greeting plus information' },
    { text: 'thanks!', why: 'thanks is not a greeting' },
    { text: '', why: 'empty drafts are not findings' },
    { text: 'Hola, ¿puedes revisar el contrato antes del viernes?', why: 'Spanish greeting followed by a real request' },
    { text: 'Hello everyone, the release is on Friday and the freeze starts Thursday.', why: 'long message that starts with a greeting' },
    { text: 'are you around to review the PR?', why: 'presence check with the ask in it: not greeting only' },
    { text: 'hi, is the build green yet?', why: 'a status question, not a presence check' },
    { text: 'hey, on it', why: 'an acceptance, not a presence check' },
  ],
  invalid: [
    { text: 'hi', why: 'PRODUCT.md ✗', errors: [{ messageId: 'greetingOnly', at: 'hi' }] },
    {
      text: 'Hey Anna, are you there?',
      why: 'PRODUCT.md ✗: greeting, name and presence check',
      errors: [{ messageId: 'greetingOnly', at: 'Hey Anna, are you there?' }],
    },
    { text: 'good morning :)', why: 'PRODUCT.md ✗: emoticon allowed', errors: [{ messageId: 'greetingOnly', at: 'good morning :)' }] },
    { text: 'ping', why: 'PRODUCT.md ✗: presence check', errors: [{ messageId: 'greetingOnly', at: 'ping' }] },
    { text: 'is Kofi on yet?', why: 'rules.md: presence check in any wording, with a name', errors: [{ messageId: 'greetingOnly', at: 'is Kofi on yet?' }] },
    { text: 'jen: around?', why: 'IRC addressing prefix and a bare presence question', errors: [{ messageId: 'greetingOnly', at: 'jen: around?' }] },
    {
      text: 'heya, is anyone from infra on?',
      why: 'presence check for a team',
      errors: [{ messageId: 'greetingOnly', at: 'heya, is anyone from infra on?' }],
    },
    { text: '@ravi u around', why: 'chat shorthand "u"', errors: [{ messageId: 'greetingOnly', at: '@ravi u around' }] },
    { text: 'Hi Marta, are you at your desk?', why: 'presence at a place', errors: [{ messageId: 'greetingOnly', at: 'Hi Marta, are you at your desk?' }] },
    { text: '  Hello @marco 👋  ', why: 'mention, emoji and surrounding space', errors: [{ messageId: 'greetingOnly', at: 'Hello @marco 👋' }] },
    { text: 'hey :wave: you around?', why: 'Slack shortcode emoji and presence check', errors: [{ messageId: 'greetingOnly', at: 'hey :wave: you around?' }] },
    { text: 'привет!', why: 'Russian greeting', errors: [{ messageId: 'greetingOnly', at: 'привет!' }] },
    { text: 'こんにちは', why: 'Japanese greeting, no spaces', errors: [{ messageId: 'greetingOnly', at: 'こんにちは' }] },
    { text: 'Bonjour Claire !', why: 'French greeting with a name', errors: [{ messageId: 'greetingOnly', at: 'Bonjour Claire !' }] },
    {
      text: 'Hi team,\n\nBest,\nMaria',
      surface: 'email',
      why: 'signature is not the author’s message',
      errors: [{ messageId: 'greetingOnly', at: 'Hi team,' }],
    },
    {
      text: 'hi\n\nOn Tue, 3 May 2026 at 10:02, Lena <lena@x.com> wrote:\n> can you send the deck?',
      surface: 'email',
      why: 'quoted history is not the author’s new text',
      errors: [{ messageId: 'greetingOnly', at: 'hi' }],
    },
    { text: 'hello? anyone?', why: 'two presence checks', errors: [{ messageId: 'greetingOnly', at: 'hello? anyone?' }] },
  ],
});
