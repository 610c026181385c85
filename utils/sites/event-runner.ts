/**
 * The runner for calendar sites: finds open event editors through an adapter, checks the
 * meeting when the person pauses in editing title, guests, time or description, and docks the
 * meeting panel beside the editor. Only rule ids, hours and cost ever reach the background.
 */
import { createElement } from 'react';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MeetingPanel } from '../../components/MeetingPanel';
import { TeamMeetingNotes } from '../../components/team/TeamMeetingNotes';
import { analyze } from '../analyzer/analyze';
import { findingText } from '../i18n/finding-text';
import { keepSyncKind } from '../analyzer/meeting-kinds';
import type { EventInput, Finding } from '../analyzer/types';
import { setRuleEnabled } from '../settings/storage';
import { judgedText } from './composer/check';
import { caretAfterWordChar, TypingPause } from './composer/pause';
import { planInsert } from './composer/insertion';
import { PLACEHOLDER } from './composer/placeholders';
import { insertText, isField, selectText } from './dom/insert';
import { readEditableTextWithMap } from './dom/read-text';
import { boxOf, formFields, HintHost } from './host';
import { endEarly, teamTimeConflict } from '../team/meetings';
import { runSite, type SitePage, type SiteSession } from './run-site';
import { guard, NextFrame, report, send } from './safe';
import type { EventEditorParts, EventSiteAdapter } from './types';

interface EventPage extends SitePage {
  adapter: EventSiteAdapter;
}

/** Flags are the findings other than the always-on cost line. */
const flagsOf = (findings: Finding[]) => findings.filter((f) => f.rule !== 'meeting-cost').map((f) => f.rule);

