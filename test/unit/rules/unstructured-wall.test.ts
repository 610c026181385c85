import { testMessageRule } from '../rule-tester';

const sentence = 'The migration plan changes the order of the database steps and the cache warmup so that we can keep the checkout available. ';
const wall = sentence.repeat(8).trim();
const split = `${sentence.repeat(4).trim()}\n\n${sentence.repeat(4).trim()}`;
const listed = `Plan:\n- ${sentence.repeat(4).trim()}\n- ${sentence.repeat(4).trim()}`;

testMessageRule('unstructured-wall', {
  valid: [
    { text: split, surface: 'email', why: 'the same words in two paragraphs' },
    { text: listed, surface: 'email', why: 'a list' },
    { text: 'Is the API ready? Who owns QA?', why: 'two questions are fine' },
    { text: 'Is the API ready?\n\nWho owns QA?\n\nWhen do we ship?', surface: 'email', why: 'questions in separate paragraphs' },
    { text: 'Link: https://example.com/search?q=a and https://example.com/x?y=b', why: 'query strings are not questions' },
    { text: sentence.repeat(5).trim(), why: 'under the word limit' },
    { text: 'ana? ben? are you in?', why: 'pings, not a block of questions' },
  ],
  invalid: [
    { text: wall, surface: 'email', why: 'over 150 words in one block', errors: [{ messageId: 'wall', data: { words: 176 } }] },
    { text: 'Is the API ready? Who owns QA? When do we ship?', why: 'three questions in one block', errors: [{ messageId: 'questions', data: { count: 3 } }] },
    {
      text: sentence.repeat(5).trim(),
      ctx: { rules: { 'unstructured-wall': { sensitivity: 'strict' } } },
      why: 'strict lowers the limit to 100 words',
      errors: [{ messageId: 'wall' }],
    },
  ],
});
