/** Calm timing (utils/sites/composer/pause.ts) on fake timers: nothing settles while keys keep coming. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { caretAfterWordChar, TypingPause } from '@/utils/sites/composer/pause';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

function pause(delay = 600, midWord = false) {
  const settle = vi.fn();
  return {
    p: new TypingPause(
      () => delay,
      () => midWord,
      settle,
    ),
    settle,
  };
}

describe('TypingPause', () => {
  test('keys 150 ms apart never settle; the pause after the last one does, once', () => {
    const { p, settle } = pause();
    for (let i = 0; i < 20; i++) {
      p.input();
      vi.advanceTimersByTime(150);
    }
    expect(settle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(449);
    expect(settle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(settle).toHaveBeenCalledTimes(1);
  });

  test('a pause right after a letter (a word may be unfinished) waits once more', () => {
    const { p, settle } = pause(600, true);
    p.input();
    vi.advanceTimersByTime(600);
    expect(settle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(600);
    expect(settle).toHaveBeenCalledTimes(1);
  });

  test('flush (a send, a blur) settles at once; with nothing pending it does nothing', () => {
    const { p, settle } = pause();
    p.flush();
    expect(settle).not.toHaveBeenCalled();
    p.input();
    p.flush();
    expect(settle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2000);
    expect(settle).toHaveBeenCalledTimes(1);
  });

  test('a delay of 0 settles on every input', () => {
    const { p, settle } = pause(0);
    p.input();
    p.input();
    expect(settle).toHaveBeenCalledTimes(2);
    expect(p.pending).toBe(false);
  });
});

describe('caretAfterWordChar', () => {
  function caretIn(text: string, offset: number) {
    const el = document.createElement('div');
    el.contentEditable = 'true';
    el.textContent = text;
    document.body.append(el);
    const r = document.createRange();
    r.setStart(el.firstChild as Text, offset);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(r);
    return el;
  }

  test.each([
    ['Could yo', 8, true],
    ['Could you ', 10, false],
    ['review my PR?', 13, false],
    ['Привет', 6, true],
  ])('%j at %i: %s', (text, offset, expected) => {
    expect(caretAfterWordChar(caretIn(text, offset))).toBe(expected);
  });

  test('a textarea', () => {
    const ta = document.createElement('textarea');
    ta.value = 'quick q';
    document.body.append(ta);
    ta.setSelectionRange(7, 7);
    expect(caretAfterWordChar(ta)).toBe(true);
    ta.setSelectionRange(6, 6);
    expect(caretAfterWordChar(ta)).toBe(false);
  });
});
