/**
 * The one write to an editor, and only when the person clicks an action that inserts text: at
 * the caret when it is inside the editor, else at its end, through the editor's own input
 * handling (`insertText` / `setRangeText` + input) so the app keeps the text.
 */
export function insertText(target: HTMLElement, text: string): void {
  target.focus({ preventScroll: true });
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) {
    target.setRangeText(text, target.selectionStart ?? target.value.length, target.selectionEnd ?? target.value.length, 'end');
    target.dispatchEvent(new Event('input', { bubbles: true }));
    return;
  }
  const sel = getSelection();
  if (sel && (!sel.rangeCount || !target.contains(sel.getRangeAt(0).startContainer))) {
    const end = document.createRange();
    end.selectNodeContents(target);
    end.collapse(false);
    sel.removeAllRanges();
    sel.addRange(end);
  }
  document.execCommand('insertText', false, text);
}
