import { testMessageRule } from '../rule-tester';

testMessageRule('vague-ask', {
  valid: [
    {
      text: 'what do you think happens if the cache TTL is shorter than the job interval? I suspect double-processing',
      why: 'a concrete question with a hypothesis',
    },
    {
      text: 'thoughts on moving standup to 9:45? pro: Lisbon folks can join; con: clashes with the handover. Deciding Friday',
      why: 'pros, cons and a decision date',
    },
    {
      text: 'Confluence costs us $12k a year and half the pages are stale. Options: A) migrate to Notion ($8k, 2 weeks of work), B) stay and prune. I lean to A. Thoughts?',
      why: 'PRODUCT.md ✓: problem, options with costs, then "thoughts?"',
    },
    { text: 'Draft is ready. Does the pricing section read clearly? Any feedback on that part especially.', why: 'names the specific feedback wanted' },
    { text: 'Should we ship on Tuesday or wait for the fix? Thoughts?', why: 'offers the options' },
    { text: 'We need to decide on the vendor by Friday. What do you think?', why: 'states the decision' },
    { text: 'I think the new logo is great.', why: 'no ask at all' },
    { text: '¿Qué piensas de la propuesta? Cualquier idea es bienvenida.', why: 'not English' },
    { text: 'The supplier is asking if we can take 40 pallets on the 3rd. pls advise', why: 'the question is put; "advise" only asks for the answer' },
    { text: 'Please advise the delivery date for PO 4471.', why: '"advise" as "tell me": a specific fact asked for' },
    { text: 'option A keeps the old flow, option B adds a confirm step. thoughts?', why: 'two options laid out' },
    { text: "I can't build the array unless each function is defined in the same file. any ideas?", why: 'the problem is stated' },
    { text: 'oh sorry, misunderstood your comment, nvm', why: 'a comment read, not asked for' },
  ],
  invalid: [
    { text: "Hey, let's discuss what we should do with Confluence. Any ideas?", why: 'PRODUCT.md ✗', errors: [{ messageId: 'vagueAsk', at: "let's discuss" }] },
    { text: 'any thoughts?', why: 'bare', errors: [{ messageId: 'vagueAsk', at: 'any thoughts' }] },
    { text: 'New homepage mock is up. wdyt?', why: 'chat abbreviation', errors: [{ messageId: 'vagueAsk', at: 'wdyt?' }] },
    {
      text: 'What do you guys think about the roadmap?',
      why: 'open question about a whole topic',
      errors: [{ messageId: 'vagueAsk', at: 'What do you guys think' }],
    },
    {
      text: 'Here is the draft: https://example.com/draft. Let me know what you think!',
      why: 'a link is not the goal',
      errors: [{ messageId: 'vagueAsk', at: 'Let me know what you think' }],
    },
    { text: 'Feedback?', why: 'one word', errors: [{ messageId: 'vagueAsk', at: 'Feedback?' }] },
    { text: 'Please advise.', why: 'advice asked for, no question put', errors: [{ messageId: 'vagueAsk', at: 'Please advise' }] },
    { text: 'feedback on the intake form?', why: 'an input word leading its ask', errors: [{ messageId: 'vagueAsk', at: 'feedback on the intake form?' }] },
    {
      text: 'what do you all reckon about the new shift pattern?',
      why: '"reckon" for "think"',
      errors: [{ messageId: 'vagueAsk', at: 'what do you all reckon about the new shift pattern?' }],
    },
    {
      text: 'been mulling the returns page. thoughts, anyone?',
      why: 'a bare "thoughts" addressed to all',
      errors: [{ messageId: 'vagueAsk', at: 'thoughts' }],
    },
    {
      text: 'I am writing to seek your views on the future of the alumni magazine.',
      why: 'formal open ask',
      errors: [{ messageId: 'vagueAsk', at: 'your views' }],
    },
    {
      text: 'I have put the proposal in the shared drive, let me know ur views',
      why: 'a document named "proposal" is not options laid out',
      errors: [{ messageId: 'vagueAsk', at: 'let me know ur views' }],
    },
    {
      text: 'anything else anyone wants to add?',
      why: 'an open call for additions',
      errors: [{ messageId: 'vagueAsk', at: 'anything else anyone wants to add?' }],
    },
    {
      text: "I'd like to discuss the parking policy with everyone",
      why: 'a topic to discuss, no goal or options',
      errors: [{ messageId: 'vagueAsk', at: "I'd like to discuss" }],
    },
    { text: 'the new banner options are in #design 😅 reactions?', why: 'options named, not laid out', errors: [{ messageId: 'vagueAsk', at: 'reactions?' }] },
  ],
});