class EditorSession implements SiteSession {
  private host: HintHost | null = null;
  private event: EventInput | null = null;
  private findings: Finding[] = [];
  private dismissed = new Set<string>();
  /** Every rule shown while editing, to tell a save "with fixes" from one without. */
  private everShown = new Set<string>();
  private fixed = false;
  /** Collapsed to the badge's one-line summary (count and cost) until the person opens it. */
  private open = false;
  private copied = false;
  private counted = false;
  private readonly frame = new NextFrame('analyze', () => this.analyzeNow());
  /** Typing in a field settles after a pause, as in a composer: the badge does not change mid-word. */
  private readonly pause = new TypingPause(
    () => this.page.settings.hintDelayMs,
    () => document.activeElement instanceof HTMLElement && this.parts.root.contains(document.activeElement) && caretAfterWordChar(document.activeElement),
    () => this.analyzeNow(),
  );
  private readonly observer: MutationObserver;
  private readonly onEdit = guard('edit', () => this.pause.input());
  /** The calendar's own changes (a guest chip, a repeat label) show next frame, unless the person is mid-typing. */
  private readonly onChange = guard('change', () => {
    if (!this.pause.pending) this.frame.request();
  });

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly page: EventPage,
    readonly parts: EventEditorParts,
  ) {
    // Guests arrive as chips, recurrence as a changed label: watch the editor, not just inputs.
    this.observer = new MutationObserver(this.onChange);
    this.observer.observe(parts.root, {
      childList: true,
      characterData: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['value', 'data-value', 'aria-checked'],
    });
    parts.root.addEventListener('input', this.onEdit, true);
    parts.root.addEventListener('change', this.onEdit, true);
  }

  async mount(): Promise<void> {
    const { root } = this.parts;
    // Docked beside the form, never over a field of it or of the page (the calendar's search).
    this.host = await HintHost.create(this.ctx, this.parts.description ?? root, undefined, {
      must: () => formFields(document.body),
      prefer: () => [boxOf(root.getBoundingClientRect())],
      near: () => boxOf(root.getBoundingClientRect()),
      side: 'right-start',
      dockTo: root,
    });
    this.analyzeNow();
  }

  refresh(): void {
    this.analyzeNow();
  }

  analyzeNow(): void {
    if (!this.host) return;
    this.pause.cancel();
    this.frame.cancel();
    this.event = this.page.adapter.readEvent(this.parts);
    // An inserted agenda counts once its placeholders are filled: "Goal: …" alone is no agenda.
    const all = analyze({ ...this.event, description: judgedText(this.event.description) }, this.page.context);
    this.findings = all.filter((f) => !this.dismissed.has(f.rule));
    const flags = flagsOf(this.findings);
    for (const r of flags) this.everShown.add(r);
    if ([...this.everShown].some((r) => !flags.includes(r) && !this.dismissed.has(r))) this.fixed = true;
    this.render();
  }

  private render(): void {
    this.host?.render(
      createElement(MeetingPanel, {
        findings: this.findings,
        keepSync: this.event ? keepSyncKind(this.event) : null,
        open: this.open,
        copied: this.copied,
        onToggle: guard('toggle', (open: boolean) => {
          this.open = open;
          this.render();
        }),
        onInsertAgenda: guard('agenda', (f: Finding) => this.insertAgenda(f)),
        onCopyUpdate: guard('copy', (f: Finding) => this.copyUpdate(f)),
        onDismiss: guard('dismiss', (f: Finding) => {
          this.dismissed.add(f.rule);
          send({ type: 'dismissed', site: this.page.adapter.site, rule: f.rule });
          this.analyzeNow();
        }),
        onDisable: guard('disable', (f: Finding) => void setRuleEnabled(f.rule, false).catch((e: unknown) => report('settings', e))),
        extra: this.event ? this.teamNotes(this.event) : null,
      }),
      this.findings.map((f) => f.rule),
    );
  }

  /** The team's meeting norms for this event (organiser side). */
  private teamNotes(event: EventInput) {
    const { policy } = this.page;
    return createElement(TeamMeetingNotes, { endEarly: endEarly(event), conflict: teamTimeConflict(event, policy), teamName: policy.teamName });
  }

  /** The agenda stub gets its own paragraph in the description, through the editor's own input handling. */
  private insertAgenda(f: Finding): void {
    const target = this.parts.description;
    const template = findingText(f).template;
    if (!target || !template) return;
    const read = () => (isField(target) ? { text: target.value, segments: [] } : readEditableTextWithMap(target));
    const before = read();
    const plan = planInsert(before.text, f, template);
    insertText(target, plan.text, before, plan.at);
    // Typing replaces the first placeholder; the agenda is a fix only once it is filled in.
    const after = read();
    const placeholder = after.text.indexOf(PLACEHOLDER, plan.at);
    if (placeholder >= 0) selectText(target, after, placeholder, placeholder + PLACEHOLDER.length);
    send({ type: 'templateInserted', site: this.page.adapter.site, rule: f.rule });
    this.frame.request();
  }

  private copyUpdate(f: Finding): void {
    const template = findingText(f).template;
    if (!template) return;
    void navigator.clipboard.writeText(template).then(
      () => {
        this.copied = true;
        send({ type: 'templateInserted', site: this.page.adapter.site, rule: f.rule });
        this.render();
      },
      (e: unknown) => report('clipboard', e),
    );
  }

  /** The meeting is saved (or its editor closes): count it once, by rule ids, hours and cost. */
  count(saved: boolean): void {
    // A save right after typing counts what is there now.
    this.pause.flush();
    if (this.counted || !this.event || this.event.guests < 1) return;
    this.counted = true;
    const site = this.page.adapter.site;
    const flags = flagsOf(this.findings);
    const cost = Number(this.findings.find((f) => f.rule === 'meeting-cost')?.data?.amount ?? 0);
    send({ type: 'meeting', site, event: 'checked', rules: flags, hours: this.event.durationMinutes / 60, cost, fixesApplied: this.fixed });
    if (saved) send({ type: 'meeting', site, event: 'saved', rules: flags, hours: this.event.durationMinutes / 60, cost, fixesApplied: this.fixed });
  }

  destroy(): void {
    this.frame.cancel();
    this.count(false);
    this.pause.cancel();
    this.observer.disconnect();
    this.parts.root.removeEventListener('input', this.onEdit, true);
    this.parts.root.removeEventListener('change', this.onEdit, true);
    this.host?.remove();
    this.host = null;
  }
}

/** Run meeting checks for one calendar site. Resolves once set up; never rejects. */
export function runEventSite(ctx: ContentScriptContext, adapter: EventSiteAdapter): Promise<void> {
  return runSite<EventEditorParts, EditorSession, EventPage>(ctx, {
    site: adapter.site,
    what: 'meeting check',
    keyOf: (p) => p.root,
    find: (scope) => {
      const { editors, skipped } = adapter.findEditors(scope);
      return { found: editors, skipped };
    },
    extra: () => ({ adapter }),
    create: (page, parts) => new EditorSession(ctx, page, parts),
    // Capture phase, never blocking: we only count a save, the calendar does the saving.
    listen: (sessions) => {
      ctx.addEventListener(
        document,
        'click',
        guard('save click', (e: MouseEvent) => {
          const s = sessions.at(e.target);
          if (s?.parts.save && e.target instanceof Node && s.parts.save.contains(e.target)) s.count(true);
        }),
        { capture: true },
      );
      ctx.addEventListener(
        document,
        'keydown',
        guard('save key', (e: KeyboardEvent) => {
          const s = sessions.at(e.target);
          if (s && adapter.isSaveKey(e, s.parts)) s.count(true);
        }),
        { capture: true },
      );
    },
  });
}
