/** `npx tsx test/unit/corpus-report.ts [rule]` — scores plus the misclassified items. */
import { evaluate, formatScores, loadCorpus, loadHoldout } from './corpus-eval';

const { messages, events } = loadCorpus();
const only = process.argv[2];
for (const [title, items] of [
  ['messages', messages],
  ['events', events],
  ['holdout messages (general fixes were made after its first report)', loadHoldout('holdout')],
  ['blind messages (general fixes were made after its first report)', loadHoldout('blind')],
  ['blind-2 messages (never tuned on)', loadHoldout('blind-2')],
  ['dev-real messages (real-world register; a development set)', loadHoldout('dev-real')],
  ['dev-real-2 messages (a development set)', loadHoldout('dev-real-2')],
  ['blind-3 messages (a development set since blind-4 was written)', loadHoldout('blind-3')],
  ['blind-4 messages (a development set since blind-5 was written)', loadHoldout('blind-4')],
  ['blind-5 messages (a development set since blind-6 was written)', loadHoldout('blind-5')],
] as const) {
  const e = evaluate(items);
  console.log(formatScores(title, e));
  for (const m of e.misses) {
    if (only && m.rule !== only) continue;
    const item = items.find((i) => i.id === m.id);
    const text = item?.input.kind === 'message' ? item.input.text : item?.input.kind === 'event' ? `${item.input.title} | ${item.input.description}` : '';
    console.log(`  ${m.kind} ${m.rule} ${m.id}: ${JSON.stringify(text).slice(0, 240)}`);
  }
}
