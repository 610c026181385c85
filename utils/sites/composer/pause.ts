/**
 * Calm timing: the hint follows the person's pauses, not their keystrokes. Each input restarts
 * the wait; when it ends with the caret right after a letter or digit (a word that may be
 * unfinished) it waits once more, so a verdict on "Could yo" never flashes up. A send, a blur
 * or an action settles at once. With a delay of 0 every input settles at once.
 */
import { guard } from '../safe';

/** True when the character just before the caret in `body` is a letter or digit. */
export function caretAfterWordChar(body: HTMLElement): boolean {
  if (body instanceof HTMLTextAreaElement || body instanceof HTMLInputElement) {
    const at = body.selectionStart;
    return at !== null && at === body.selectionEnd && /[\p{L}\p{N}]$/u.test(body.value.slice(Math.max(0, at - 2), at));
  }
  const sel = body.ownerDocument.getSelection();
  if (!sel?.rangeCount || !sel.isCollapsed) return false;
  const { startContainer: node, startOffset: offset } = sel.getRangeAt(0);
  if (!body.contains(node) || node.nodeType !== Node.TEXT_NODE) return false;
  return /[\p{L}\p{N}]$/u.test((node as Text).data.slice(Math.max(0, offset - 2), offset));
}

export class TypingPause {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The current wait already got its one extension for an unfinished word. */
  private extended = false;

  constructor(
    /** The pause in ms (the `hintDelayMs` setting), read at each input so a change applies at once. */
    private readonly delayMs: () => number,
    /** Whether the caret sits where a word may still be growing. */
    private readonly midWord: () => boolean,
    private readonly settle: () => void,
  ) {}

  /** The person is typing: nothing settles until they pause. */
  input(): void {
    this.cancel();
    const ms = this.delayMs();
    if (ms <= 0) return this.settle();
    this.extended = false;
    this.timer = setTimeout(this.done, ms);
  }

  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** Settle now if a pause is pending (a send, a blur). */
  flush(): void {
    if (!this.pending) return;
    this.cancel();
    this.settle();
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly done = guard('pause', () => {
    this.timer = undefined;
    if (!this.extended && this.midWord()) {
      this.extended = true;
      this.timer = setTimeout(this.done, this.delayMs());
      return;
    }
    this.settle();
  });
}
