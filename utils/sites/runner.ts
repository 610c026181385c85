/**
 * The generic runner for message sites: finds composers through a site adapter, checks
 * each draft as the person types, and mounts one hint UI per composer. It never edits the
 * editor's DOM unless the person clicks an action, never blocks a send by default, and
 * every entry point catches its own errors so a failure here cannot break the page.
 */
import { createElement } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HintUi } from '../../components/HintUi';
import { analyze } from '../analyzer/analyze';
import { findingText } from '../i18n/finding-text';
import { type Checklist, checklist } from '../analyzer/checklist';
import type { AnalyzeContext, Finding, RecentSend } from '../analyzer/types';
import { isSiteEnabled, isSnoozed, toAnalyzeContext } from '../settings/context';
import type { Settings } from '../settings/schema';
import { loadSettings, setRuleEnabled, watchSettings } from '../settings/storage';
import { type EditorText, readEditableTextWithMap } from './dom';
import { HintHost } from './host';
import { watchPage } from './page-watch';
import { Sessions } from './sessions';
import { guard, NextFrame, report, send } from './safe';
import { rangeFor } from './text-map';
import type { ComposerParts, MessageSiteAdapter } from './types';

const BURST_WINDOW_MS = 60_000;

/** Underlines for every composer on the page: CSS Custom Highlight API where it exists. */
class Underlines {
  private readonly byComposer = new Map<ComposerSession, { warn: Range[]; info: Range[] }>();
  readonly native = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

  constructor() {
    if (!this.native || document.getElementById('async-nudge-highlight-style')) return;
    const style = document.createElement('style');
    style.id = 'async-nudge-highlight-style';
    // Dotted amber/blue, not spell-check's red wave.
    style.textContent =
      '::highlight(async-nudge-warn){text-decoration:underline dotted 2px #c27c0e;text-underline-offset:3px}' +
      '::highlight(async-nudge-info){text-decoration:underline dotted 2px #2f7bd6;text-underline-offset:3px}';
    (document.head ?? document.documentElement).append(style);
  }

  set(owner: ComposerSession, warn: Range[], info: Range[]): void {
    this.byComposer.set(owner, { warn, info });
    this.flush();
  }

  delete(owner: ComposerSession): void {
    if (this.byComposer.delete(owner)) this.flush();
  }

  private flush(): void {
    if (!this.native) return;
    const warn: Range[] = [];
    const info: Range[] = [];
    for (const r of this.byComposer.values()) {
      warn.push(...r.warn);
      info.push(...r.info);
    }
    CSS.highlights.set('async-nudge-warn', new Highlight(...warn));
    CSS.highlights.set('async-nudge-info', new Highlight(...info));
  }
}

interface Page {
  adapter: MessageSiteAdapter;
  context: AnalyzeContext;
  settings: Settings;
  underlines: Underlines;
  /** Short sends per conversation (times and lengths only), for message-burst. */
  sends: Map<string, RecentSend[]>;
}

