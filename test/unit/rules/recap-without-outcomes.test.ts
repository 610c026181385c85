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
    { text: 'thanks for the retro folks. decided: we drop the Friday deploys, Ana owns the checklist', why: 'decision and owner' },
    { text: 'we raised $4,200 at the bake sale, thanks all for coming!', why: 'a result reported' },
    { text: 'a short intro would be really helpful if the discussion moves to the dev list', why: 'ahead, not back' },
    { text: "what's a good way to review forward ports?", why: 'praise of a way, not of a review' },
    {
      text: 'Thanks for the seminar today! Slides are on the course page; the reading for next week is chapter 4.',
      why: 'where the slides are and what is next',
    },
    { text: 'thanks for taking the customer call earlier, they renewed', why: 'a result' },
  ],
  invalid: [
    { text: "Guys, it was awesome! Great brainstorm! Let's do it!", why: 'PRODUCT.md ✗', errors: [{ messageId: 'noOutcomes', at: 'it was awesome' }] },
    { text: 'Great meeting everyone, thanks!', why: 'pleasantry only', errors: [{ messageId: 'noOutcomes', at: 'Great meeting' }] },
    { text: 'thanks all for joining the kickoff 🎉', why: 'chat style', errors: [{ messageId: 'noOutcomes', at: 'thanks all for joining' }] },
    { text: 'Productive call today. Talk soon!', why: 'no outcome', errors: [{ messageId: 'noOutcomes', at: 'Productive call' }] },
    { text: 'gr8 mtg ppl, ty 🙏', why: 'shorthand praise of a meeting', errors: [{ messageId: 'noOutcomes', at: 'gr8 mtg ppl' }] },
    {
      text: 'what a conference!! thanks to all who staffed the stand',
      why: 'a gathering praised, nothing decided',
      errors: [{ messageId: 'noOutcomes', at: 'what a conference' }],
    },
    {
      text: 'thanks for the retro folks, lots of good points raised 👍',
      why: '"points raised" is no result',
      errors: [{ messageId: 'noOutcomes', at: 'thanks' }],
    },
    {
      text: 'sprint planning done ✅ great work everyone',
      why: 'a gathering done, then praise',
      errors: [{ messageId: 'noOutcomes', at: 'sprint planning done ✅ great work everyone' }],
    },
    {
      text: 'kickoff ✅ great to see everyone',
      why: '"great to see everyone" after the gathering',
      errors: [{ messageId: 'noOutcomes', at: 'kickoff ✅ great to see everyone' }],
    },
    {
      text: "Thank you for your participation in today's steering committee.",
      why: 'formal thanks for taking part',
      errors: [{ messageId: 'noOutcomes', at: "Thank you for your participation in today's steering committee" }],
    },
    {
      text: 'what a launch party 🎉 you all rocked',
      why: 'a party praised, nothing decided',
      errors: [{ messageId: 'noOutcomes', at: 'what a launch' }],
    },
  ],
});
