import { defineMessageRule } from '../rule';
import { wordsIn } from '../signals';

const WORDS_LIMIT = { strict: 100, balanced: 150, relaxed: 250 } as const;

/** Questions in a range: runs of "?" that end a sentence count once. */
function questions(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('?', from); i !== -1 && i < to; i = s.indexOf('?', i + 1)) {
    if (s.charCodeAt(i + 1) === 63) continue;
    // "?" inside a link's query string is not a question.
    const next = s.charCodeAt(i + 1);
    if (next >= 97 && next <= 122) continue;
    n++;
  }
  return n;
}

/*
 * Hit: a 200-word single paragraph; "Is the API ready? Who owns QA? When do we ship?" in one block.
 * Not: the same words split into paragraphs or a list.
 */
export default defineMessageRule({
  meta: {
    kind: 'message',
    id: 'unstructured-wall',
    severity: 'info',
    wholeMessage: true,
    english: false,
    messages: ['wall', 'questions'],
    sensitivity: true,
  },
  check({ draft, sensitivity, report }) {
    const limit = WORDS_LIMIT[sensitivity];
    // Cheap exits: too few question marks for a question block, too few characters for a wall.
    const marks = draft.lower.indexOf('?');
    if ((marks === -1 || marks >= draft.authoredEnd) && draft.authoredEnd < limit * 2) return;
    const paras = draft.paragraphs;
    for (const p of paras) {
      const q = questions(draft.lower, p.start, p.end);
      // "nop? UserX? Are you game?": pings, not a block of questions to answer.
      if (q >= 3 && !draft.hasList && wordsIn(draft, p) >= 8) {
        report({ messageId: 'questions', data: { count: q } });
        return;
      }
    }
    if (draft.hasList) return;
    // One block over the limit is a wall, whatever short greeting or sign-off surrounds it.
    for (const p of paras) {
      // A block of more than `limit` words has at least twice that many characters.
      if (p.end - p.start <= limit * 2) continue;
      const words = wordsIn(draft, p);
      if (words > limit) {
        report({ messageId: 'wall', data: { words } });
        return;
      }
    }
  },
});
