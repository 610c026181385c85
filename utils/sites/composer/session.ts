/**
 * One composer: wires the person's typing to reading, analysing, rendering and counting, and
 * carries out the panel's actions. It never edits the editor's DOM unless the person clicks an
 * action that inserts text, and never holds a send unless review-before-send is on.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Checklist } from '../../analyzer/checklist';
import type { AnalyzeContext, Finding, RecentSend } from '../../analyzer/types';
import { findingText } from '../../i18n/finding-text';
import { setRuleEnabled } from '../../settings/storage';
import { insertText } from '../dom/insert';
import type { SitePage, SiteSession } from '../run-site';
import { guard, NextFrame, report } from '../safe';
import type { ComposerParts, MessageSiteAdapter } from '../types';
import { checkDraft } from './check';
import { DraftReader } from './draft-reader';
import { HintView } from './hint-view';
import { NudgeCounter } from './nudge-counter';
import type { Underlines } from './underlines';

const BURST_WINDOW_MS = 60_000;

export interface MessagePage extends SitePage {
  adapter: MessageSiteAdapter;
  underlines: Underlines;
  /** Short sends per conversation (times and lengths only), for message-burst. */
  sends: Map<string, RecentSend[]>;
}

export class ComposerSession implements SiteSession {
  private readonly reader: DraftReader;
  private readonly view: HintView;
  private readonly counter: NudgeCounter;
  private findings: Finding[] = [];
  private all: Finding[] = [];
  private list: Checklist | null = null;
  private dismissed = new Set<string>();
  private open = false;
  /** The panel was opened from the keyboard: focus moves into it (and Escape brings it back). */
  private focusPanel = false;
  private reviewPending = false;
  private reviewedOnce = false;
  /** Later changes in the same frame (a burst, the app's own edits) are checked once, then. */
  private readonly frame = new NextFrame('analyze', () => this.analyzeNow());
  private inputAt = 0;
  private lastRun = 0;
  private readonly cleanups: Array<() => void> = [];
  private readonly bodyObserver: MutationObserver;

  constructor(
    ctx: ContentScriptContext,
    private readonly page: MessagePage,
    readonly parts: ComposerParts,
  ) {
    this.reader = new DraftReader(parts);
    this.view = new HintView(ctx, parts.body, page.underlines);
    this.counter = new NudgeCounter(page.adapter.site);
    // Leading edge: an ordinary keystroke is checked at once, so the hint paints in the same
    // frame as the character; a burst (paste, IME, key repeat) coalesces into one check per frame.
    const onInput = guard('input', () => {
      const now = performance.now();
      this.inputAt ||= now;
      if (now - this.lastRun > 16) {
        // The editor's own mutation may already have queued a frame: this check replaces it.
        this.frame.cancel();
        this.analyzeNow();
      } else this.frame.request();
    });
    parts.body.addEventListener('input', onInput);
    parts.subject?.addEventListener('input', onInput);
    this.cleanups.push(() => {
      parts.body.removeEventListener('input', onInput);
      parts.subject?.removeEventListener('input', onInput);
    });
    // Programmatic changes (the app clearing the box after a send, an inserted template).
    this.bodyObserver = new MutationObserver(guard('observe', () => this.frame.request()));
    this.bodyObserver.observe(parts.body, { childList: true, characterData: true, subtree: true });
  }

  async mount(): Promise<void> {
    await this.view.mount();
    this.analyzeNow(true);
  }

  refresh(): void {
    this.analyzeNow(true);
  }

