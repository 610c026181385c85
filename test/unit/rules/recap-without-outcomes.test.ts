import { testMessageRule } from '../rule-tester';

testMessageRule('recap-without-outcomes', {
  valid: [
    {
      text: 'Thanks, everyone. Summary: online conference in November; PM: Clair; budget $30k; website: Perry. Discussion continues in #awards.',
      why: 'PRODUCT.md ✓: decisions and owners',
    },
    { text: 'Great meeting! We decided to ship v2 on 1 Dec; Omar owns the release notes.', why: 'decision and owner' },
    { text: 'Thanks all for joining. Next steps:\n- Lea drafts the RFC\n- Ben books the room', why: 'next steps as a list' },
    { text: 'Thanks all for the quick replies!', why: 'not after a meeting' },
    { text: 'Great session today, notes are here: https://docs.example.com/notes', why: 'links the written outcome' },
    { text: '¡Gran reunión, gracias a todos!', why: 'not English' },
  ],
  invalid: [
    { text: "Guys, it was awesome! Great brainstorm! Let's do it!", why: 'PRODUCT.md ✗', errors: [{ messageId: 'noOutcomes', at: 'it was awesome' }] },
    { text: 'Great meeting everyone, thanks!', why: 'pleasantry only', errors: [{ messageId: 'noOutcomes', at: 'Great meeting' }] },
    { text: 'thanks all for joining the kickoff 🎉', why: 'chat style', errors: [{ messageId: 'noOutcomes', at: 'thanks all for joining' }] },
    { text: 'Productive call today. Talk soon!', why: 'no outcome', errors: [{ messageId: 'noOutcomes', at: 'Productive call' }] },
  ],
});
