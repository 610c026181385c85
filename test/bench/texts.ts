/** Bench inputs: a realistic 2,000-character email, and trigger-dense text from the corpus. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const corpus = readFileSync(fileURLToPath(new URL('../corpus/messages.jsonl', import.meta.url)), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);

/** Deterministic text of exactly `chars` characters: corpus messages back to back (many triggers). */
export function corpusText(chars: number, offset = 0): string {
  let out = '';
  for (let i = offset; out.length < chars; i++) out += `${corpus[i % corpus.length]}\n\n`;
  return out.slice(0, chars);
}

/** A typical long work email: update, a request with a deadline, a link, a signature and history. */
const EMAIL = `Hi Priya,

Thanks for the notes from Tuesday. Here is where the billing migration stands after this week's work, so you can decide on the cut-over date without another meeting.

What is done: the new invoice service runs in shadow mode for all EU tenants since Monday 09:00. It has produced 18,402 invoices and matched the legacy totals on all but 37 of them; the 37 differ by rounding on multi-currency lines, which the finance team confirmed is the new, correct behaviour. Retry handling for failed card payments is live behind a flag, and the dunning emails now come from the new templates.

Risks we looked at: a spike in card declines on the first run (we throttle retries to 5 % of traffic), duplicate dunning emails for tenants that were mid-cycle (deduplicated by invoice id), and the month-end report, which reads from both systems until the 31st and has been reconciled twice.

What is open: the US tenants still need the tax-rounding fix (ticket BILL-2211, in review with Marco), and the data export for the auditors is half done. Neither blocks the EU cut-over.

Decision needed: can we switch the EU tenants to the new service on Monday 1 December? If yes, I will announce the freeze on Thursday and keep the legacy path ready for a one-click rollback for two weeks. If you would rather wait for the US fix, the next safe window is 15 December, after the quarter-end close.

Could you reply with yes or no by Friday noon? The dashboard with the shadow-mode numbers is here: https://grafana.example.com/d/billing-shadow (no login needed from the office network).

Best,
Jonas
Jonas Weber · Engineering Manager, Billing
+49 30 1234 5678

On Tue, 24 Nov 2026 at 16:12, Priya Shah <priya@example.com> wrote:
> Thanks Jonas. Before we commit to a date I'd like to see the shadow-mode numbers and what is still open on the US side.
> Could you send a short written summary?
> I'm travelling on Wednesday and Thursday, so written is better than a call this week.
> Also: please include who owns the rollback plan if the EU cut-over goes wrong.
`;

export const realisticEmail2k = EMAIL.slice(0, 2000);
if (realisticEmail2k.length !== 2000) throw new Error('the bench email must be 2,000 characters');