class ComposerSession {
  private host: HintHost | null = null;
  private mapped: EditorText = { text: '', segments: [] };
  private findings: Finding[] = [];
  private all: Finding[] = [];
  private list: Checklist | null = null;
  private visible = new Set<string>();
  private dismissed = new Set<string>();
  private open = false;
  private reviewPending = false;
  private reviewedOnce = false;
  /** Later changes in the same frame (a burst, the app's own edits) are checked once, then. */
  private readonly frame = new NextFrame('analyze', () => this.analyzeNow());
  /** Text and subject last analysed: a mutation that leaves them as they were needs no new check. */
  private analyzed = '';
  private inputAt = 0;
  private lastRun = 0;
  private readonly cleanups: Array<() => void> = [];
  private readonly bodyObserver: MutationObserver;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly page: Page,
    readonly parts: ComposerParts,
  ) {
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
    this.host = await HintHost.create(this.ctx, this.parts.body, () => {
      if (!this.page.underlines.native) this.drawFallbackMarks();
    });
    this.analyzeNow(true);
  }

  /**
   * Check the draft now; rendering is synchronous so the hint is on screen this frame. Unless
   * forced (settings, a dismissal), a draft whose text and subject did not change is only
   * re-underlined: the input handler has usually checked it already when its mutation arrives.
   */
  analyzeNow(force = false): void {
    if (!this.host) return;
    this.lastRun = performance.now();
    this.mapped = readEditableTextWithMap(this.parts.body);
    const text = this.mapped.text;
    const subject = this.parts.subject?.value ?? '';
    const key = `${subject}\u0000${text}`;
    if (!force && key === this.analyzed) {
      this.inputAt = 0;
      this.underline();
      return;
    }
    this.analyzed = key;
    const conversation = this.conversation();
    const context: AnalyzeContext = {
      ...this.page.context,
      now: Date.now(),
      recentSends: conversation ? (this.page.sends.get(conversation) ?? []) : [],
    };
    const input = { kind: 'message' as const, surface: this.parts.surface, text, subject };
    this.all = text.trim() ? analyze(input, context) : [];
    this.findings = this.all.filter((f) => !this.dismissed.has(f.rule));
    this.list = this.findings.length || text.trim() ? checklist(input, this.findings) : null;
    this.count();
    this.render();
    this.underline();
    if (this.inputAt) {
      const latency = performance.now() - this.inputAt;
      this.inputAt = 0;
      performance.measure('async-nudge:keystroke-to-hint', { start: performance.now() - latency, duration: latency });
    }
  }

  private conversation(): string | null {
    return this.page.adapter.conversationId?.(this.parts, location) ?? null;
  }

  /** Tell the background which rules appeared and which the person resolved while editing. */
  private count(): void {
    const now = new Set(this.findings.map((f) => f.rule));
    const shown = [...now].filter((r) => !this.visible.has(r));
    const resolved = [...this.visible].filter((r) => !now.has(r) && !this.dismissed.has(r));
    const site = this.page.adapter.site;
    if (shown.length) send({ type: 'shown', site, rules: shown });
    if (resolved.length && this.mapped.text.trim()) send({ type: 'resolved', site, rules: resolved });
    this.visible = now;
  }

  private render(): void {
    this.host?.render(
      createElement(HintUi, {
        findings: this.findings,
        checklist: this.list,
        open: this.open,
        reviewPending: this.reviewPending,
        onToggle: guard('toggle', (open: boolean) => this.toggle(open)),
        onInsert: guard('insert', (f: Finding) => this.insert(f)),
        onDismiss: guard('dismiss', (f: Finding) => this.dismiss(f)),
        onDisable: guard('disable', (f: Finding) => void setRuleEnabled(f.rule, false).catch((e: unknown) => report('settings', e))),
        onSendAnyway: guard('send-anyway', () => this.sendAnyway()),
      }),
      this.findings.map((f) => f.rule),
    );
  }

  toggle(open: boolean): void {
    this.open = open;
    if (!open) this.reviewPending = false;
    this.render();
    if (!open) this.parts.body.focus({ preventScroll: true });
  }

  private underline(): void {
    const warn: Range[] = [];
    const info: Range[] = [];
    for (const f of this.findings) {
      if (f.start === undefined || f.end === undefined) continue;
      const r = rangeFor(this.mapped, f.start, f.end);
      if (r) (f.severity === 'warn' ? warn : info).push(r);
    }
    this.page.underlines.set(this, warn, info);
    if (!this.page.underlines.native) this.drawFallbackMarks();
  }

  /** Where the Highlight API is missing (older Firefox): dashed lines drawn in our own shadow root. */
  private drawFallbackMarks(): void {
    const container = this.host?.container;
    if (!container) return;
    let layer = container.querySelector<HTMLElement>('.marks');
    if (!layer) {
      layer = document.createElement('div');
      layer.className = 'marks';
      container.append(layer);
    }
    const host = this.host?.element.getBoundingClientRect() ?? { left: 0, top: 0 };
    const marks: HTMLElement[] = [];
    for (const f of this.findings) {
      if (f.start === undefined || f.end === undefined) continue;
      for (const rect of rangeFor(this.mapped, f.start, f.end)?.getClientRects() ?? []) {
        const m = document.createElement('div');
        m.className = `mark ${f.severity}`;
        Object.assign(m.style, { left: `${rect.left - host.left}px`, top: `${rect.bottom - host.top}px`, width: `${rect.width}px` });
        marks.push(m);
      }
    }
    layer.replaceChildren(...marks);
  }

  private insert(f: Finding): void {
    const template = findingText(f).template;
    if (!template) return;
    const body = this.parts.body;
    body.focus({ preventScroll: true });
    const sel = getSelection();
    if (sel && (!sel.rangeCount || !body.contains(sel.getRangeAt(0).startContainer))) {
      const end = document.createRange();
      end.selectNodeContents(body);
      end.collapse(false);
      sel.removeAllRanges();
      sel.addRange(end);
    }
    // insertText goes through the editor's own input handling, so the app keeps the text.
    const separator = this.mapped.text.trim() ? '\n' : '';
    document.execCommand('insertText', false, separator + template);
    send({ type: 'templateInserted', site: this.page.adapter.site, rule: f.rule });
    this.open = false;
    this.frame.request();
  }

  private dismiss(f: Finding): void {
    this.dismissed.add(f.rule);
    send({ type: 'dismissed', site: this.page.adapter.site, rule: f.rule });
    this.analyzeNow(true);
  }

  /** A send is starting. Returns false when review-before-send holds it for one look. */
  beforeSend(): boolean {
    const warns = this.findings.some((f) => f.severity === 'warn');
    if (this.page.settings.reviewBeforeSend && warns && !this.reviewedOnce) {
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
    const site = this.page.adapter.site;
    const remaining = this.findings.map((f) => f.rule);
    const callProposal = this.all.some((f) => f.rule === 'sync-escalation');
    send({ type: 'sent', site, remaining, callProposal });
    const conversation = this.conversation();
    if (conversation) {
      const now = Date.now();
      const recent = (this.page.sends.get(conversation) ?? []).filter((s) => now - s.at <= BURST_WINDOW_MS);
      recent.push({ at: now, chars: this.mapped.text.trim().length });
      this.page.sends.set(conversation, recent);
    }
    // A new draft starts: nothing is "resolved" by the app clearing the box.
    this.visible = new Set();
    this.dismissed = new Set();
    this.reviewedOnce = false;
    this.reviewPending = false;
    this.open = false;
  }

  destroy(): void {
    this.frame.cancel();
    this.bodyObserver.disconnect();
    for (const c of this.cleanups) c();
    this.page.underlines.delete(this);
    this.host?.remove();
    this.host = null;
  }
}