  /**
   * Check the draft now; rendering is synchronous so the hint is on screen this frame. Unless
   * forced (settings, a dismissal), a draft whose text and subject did not change is only
   * re-underlined: the input handler has usually checked it already when its mutation arrives.
   */
  analyzeNow(force = false): void {
    if (!this.view.mounted) return;
    this.lastRun = performance.now();
    const changed = this.reader.read();
    // What we just read already holds every change the editor has queued: no second read for them.
    this.bodyObserver.takeRecords();
    this.frame.cancel();
    if (!force && !changed) {
      this.inputAt = 0;
      this.view.underline(this.reader.mapped, this.findings);
      return;
    }
    const conversation = this.conversation();
    const context: AnalyzeContext = {
      ...this.page.context,
      now: Date.now(),
      recentSends: conversation ? (this.page.sends.get(conversation) ?? []) : [],
    };
    const check = checkDraft({ kind: 'message', surface: this.parts.surface, text: this.reader.text, subject: this.reader.subject }, context, this.dismissed);
    this.all = check.all;
    this.findings = check.findings;
    this.list = check.checklist;
    this.counter.update(this.findings, this.dismissed, this.reader.text.trim() !== '');
    this.render();
    this.view.underline(this.reader.mapped, this.findings);
    if (this.inputAt) {
      const latency = performance.now() - this.inputAt;
      this.inputAt = 0;
      performance.measure('async-nudge:keystroke-to-hint', { start: performance.now() - latency, duration: latency });
    }
  }

  private conversation(): string | null {
    return this.page.adapter.conversationId?.(this.parts, location) ?? null;
  }

  private render(): void {
    this.view.render({
      findings: this.findings,
      checklist: this.list,
      open: this.open,
      reviewPending: this.reviewPending,
      onToggle: guard('toggle', (open: boolean) => this.toggle(open)),
      onInsert: guard('insert', (f: Finding) => this.insert(f)),
      onDismiss: guard('dismiss', (f: Finding) => this.dismiss(f)),
      onDisable: guard('disable', (f: Finding) => void setRuleEnabled(f.rule, false).catch((e: unknown) => report('settings', e))),
      onSendAnyway: guard('send-anyway', () => this.sendAnyway()),
      focusPanel: this.focusPanel,
    });
  }

  /** Open or close the panel; `fromKeyboard` (Alt+Shift+N) moves focus into it. */
  toggle(open: boolean, fromKeyboard = false): void {
    this.open = open;
    this.focusPanel = open && fromKeyboard;
    if (!open) this.reviewPending = false;
    this.render();
    if (!open) this.parts.body.focus({ preventScroll: true });
  }

  private insert(f: Finding): void {
    const template = findingText(f).template;
    if (!template) return;
    const separator = this.reader.text.trim() ? '\n' : '';
    insertText(this.parts.body, separator + template);
    this.counter.templateInserted(f.rule);
    this.open = false;
    this.frame.request();
  }

  private dismiss(f: Finding): void {
    this.dismissed.add(f.rule);
    this.counter.dismissed(f.rule);
    this.analyzeNow(true);
  }

  /** A send is starting. Returns false when review-before-send holds it for one look. */
  beforeSend(): boolean {
    const warns = this.findings.some((f) => f.severity === 'warn');
    // Held only where "Send anyway" can press Send for the person: without a Send control we never hold.
    if (this.page.settings.reviewBeforeSend && warns && !this.reviewedOnce && this.parts.send) {
      this.reviewPending = true;
      this.open = true;
      this.render();
      return false;
    }
    this.sent();
    return true;
  }

  private sendAnyway(): void {
    this.reviewedOnce = true;
    this.reviewPending = false;
    this.open = false;
    this.render();
    this.parts.send?.click();
  }

  private sent(): void {
    this.counter.sent(this.findings, this.all);
    const conversation = this.conversation();
    if (conversation) {
      const now = Date.now();
      const recent = (this.page.sends.get(conversation) ?? []).filter((s) => now - s.at <= BURST_WINDOW_MS);
      recent.push({ at: now, chars: this.reader.text.trim().length });
      this.page.sends.set(conversation, recent);
    }
    // A new draft starts: nothing is "resolved" by the app clearing the box.
    this.dismissed = new Set();
    this.reviewedOnce = false;
    this.reviewPending = false;
    this.open = false;
  }

  destroy(): void {
    this.frame.cancel();
    this.bodyObserver.disconnect();
    for (const c of this.cleanups) c();
    this.view.remove();
  }
}
