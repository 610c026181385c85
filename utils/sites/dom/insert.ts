/**
 * The one write to an editor, and only when the person clicks an action that inserts text:
 * through the editor's own input handling (`insertText` / `setRangeText` + input) so the app
 * keeps the text. Where it goes is decided by the caller (utils/sites/composer/insertion.ts).
 */
import type { EditorText } from './read-text';
import { rangeFor } from './text-map';

export const isField = (el: HTMLElement): el is HTMLTextAreaElement | HTMLInputElement => el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;

/** Put the selection on text offsets `start`–`end` of the editor (a collapsed caret when equal). */
export function selectText(target: HTMLElement, mapped: EditorText, start: number, end: number): boolean {
  if (isField(target)) {
    target.setSelectionRange(start, end);
    return true;
  }
  const sel = getSelection();
  const range = rangeFor(mapped, start, end);
  if (!sel || !range) return false;
  sel.removeAllRanges();
  sel.addRange(range);
  return true;
}

/** Insert `text` at text offset `at` (the editor's end when the offset cannot be mapped). */
export function insertText(target: HTMLElement, text: string, mapped?: EditorText, at?: number): void {
  target.focus({ preventScroll: true });
  if (isField(target)) {
    const pos = at ?? target.value.length;
    target.setRangeText(text, pos, pos, 'end');
    target.dispatchEvent(new Event('input', { bubbles: true }));
    return;
  }
  const sel = getSelection();
  const placed = mapped !== undefined && at !== undefined && selectText(target, mapped, at, at);
  if (sel && !placed && (mapped !== undefined || !sel.rangeCount || !target.contains(sel.getRangeAt(0).startContainer))) {
    const end = document.createRange();
    end.selectNodeContents(target);
    end.collapse(false);
    sel.removeAllRanges();
    sel.addRange(end);
  }
  document.execCommand('insertText', false, text);
}
