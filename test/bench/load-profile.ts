/**
 * `npx tsx test/bench/load-profile.ts [script] [fixture]` (after `wxt build`): where a content
 * script's page-load time goes — self time per function while a page with no composer loads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launch } from '../e2e/harness';

const script = process.argv[2] ?? 'gmail.js';
const fixture = process.argv[3] ?? 'sites/gmail/inbox-only.html';
const browser = await launch();
try {
  const url = browser.serve(fixture);
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((ok) => setTimeout(ok, 1500));
  const { profile } = await cdp.send('Profiler.stop');
  const source = readFileSync(join(EXTENSION_DIR, 'content-scripts', script), 'utf8');
  const dt = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (deltas[i] ?? 0)));
  const self = new Map<string, number>();
  let total = 0;
  for (const n of profile.nodes) {
    const t = (dt.get(n.id) ?? 0) / 1000;
    if (!t) continue;
    const cf = n.callFrame;
    const mine = cf.url.endsWith(script);
    const key = mine
      ? `${cf.functionName || '(anon)'} @${cf.lineNumber}:${cf.columnNumber} ${source.split('\n')[cf.lineNumber]?.slice(cf.columnNumber, cf.columnNumber + 70)}`
      : `${cf.functionName || cf.url || '(program)'}`;
    if (mine) total += t;
    self.set(key, (self.get(key) ?? 0) + t);
  }
  console.log(`self time in ${script}: ${total.toFixed(1)} ms`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${v.toFixed(1).padStart(7)} ms  ${k}`);
} finally {
  await browser.close();
}
