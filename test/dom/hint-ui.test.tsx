import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { HintUi, type HintUiProps } from '../../components/HintUi';
import { analyze } from '../../utils/analyzer/analyze';
import { checklist } from '../../utils/analyzer/checklist';
import type { MessageInput } from '../../utils/analyzer/types';

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
    act(() => screen.getByRole('button', { name: 'Turn off “no-deadline”' }).click());
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