/** Run hints for one message site. Resolves once set up; never rejects. */
export async function runMessageSite(ctx: ContentScriptContext, adapter: MessageSiteAdapter): Promise<void> {
  try {
    const { settings } = await loadSettings();
    const page: Page = { adapter, settings, context: toAnalyzeContext(settings), underlines: new Underlines(), sends: new Map() };
    const sessions = new Sessions<ComposerParts, ComposerSession>(
      (p) => p.body,
      (p) => new ComposerSession(ctx, page, p),
      'hints',
    );
    const active = () => isSiteEnabled(page.settings, adapter.site) && !isSnoozed(page.settings, Date.now());
    const rescan = guard('scan', () => {
      const { composers, skipped } = active() ? adapter.findComposers(document) : { composers: [], skipped: [] };
      sessions.sync(composers, skipped);
    });
    watchPage(ctx, rescan);
    ctx.onInvalidated(() => sessions.clear());

    // Capture phase: we see a send before the app acts on it. Any failure lets the send through
    // (guard swallows it before we could hold the event).
    const hold = (e: Event, s: ComposerSession) => {
      if (s.beforeSend()) return;
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    const onKey = guard('send key', (e: KeyboardEvent) => {
      const s = sessions.at(e.target);
      if (!s) return;
      if (e.altKey && e.shiftKey && (e.key === 'N' || e.key === 'n' || e.code === 'KeyN')) {
        e.preventDefault();
        s.toggle(true);
      } else if (adapter.isSendKey(e, s.parts)) hold(e, s);
    });
    const onClick = guard('send click', (e: MouseEvent) => {
      const s = sessions.at(e.target);
      if (s?.parts.send && e.target instanceof Node && s.parts.send.contains(e.target)) hold(e, s);
    });
    ctx.addEventListener(document, 'keydown', onKey, { capture: true });
    ctx.addEventListener(document, 'click', onClick, { capture: true });

    const unwatch = watchSettings(
      guard('settings', (next: Settings) => {
        page.settings = next;
        page.context = toAnalyzeContext(next);
        rescan();
        for (const s of sessions.all()) s.analyzeNow(true);
      }),
    );
    ctx.onInvalidated(unwatch);
    rescan();
  } catch (e) {
    report('could not start on this page', e);
  }
}
