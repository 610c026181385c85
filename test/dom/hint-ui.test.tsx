import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HintUi, type HintUiProps } from '../../components/HintUi';
import { MeetingPanel, type MeetingPanelProps } from '../../components/MeetingPanel';
import { templatePreview } from '../../components/template-preview';
import { TURNED_OFF_MS } from '../../components/TurnedOffNotice';
import { analyze } from '../../utils/analyzer/analyze';
import { checklist } from '../../utils/analyzer/checklist';
import { DEFAULT_CONTEXT } from '../../utils/analyzer/context';
import { messageRules } from '../../utils/analyzer/registry';
import type { EventInput, MessageInput } from '../../utils/analyzer/types';
import { findingText } from '../../utils/i18n/finding-text';
import { loadSettings, setRuleEnabled } from '../../utils/settings/storage';
import { switchToPseudoLocale, wordsOutsideMessages } from './pseudo-locale';

globalThis.IS_REACT_ACT_ENVIRONMENT = true;
declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

function props(text: string, extra: Partial<HintUiProps> = {}): HintUiProps {
  const input: MessageInput = { kind: 'message', surface: 'email', text };
  const findings = analyze(input);
  return {
    findings,
    checklist: checklist(input, findings),
    open: false,
    reviewPending: false,
    onToggle: vi.fn(),
    onInsert: vi.fn(),
    onDismiss: vi.fn(),
    onDisable: vi.fn(),
    onSendAnyway: vi.fn(),
    ...extra,
  };
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('HintUi', () => {
  test('renders nothing for a clean draft', () => {
    const { container } = render(<HintUi {...props('Could you review PR 231 by Thursday noon?')} />);
    expect(container.innerHTML).toBe('');
  });

  test('the badge counts findings and says warn vs note in words, not colour alone', () => {
    const p = props('Can you send me the numbers? Draft: https://docs.google.com/document/d/x');
    render(<HintUi {...p} />);
    // The spoken name holds the number the badge shows.
    const badge = screen.getByRole('button', { name: 'Async Nudge found 2: 1 warning, 1 note. Open suggestions' });
    expect(badge.textContent).toBe('⚠2');
    fireEvent.click(badge);
    expect(p.onToggle).toHaveBeenCalledWith(true);
  });

  test('the open panel lists each finding with its fix and quiet actions, and the checklist', () => {
    const p = props('Can you send me the doc we talked about?', { open: true });
    render(<HintUi {...p} />);
    const dialog = screen.getByRole('dialog', { name: 'Async Nudge suggestions' });
    expect(dialog.querySelectorAll('.finding')).toHaveLength(2);
    expect(screen.getByRole('list', { name: 'Request checklist' }).textContent).toMatch(/✗ Context missing.*✓ Clear ask present.*✗ Deadline missing/);
    act(() => screen.getByRole('button', { name: 'Insert “Context: … / Ask: … / By when: …”' }).click());
    expect(p.onInsert).toHaveBeenCalledWith(expect.objectContaining({ rule: 'missing-context' }));
    act(() => screen.getAllByRole('button', { name: 'Dismiss' })[1]?.click());
    expect(p.onDismiss).toHaveBeenCalledWith(expect.objectContaining({ rule: 'no-deadline' }));
    act(() => screen.getByRole('button', { name: 'Turn off “No deadline”' }).click());
    expect(p.onDisable).toHaveBeenCalledWith(expect.objectContaining({ rule: 'no-deadline' }));
  });

  test('short by default: the why and the longer suggestion open behind each finding\'s own "Why?"', () => {
    const p = props('Can you send me the doc we talked about?', { open: true });
    render(<HintUi {...p} />);
    const [first, second] = screen.getAllByRole('listitem').filter((li) => li.classList.contains('finding')) as [HTMLElement, HTMLElement];
    const why = first.querySelector('.why') as HTMLElement;
    const suggestion = first.querySelector('.suggestion') as HTMLElement;
    expect(why.textContent).toMatch(/.{40,}/);
    // Folded: in the page for the toggle to point at, hidden from sight and from screen readers.
    expect(why.closest('[hidden]')).not.toBeNull();
    expect(suggestion.closest('[hidden]')).not.toBeNull();
    const toggle = within(first).getByRole('button', { name: 'Why?' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(why.parentElement?.id);
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(why.closest('[hidden]')).toBeNull();
    expect(suggestion.closest('[hidden]')).toBeNull();
    // Each finding folds on its own.
    expect(second.querySelector('.why')?.closest('[hidden]')).not.toBeNull();
    act(() => toggle.click());
    expect(why.closest('[hidden]')).not.toBeNull();
  });

  test('the checklist shows three states in words and marks, not colour alone', () => {
    render(<HintUi {...props('quick question', { open: true })} />);
    const items = within(screen.getByRole('list', { name: 'Request checklist' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['✗ Context missing', '✗ Clear ask missing', '— Deadline not applicable']);
    expect(items.map((li) => li.className)).toEqual(['check missing', 'check missing', 'check na']);
    expect(items[2]?.title).toBe('not applicable');
  });

  test('"Turn off" says so in place for a few seconds, with Undo and Manage in options', () => {
    vi.useFakeTimers();
    const p = props('Could you review my PR?', { open: true, onEnable: vi.fn(), onManageRules: vi.fn() });
    const { rerender } = render(<HintUi {...p} />);
    act(() => screen.getByRole('button', { name: 'Turn off “No deadline”' }).click());
    expect(p.onDisable).toHaveBeenCalledWith(expect.objectContaining({ rule: 'no-deadline' }));
    // The rule's finding goes (settings changed); the notice stays where the person is looking.
    rerender(<HintUi {...p} findings={[]} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Turned off “No deadline”·Undo·Manage in options');
    act(() => within(status).getByRole('button', { name: 'Undo' }).click());
    expect(p.onEnable).toHaveBeenCalledWith('no-deadline');
    expect(screen.queryByRole('status')).toBeNull();

    rerender(<HintUi {...p} />);
    act(() => screen.getByRole('button', { name: 'Turn off “No deadline”' }).click());
    act(() => screen.getByRole('button', { name: 'Manage in options' }).click());
    expect(p.onManageRules).toHaveBeenCalledOnce();
    expect(screen.queryByRole('status')).toBeNull();

    act(() => screen.getByRole('button', { name: 'Turn off “No deadline”' }).click());
    act(() => vi.advanceTimersByTime(TURNED_OFF_MS - 100));
    expect(screen.getByRole('status')).not.toBeNull();
    act(() => vi.advanceTimersByTime(200));
    expect(screen.queryByRole('status')).toBeNull();
  });

  test('the notice waits while the pointer or focus is on it', () => {
    vi.useFakeTimers();
    const p = props('Could you review my PR?', { open: true, onEnable: vi.fn(), onManageRules: vi.fn() });
    render(<HintUi {...p} />);
    act(() => screen.getByRole('button', { name: 'Turn off “No deadline”' }).click());
    fireEvent.mouseEnter(screen.getByRole('status'));
    act(() => vi.advanceTimersByTime(TURNED_OFF_MS * 3));
    expect(screen.getByRole('status')).not.toBeNull();
    fireEvent.mouseLeave(screen.getByRole('status'));
    act(() => vi.advanceTimersByTime(TURNED_OFF_MS + 1));
    expect(screen.queryByRole('status')).toBeNull();
  });

  test('Turn off pressed from the keyboard moves focus to Undo; by mouse, focus stays put', () => {
    const p = props('Could you review my PR?', { open: true, onEnable: vi.fn(), onManageRules: vi.fn() });
    render(<HintUi {...p} />);
    const off = screen.getByRole('button', { name: 'Turn off “No deadline”' });
    off.focus();
    act(() => off.click());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Undo' }));
  });

  test('without a host handler, Undo turns the rule back on and Manage asks the background for the options page', async () => {
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await setRuleEnabled('no-deadline', false);
    const p = props('Could you review my PR?', { open: true });
    render(<HintUi {...p} />);
    act(() => screen.getByRole('button', { name: 'Turn off “No deadline”' }).click());
    act(() => screen.getByRole('button', { name: 'Undo' }).click());
    await vi.waitFor(async () => expect((await loadSettings()).settings.rules['no-deadline']?.enabled).toBe(true));
    act(() => screen.getByRole('button', { name: 'Turn off “No deadline”' }).click());
    act(() => screen.getByRole('button', { name: 'Manage in options' }).click());
    expect(sendMessage).toHaveBeenCalledWith({ type: 'openOptions', section: 'rules' });
    sendMessage.mockRestore();
  });

  test('Escape closes the panel; review-before-send offers Send anyway', () => {
    const p = props('Need the numbers ASAP!!!', { open: true, reviewPending: true });
    render(<HintUi {...p} />);
    // false-urgency and no-deadline: a need with only ASAP has no time either.
    expect(screen.getByRole('alert').textContent).toMatch(/2 warnings left/);
    act(() => screen.getByRole('button', { name: 'Send anyway' }).click());
    expect(p.onSendAnyway).toHaveBeenCalled();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(p.onToggle).toHaveBeenCalledWith(false);
  });
});

/** What each message rule's Insert button says, for the rule's own example. */
const INSERT_LABELS: Record<string, string> = {
  'ask-to-ask': 'Insert “Question: … / What I tried: … / Needed by: …”',
  'false-urgency': 'Insert “Needed by … because …”',
  'greeting-only': 'Insert “Hi! Context: … Question: … Needed by: …”',
  'missing-context': 'Insert “Context: … / Ask: … / By when: …”',
  'no-deadline': 'Insert “— needed by …”',
  'recap-without-outcomes': 'Insert “Decisions: … / Owner: … / Due: … / Next step: …”',
  'sync-escalation': 'Insert “Instead of a call: Context: … Question: … What I need from you by …”',
  'vague-ask': 'Insert “Problem: … / Options: … / I suggest: … / What I need from you: …”',
};

describe('Insert buttons name what they insert', () => {
  const withTemplate = messageRules.filter((r) => r.meta.suggestion?.template && r.meta.suggestion.templateKind !== 'scheduled-send');

  test('every message rule with a template is in the table', () => {
    expect(withTemplate.map((r) => r.meta.id).sort()).toEqual(Object.keys(INSERT_LABELS).sort());
  });

  test.each(withTemplate.map((r) => [r.meta.id, r.meta.example ?? ''] as const))('%s', (rule, example) => {
    const p = props(example, { open: true });
    const f = p.findings.find((x) => x.rule === rule);
    if (!f) throw new Error(`${rule} does not fire on its own example`);
    render(<HintUi {...p} findings={[f]} />);
    const button = screen.getByRole('button', { name: /^Insert/ });
    expect(button.textContent).toBe(INSERT_LABELS[rule]);
    // Read from the same text the insertion uses: a one-line template is shown whole.
    const template = findingText(f).template ?? '';
    expect(button.textContent).toBe(`Insert “${templatePreview(template)}”`);
    if (!template.trim().includes('\n')) expect(button.textContent).toContain(template.trim());
    for (const heading of template.split('\n').map((l) => /^([^:-][^:]*):/.exec(l.trim())?.[1]))
      if (heading) expect(button.textContent).toContain(`${heading}:`);
    act(() => button.click());
    expect(p.onInsert).toHaveBeenCalledWith(f);
  });
});

describe('meeting panel', () => {
  test('Turn off shows the same notice with Undo', () => {
    const event: EventInput = {
      kind: 'event',
      title: 'Weekly status sync',
      description: '',
      guests: 3,
      durationMinutes: 30,
      recurring: false,
      recurrenceEnds: false,
    };
    const onEnable = vi.fn();
    const onDisable = vi.fn();
    render(
      <MeetingPanel
        findings={analyze(event)}
        keepSync={null}
        open
        copied={false}
        onToggle={vi.fn()}
        onInsertAgenda={vi.fn()}
        onCopyUpdate={vi.fn()}
        onDismiss={vi.fn()}
        onDisable={onDisable}
        onEnable={onEnable}
        onManageRules={vi.fn()}
      />,
    );
    // Named by what it shows, with words around: the count and the cost are both heard.
    const badge = screen.getByRole('button', { expanded: true });
    expect(badge.getAttribute('aria-label')).toBeNull();
    expect(screen.getByRole('button', { name: 'Async Nudge meeting check: 2 findings: 2 warnings, 0 notes; $120 of people-time' })).toBe(badge);
    act(() => screen.getByRole('button', { name: 'Turn off “Status meeting”' }).click());
    expect(onDisable).toHaveBeenCalledWith(expect.objectContaining({ rule: 'status-meeting' }));
    expect(screen.getByRole('status').textContent).toMatch(/^Turned off “Status meeting”/);
    act(() => screen.getByRole('button', { name: 'Undo' }).click());
    expect(onEnable).toHaveBeenCalledWith('status-meeting');
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Exactly these strings, as whole words (longest first, so a longer one is not cut short by a shorter). */
const exactly = (values: Iterable<string>) => {
  const words = [...new Set(values)].sort((x, y) => y.length - x.length).map(escape);
  return new RegExp(`(?<![\\p{L}-])(?:${words.join('|')})(?![\\p{L}-])`, 'u');
};

/** The team's response norms ("urgent under 4 hours") are the person's own settings text, shown as typed. */
const NORMS = [exactly(Object.values(DEFAULT_CONTEXT.responseNorms))];

describe('every visible word comes from a message', () => {
  test('the hint: badge, panel with templates and checklist, review before send', () => {
    const restore = switchToPseudoLocale();
    try {
      // Analysed with the pseudo-locale on, so the findings' own texts come from messages too.
      const ask = props('Can you send me the doc we talked about? Draft: https://docs.google.com/document/d/x');
      const [recap] = analyze({ kind: 'message', surface: 'email', text: 'Great meeting, thanks all!' });
      if (!recap) throw new Error('expected a recap finding');
      const findings = [...ask.findings, recap];
      expect(findings.map((f) => f.suggestion.templateKind)).toEqual(expect.arrayContaining(['context-ask-deadline', 'recap']));
      expect(findings.map((f) => f.severity)).toEqual(expect.arrayContaining(['warn', 'info']));
      expect(ask.checklist).not.toBeNull();
      const allow = NORMS;

      const seen: string[] = [];
      for (const extra of [
        { open: false },
        { open: true },
        { open: true, reviewPending: true },
        { open: true, reviewPending: true, findings: findings.filter((f) => f.severity === 'info') },
      ] satisfies Array<Partial<HintUiProps>>) {
        const { container, unmount } = render(<HintUi {...ask} findings={findings} {...extra} />);
        expect(container.querySelector('.badge')).not.toBeNull();
        if (extra.open) expect(container.querySelector('.panel .checklist')).not.toBeNull();
        if (extra.reviewPending) expect(container.querySelector('.review')).not.toBeNull();
        seen.push(...wordsOutsideMessages(container, allow));
        if (extra.open) {
          // The folded why and suggestion, and the notice after Turn off.
          for (const toggle of container.querySelectorAll<HTMLButtonElement>('button[aria-expanded="false"]:not(.badge)')) act(() => toggle.click());
          act(() => container.querySelector<HTMLButtonElement>('.quiet button:last-child')?.click());
          expect(container.querySelector('.turned-off')).not.toBeNull();
          seen.push(...wordsOutsideMessages(container, allow));
        }
        unmount();
      }
      expect(seen).toEqual([]);
    } finally {
      restore();
    }
  });

  test('the meeting panel: badge, cost, findings with their templates, the positive note', () => {
    const restore = switchToPseudoLocale();
    try {
      const event: EventInput = {
        kind: 'event',
        title: 'Weekly status sync',
        description: '',
        guests: 12,
        durationMinutes: 90,
        recurring: true,
        recurrenceEnds: false,
        recurrenceFrequency: 'weekly',
        start: '2026-03-02T10:00',
      };
      const findings = analyze(event);
      expect(findings.map((f) => f.suggestion.templateKind)).toEqual(expect.arrayContaining(['agenda', 'async-update']));
      expect(findings.some((f) => f.rule === 'meeting-cost')).toBe(true);
      const base: MeetingPanelProps = {
        findings,
        keepSync: null,
        open: false,
        copied: false,
        onToggle: vi.fn(),
        onInsertAgenda: vi.fn(),
        onCopyUpdate: vi.fn(),
        onDismiss: vi.fn(),
        onDisable: vi.fn(),
      };
      // The cost is Intl-formatted money ("$1,170"): for the test's USD in English it has no letters.
      const allow = NORMS;
      const seen: string[] = [];
      for (const extra of [
        { open: false },
        { open: true },
        { open: true, copied: true, keepSync: 'one-on-one' },
        { open: true, keepSync: 'some-kind-without-its-own-note' },
      ] satisfies Array<Partial<MeetingPanelProps>>) {
        const { container, unmount } = render(<MeetingPanel {...base} {...extra} />);
        expect(container.querySelector('.badge-cost')?.textContent).toMatch(/\d/);
        if (extra.keepSync) expect(container.querySelector('.keep')).not.toBeNull();
        seen.push(...wordsOutsideMessages(container, allow));
        unmount();
      }
      expect(seen).toEqual([]);
    } finally {
      restore();
    }
  });
});
