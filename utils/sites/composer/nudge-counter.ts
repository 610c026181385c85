/**
 * How nudges are counted: the one definition (README, "How nudges are counted", says the same).
 *
 * A draft is one composer's message from its first check until it is sent. The panel and badge
 * change only when the person pauses in typing, on a send, or after an action (pause.ts), so
 * what is on screen is never a half-typed word's verdict. Within one draft:
 *
 * - **shown**: the rule was on screen at least once (after a pause, on a send or on opening a
 *   draft that already had text). A finding that came and went while the person kept typing
 *   was never on screen and is never counted. A rule shown, gone and shown again counts once.
 * - At the send, every shown rule lands in exactly one of three buckets, so for each sent draft
 *   shown = resolved + sent anyway + dismissed:
 *   - **dismissed**: the person dismissed it, or turned its rule off, in this draft;
 *   - **sent anyway**: still on screen when the message went;
 *   - **resolved**: shown earlier, gone by the time the message went.
 * - **templates**: a rule whose template the person inserted, once per rule and draft.
 * - **sent / sent clean**: one message; clean when no nudge was on screen as it went.
 * - Nothing is counted before the send: a draft that is never sent (discarded, closed, the tab
 *   left, or emptied to start over) counts nothing at all. Counts leave the page as rule ids
 *   and numbers, never text.
 */
import type { MessageSiteId } from '../../catalog/sites';
import type { NudgeMessage } from '../../messages';
import { send } from '../safe';

/** One draft's tally: pure, so the definition above can be tested without a page. */
export class DraftTally {
  private readonly shown = new Set<string>();
  private readonly dismissed = new Set<string>();
  private readonly templates = new Set<string>();

  /** The badge now shows `rules` (a settle point: after a pause, on a send, after an action). */
  onScreen(rules: Iterable<string>): void {
    for (const r of rules) this.shown.add(r);
  }

  /** The person dismissed the rule's finding, or turned the rule off, from this draft's panel. */
  dismiss(rule: string): void {
    if (this.shown.has(rule)) this.dismissed.add(rule);
  }

  templateInserted(rule: string): void {
    this.templates.add(rule);
  }

  /**
   * The draft is sent with `remaining` on screen: the messages that record it, all at once.
   * `remaining` has just been put on screen, so it is shown too.
   */
  sent(site: MessageSiteId, remaining: readonly string[], callProposal: boolean): NudgeMessage[] {
    this.onScreen(remaining);
    const left = new Set(remaining);
    const shown = [...this.shown].sort();
    const dismissed = shown.filter((r) => this.dismissed.has(r) && !left.has(r));
    const resolved = shown.filter((r) => !left.has(r) && !this.dismissed.has(r));
    const messages: NudgeMessage[] = [];
    if (shown.length) messages.push({ type: 'shown', site, rules: shown });
    if (resolved.length) messages.push({ type: 'resolved', site, rules: resolved });
    for (const rule of dismissed) messages.push({ type: 'dismissed', site, rule });
    for (const rule of [...this.templates].sort()) messages.push({ type: 'templateInserted', site, rule });
    messages.push({ type: 'sent', site, remaining: [...left].sort(), callProposal });
    this.reset();
    return messages;
  }

  /** A new draft starts (after a send, or the box was emptied): nothing shown yet. */
  reset(): void {
    this.shown.clear();
    this.dismissed.clear();
    this.templates.clear();
  }
}

/** The tally of the composer's current draft, sent to the background only when the draft is. */
export class NudgeCounter {
  private readonly tally = new DraftTally();

  constructor(private readonly site: MessageSiteId) {}

  onScreen(rules: Iterable<string>): void {
    this.tally.onScreen(rules);
  }

  dismissed(rule: string): void {
    this.tally.dismiss(rule);
  }

  templateInserted(rule: string): void {
    this.tally.templateInserted(rule);
  }

  /** The box was emptied: the draft so far is abandoned and counts nothing. */
  emptied(): void {
    this.tally.reset();
  }

  /** A send: one batch for the whole draft; the next draft starts from nothing shown. */
  sent(remaining: readonly string[], callProposal: boolean): void {
    for (const m of this.tally.sent(this.site, remaining, callProposal)) send(m);
  }
}
