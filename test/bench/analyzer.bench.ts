/**
 * `npm run bench` — the analyzer against write-good (the reference) and chrono-node (the
 * date parser we chose not to use) on the same texts, in one process, plus scaling to
 * 200 KB. CI enforces the speed ratio through test/bench/budgets.ts.
 */
import * as chrono from 'chrono-node';
import writeGood from 'write-good';
import { analyze } from '../../utils/analyzer/analyze';
import { timeFacts } from '../../utils/analyzer/time';
import { fmt, medianMs } from './measure';
import { corpusText, realisticEmail2k } from './texts';

const opts = { minBatches: 40, maxMs: 2000 };
const msg = (text: string) => ({ kind: 'message' as const, surface: 'email' as const, text });

function compare(title: string, text: string): void {
  for (let i = 0; i < 200; i++) analyze(msg(text));
  const ours = medianMs(() => analyze(msg(text)), opts);
  const wg = medianMs(() => writeGood(text), opts);
  console.log(title);
  console.log(`  async-nudge analyze   ${fmt(ours)} / op   (target ≤ 50 µs)`);
  console.log(`  write-good            ${fmt(wg)} / op`);
  console.log(`  ratio                 ${(wg / ours).toFixed(0)}× faster   (target ≥ 60×, CI budget ≥ 20×)\n`);
}

compare('A 2,000-character work email (greeting, request with deadline, link, signature, quoted reply), all rules', realisticEmail2k);
compare('2,000 characters of corpus messages back to back (a trigger in nearly every line), all rules', corpusText(2000));

const lower = realisticEmail2k.toLowerCase();
const ourTime = medianMs(() => timeFacts(lower), opts);
const chronoTime = medianMs(() => chrono.parse(realisticEmail2k), { minBatches: 10, maxMs: 1000 });
console.log('Deadline detection on the work email');
console.log(`  own matcher           ${fmt(ourTime)} / op   (standalone; inside analyze it shares the one lexicon scan)`);
console.log(`  chrono-node parse     ${fmt(chronoTime)} / op   (${(chronoTime / ourTime).toFixed(0)}× slower, and blind to "EOD", "no rush", "next sprint")\n`);

console.log('Scaling (email, all rules)');
for (const kb of [10, 25, 50, 100, 200]) {
  const t = corpusText(kb * 1000, 7);
  const ms = medianMs(() => analyze(msg(t)), { minBatches: 10, maxMs: 800 });
  console.log(`  ${String(kb).padStart(3)} KB   ${fmt(ms).padStart(10)} / op   ${(ms / kb).toFixed(4)} ms per KB${kb === 100 ? '   (target ≤ 3 ms)' : ''}`);
}
