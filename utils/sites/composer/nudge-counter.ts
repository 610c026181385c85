/**
 * Counting: what the background is told about one composer — counts and rule ids only, never
 * text. A rule is shown when it appears, resolved when it goes away while the person edits,
 * sent anyway when it is still there at send.
 */
import type { Finding } from '../../analyzer/types';
import type { MessageSiteId } from '../../catalog/sites';
import { send } from '../safe';

export class NudgeCounter {
  private visible = new Set<string>();

  constructor(private readonly site: MessageSiteId) {}

  /** The panel now shows `findings`; `hasText` is false once the box is empty (no "resolved" then). */
  update(findings: readonly Finding[], dismissed: ReadonlySet<string>, hasText: boolean): void {
    const now = new Set(findings.map((f) => f.rule));
    const shown = [...now].filter((r) => !this.visible.has(r));
    const resolved = [...this.visible].filter((r) => !now.has(r) && !dismissed.has(r));
    if (shown.length) send({ type: 'shown', site: this.site, rules: shown });
    if (resolved.length && hasText) send({ type: 'resolved', site: this.site, rules: resolved });
    this.visible = now;
  }

  dismissed(rule: string): void {
    send({ type: 'dismissed', site: this.site, rule });
  }

  templateInserted(rule: string): void {
    send({ type: 'templateInserted', site: this.site, rule });
  }

  /** A send: what is still shown was sent anyway; a new draft starts from nothing shown. */
  sent(shown: readonly Finding[], all: readonly Finding[]): void {
    send({ type: 'sent', site: this.site, remaining: shown.map((f) => f.rule), callProposal: all.some((f) => f.rule === 'sync-escalation') });
    this.visible = new Set();
  }
}
