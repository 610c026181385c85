/**
 * One composer: wires the person's typing to reading, analysing, rendering and counting, and
 * carries out the panel's actions. What is on screen changes only at a settle point — a pause in
 * typing (pause.ts), a send, opening the draft, or an action — so the badge never flickers while
 * the person types and a half-typed word never gets a verdict; counting follows what was on
 * screen (nudge-counter.ts). It never edits the editor's DOM unless the person clicks an action
 * that inserts text, and never holds a send unless review-before-send is on.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Checklist } from '../../analyzer/checklist';
import type { AnalyzeContext, Finding, RecentSend } from '../../analyzer/types';
import { findingText } from '../../i18n/finding-text';
import { setRuleEnabled } from '../../settings/storage';
import { insertText, selectText } from '../dom/insert';
import type { SitePage, SiteSession } from '../run-site';
import { guard, report } from '../safe';
import type { ComposerParts, MessageSiteAdapter } from '../types';
import { checkDraft } from './check';
import { DraftReader } from './draft-reader';
import { HintView } from './hint-view';
import { planInsert } from './insertion';
import { NudgeCounter } from './nudge-counter';
import { caretAfterWordChar, TypingPause } from './pause';
import { PLACEHOLDER } from './placeholders';
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
  private readonly pause: TypingPause;
  /** What is on screen: the findings of the last settle point. */
  private findings: Finding[] = [];
  private all: Finding[] = [];
  private list: Checklist | null = null;
  private dismissed = new Set<string>();
  private open = false;
  /** The panel was opened from the keyboard: focus moves into it (and Escape brings it back). */
  private focusPanel = false;
  private reviewPending = false;
  /** The panel's "Turned off · Undo" notice is up: the panel stays open for it though nothing is left. */
  private noticeShowing = false;
  private reviewedOnce = false;
  /** Settings changed while a pause was pending: the settle re-checks even an unchanged draft. */
  private settingsChanged = false;
  private readonly cleanups: Array<() => void> = [];
  private readonly bodyObserver: MutationObserver;

  constructor(
    ctx: ContentScriptContext,
    private readonly page: MessagePage,
    readonly parts: ComposerParts,
  ) {
    this.reader = new DraftReader(parts);
    this.view = new HintView(ctx, parts, page.underlines);
    this.counter = new NudgeCounter(page.adapter.site);
    this.pause = new TypingPause(
      () => this.page.settings.hintDelayMs,
      () => caretAfterWordChar(parts.body),
      () => this.analyzeNow(),
    );
    // Typing only restarts the wait; the underlines are live ranges and follow the text.
    const onInput = guard('input', () => {
      this.view.follow();
      this.pause.input();
    });
    // Leaving the editor ends the typing: what is there gets its verdict now.
    const onBlur = guard('blur', () => this.pause.flush());
    parts.body.addEventListener('input', onInput);
    parts.subject?.addEventListener('input', onInput);
    parts.body.addEventListener('focusout', onBlur);
    this.cleanups.push(() => {
      parts.body.removeEventListener('input', onInput);
      parts.subject?.removeEventListener('input', onInput);
      parts.body.removeEventListener('focusout', onBlur);
      this.pause.cancel();
    });
    // Programmatic changes (the app clearing the box after a send) settle like typing does.
    this.bodyObserver = new MutationObserver(onInput);
    this.bodyObserver.observe(parts.body, { childList: true, characterData: true, subtree: true });
  }

  async mount(): Promise<void> {
    await this.view.mount();
    // A draft that opens with text (a saved draft, a reply) is judged at once: nobody is typing.
    this.analyzeNow(true);
  }

  refresh(): void {
    // Mid-typing, the coming settle picks the new settings up, even if the text ends as it was.
    if (this.pause.pending) this.settingsChanged = true;
    else this.analyzeNow(true);
  }

  /**
   * A settle point: check the draft and put the result on screen. Unless forced (settings, a
   * dismissal), a draft whose text and subject did not change is only re-underlined.
   */
  analyzeNow(force = false): void {
    if (!this.view.mounted) return;
    this.pause.cancel();
    const started = performance.now();
    const changed = this.reader.read();
    // What we just read already holds every change the editor has queued.
    this.bodyObserver.takeRecords();
    if (force || changed || this.settingsChanged) {
      this.settingsChanged = false;
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
      // An emptied box is a draft given up: what it showed is never counted.
      if (!this.reader.text.trim()) this.counter.emptied();
      this.counter.onScreen(this.findings.map((f) => f.rule));
      // Nothing left to show: the panel closes and stays closed until the person opens it again.
      if (!this.findings.length && !this.reviewPending && !this.noticeShowing) this.open = false;
      // Underlines first: the panel is placed clear of them.
      this.view.underline(this.reader.mapped, this.findings);
      this.render();
    } else this.view.underline(this.reader.mapped, this.findings);
    performance.measure('async-nudge:check', { start: started, duration: performance.now() - started });
  }

  private conversation(): string | null {
    return this.page.adapter.conversationId?.(this.parts, location) ?? null;
  }

  /** One function for the session's life, so the panel's effect runs only when the notice comes or goes. */
  private readonly onNotice = guard('notice', (showing: boolean) => {
    this.noticeShowing = showing;
    if (showing || this.findings.length || this.reviewPending || !this.open) return;
    this.open = false;
    this.render();
  });

  private render(): void {
    this.view.render({
      findings: this.findings,
      checklist: this.list,
      open: this.open,
      reviewPending: this.reviewPending,
      onToggle: guard('toggle', (open: boolean) => this.toggle(open)),
      onInsert: guard('insert', (f: Finding) => this.insert(f)),
      onDismiss: guard('dismiss', (f: Finding) => this.dismiss(f)),
      onDisable: guard('disable', (f: Finding) => this.disable(f)),
      onSendAnyway: guard('send-anyway', () => this.sendAnyway()),
      onNotice: this.onNotice,
      focusPanel: this.focusPanel,
    });
  }

  /**
   * Open or close the panel; `fromKeyboard` (Alt+Shift+N) moves focus into it. With nothing to
   * show it stays closed, and nothing is remembered: the next finding never opens it by itself.
   */
  toggle(open: boolean, fromKeyboard = false): void {
    if (open) this.pause.flush();
    this.open = open && (this.findings.length > 0 || this.reviewPending);
    this.focusPanel = this.open && fromKeyboard;
    if (!this.open) this.reviewPending = false;
    this.render();
    if (!this.open) this.parts.body.focus({ preventScroll: true });
  }

  /**
   * The person clicked Insert: the template goes where it reads naturally (insertion.ts), the
   * panel closes, and the first placeholder is selected so typing replaces it.
   */
  private insert(f: Finding): void {
    const template = findingText(f).template;
    if (!template) return;
    this.reader.read();
    const plan = planInsert(this.reader.text, f, template);
    this.open = false;
    this.focusPanel = false;
    this.render();
    insertText(this.parts.body, plan.text, this.reader.mapped, plan.at);
    this.counter.templateInserted(f.rule);
    this.reader.read();
    const placeholder = this.reader.text.indexOf(PLACEHOLDER, plan.at);
    if (placeholder >= 0) selectText(this.parts.body, this.reader.mapped, placeholder, placeholder + PLACEHOLDER.length);
    // The unfilled template keeps its finding (placeholders.ts): settle now, nothing flickers.
    this.analyzeNow(true);
  }

  private dismiss(f: Finding): void {
    this.dismissed.add(f.rule);
    this.counter.dismissed(f.rule);
    this.analyzeNow(true);
  }

  /**
   * Turning a rule off from this draft's panel counts as dismissing it here; the finding goes
   * when the setting comes back to every page (refresh), and returns if the rule is turned on.
   */
  private disable(f: Finding): void {
    this.counter.dismissed(f.rule);
    void setRuleEnabled(f.rule, false).catch((e: unknown) => report('settings', e));
  }

  /** A send is starting. Returns false when review-before-send holds it for one look. */
  beforeSend(): boolean {
    // The send is a settle point: what goes out is judged as it is, typed a moment ago or not.
    this.analyzeNow();
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
    this.counter.sent(
      this.findings.map((f) => f.rule),
      this.all.some((f) => f.rule === 'sync-escalation'),
    );
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
    this.bodyObserver.disconnect();
    for (const c of this.cleanups) c();
    this.view.remove();
  }
}
