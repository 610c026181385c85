/** Content-script safety: errors are logged once per kind and never reach the page. */
import { browser } from 'wxt/browser';
import type { NudgeMessage } from '../messages';

const warned = new Set<string>();

export function report(kind: string, error: unknown): void {
  if (warned.has(kind)) return;
  warned.add(kind);
  console.warn(`[Async Nudge] ${kind}:`, error);
}

export function guard<A extends unknown[]>(kind: string, fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (e) {
      report(kind, e);
    }
  };
}

/** Counts to the background; fire and forget. */
export function send(message: NudgeMessage): void {
  try {
    void browser.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // The extension was reloaded under this page: counting stops, the page goes on.
  }
}

/** Runs its task once in the next animation frame, however often it is requested before then. */
export class NextFrame {
  private id = 0;

  constructor(
    private readonly kind: string,
    private readonly task: () => void,
  ) {}

  request(): void {
    if (this.id) return;
    this.id = requestAnimationFrame(
      guard(this.kind, () => {
        this.id = 0;
        this.task();
      }),
    );
  }

  cancel(): void {
    if (this.id) cancelAnimationFrame(this.id);
    this.id = 0;
  }
}
