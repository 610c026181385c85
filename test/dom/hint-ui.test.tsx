import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { HintUi, type HintUiProps } from '../../components/HintUi';
import { MeetingPanel, type MeetingPanelProps } from '../../components/MeetingPanel';
import { analyze } from '../../utils/analyzer/analyze';
import { checklist } from '../../utils/analyzer/checklist';
import { DEFAULT_CONTEXT } from '../../utils/analyzer/context';
import type { EventInput, Finding, MessageInput } from '../../utils/analyzer/types';
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
});

describe('HintUi', () => {
  test('renders nothing for a clean draft', () => {
    const { container } = render(<HintUi {...props('Could you review PR 231 by Thursday noon?')} />);
    expect(container.innerHTML).toBe('');
  });

  test('the badge counts findings and says warn vs note in words, not colour alone', () => {
    const p = props('Can you send me the numbers? Draft: https://docs.google.com/document/d/x');
    render(<HintUi {...p} />);
    const badge = screen.getByRole('button', { name: /1 warning, 1 note/ });
    expect(badge.textContent).toBe('⚠2');
    fireEvent.click(badge);
    expect(p.onToggle).toHaveBeenCalledWith(true);
  });

  test('the open panel lists why, suggestion and actions, and the checklist', () => {
    const p = props('Can you send me the doc we talked about?', { open: true });
    render(<HintUi {...p} />);
    const dialog = screen.getByRole('dialog', { name: 'Async Nudge suggestions' });
    expect(dialog.querySelectorAll('.finding')).toHaveLength(2);
    expect(screen.getByRole('list', { name: 'Request checklist' }).textContent).toMatch(/✗ Context missing.*✓ Clear ask present.*✗ Deadline missing/);
    act(() => screen.getAllByRole('button', { name: /Insert Context/ })[0]?.click());
    expect(p.onInsert).toHaveBeenCalledWith(expect.objectContaining({ rule: 'missing-context' }));
    act(() => screen.getAllByRole('button', { name: 'Dismiss' })[1]?.click());
    expect(p.onDismiss).toHaveBeenCalledWith(expect.objectContaining({ rule: 'no-deadline' }));
    act(() => screen.getByRole('button', { name: 'Turn off “No deadline”' }).click());
    expect(p.onDisable).toHaveBeenCalledWith(expect.objectContaining({ rule: 'no-deadline' }));
  });

  test('Escape closes the panel; review-before-send offers Send anyway', () => {
    const p = props('Need the numbers ASAP!!!', { open: true, reviewPending: true });
    render(<HintUi {...p} />);
    expect(screen.getByRole('alert').textContent).toMatch(/1 warning left/);
    act(() => screen.getByRole('button', { name: 'Send anyway' }).click());
    expect(p.onSendAnyway).toHaveBeenCalled();
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(p.onToggle).toHaveBeenCalledWith(false);
  });
});

describe('checklist', () => {
  test('only for messages that ask something', () => {
    const ask: MessageInput = { kind: 'message', surface: 'chat', text: 'Could you review my PR?' };
    expect(checklist(ask, analyze(ask))).toEqual({ context: true, ask: true, deadline: false });
    const fyi: MessageInput = { kind: 'message', surface: 'chat', text: 'Deploy finished at 10:02.' };
    expect(checklist(fyi, analyze(fyi))).toBeNull();
    const hi: MessageInput = { kind: 'message', surface: 'chat', text: 'hi' };
    expect(checklist(hi, analyze(hi))).toBeNull();
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
      // A template of no known kind gets the generic button label.
      const noKind: Finding = { ...recap, rule: 'custom-template', suggestion: { template: true } };
      const findings = [...ask.findings, recap, noKind];
      expect(findings.map((f) => f.suggestion.templateKind)).toEqual(expect.arrayContaining(['context-ask-deadline', 'recap', undefined]));
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
