/** Content-script safety: errors are logged once per kind and never reach the page. */
import { browser } from 'wxt/browser';
import { NUDGE_BATCH_MAX } from '../catalog/limits';
import type { NudgeBatch, NudgeMessage } from '../messages';

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

/** 32 hex digits; getRandomValues works on http pages too, where randomUUID does not. */
function messageId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface SendQueueOptions {
  /** The first retry waits this long; each further one twice as long. */
  baseDelayMs?: number;
  /** Sends of one message before it is dropped: 5 × 500 ms doubling spans about 7.5 s, longer than a worker restart. */
  maxAttempts?: number;
}

/** More than this many unacknowledged counts means the background is gone: newer ones are dropped. */
const MAX_QUEUED = 1000;

/**
 * Counts on their way to the background. Each message keeps its id until the background
 * answers `{ ok: true }` after writing it; a failed send is retried with exponential backoff
 * up to `maxAttempts`, and the background records an id once, so each count lands exactly once.
 * A timer runs only while something is queued: an idle queue does nothing.
 */
export class SendQueue {
  private readonly items: { id: string; message: NudgeMessage; attempts: number }[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private sending: Promise<void> | null = null;
  private readonly baseDelayMs: number;
  private readonly maxAttempts: number;

  constructor({ baseDelayMs = 500, maxAttempts = 5 }: SendQueueOptions = {}) {
    this.baseDelayMs = baseDelayMs;
    this.maxAttempts = maxAttempts;
  }

  get size(): number {
    return this.items.length;
  }

  enqueue(message: NudgeMessage): void {
    if (this.items.length >= MAX_QUEUED) return report('send queue full', new Error(`${MAX_QUEUED} counts unacknowledged`));
    this.items.push({ id: messageId(), message, attempts: 0 });
    // Same task, not now: counts from one event go out as one batch.
    this.schedule(0);
  }

  /** Sends the next batch now (pagehide, tab hidden); resolves when it is answered. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.sending || this.items.length === 0) return this.sending ?? Promise.resolve();
    const batch = this.items.slice(0, NUDGE_BATCH_MAX);
    this.sending = this.deliver(batch).then((delivered) => {
      this.sending = null;
      const settled = new Set<unknown>(delivered ? batch : batch.filter((item) => ++item.attempts >= this.maxAttempts));
      if (!delivered && settled.size) report('counts dropped after retries', new Error(`${settled.size} counts`));
      this.items.splice(0, this.items.length, ...this.items.filter((item) => !settled.has(item)));
      const attempts = this.items[0]?.attempts ?? 0;
      if (this.items.length) this.schedule(attempts ? this.baseDelayMs * 2 ** (attempts - 1) : 0);
    });
    return this.sending;
  }

  private schedule(delayMs: number): void {
    if (this.timer !== undefined || this.sending) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delayMs);
  }

  private async deliver(batch: readonly { id: string; message: NudgeMessage }[]): Promise<boolean> {
    const request: NudgeBatch = { type: 'nudgeBatch', items: batch.map(({ id, message }) => ({ id, message })) };
    try {
      const answer: unknown = await browser.runtime.sendMessage(request);
      return typeof answer === 'object' && answer !== null && (answer as { ok?: unknown }).ok === true;
    } catch {
      // The worker is stopping or starting, or the extension was reloaded under this page: retry.
      return false;
    }
  }
}

let queue: SendQueue | undefined;

/** The page's queue, made on first use; leaving or hiding the page sends what is queued, best effort. */
function pageQueue(): SendQueue {
  if (queue) return queue;
  const made = new SendQueue();
  queue = made;
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', () => void made.flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void made.flush();
    });
  }
  return made;
}

/** Counts to the background: queued until it acknowledges them; never throws into the page. */
export function send(message: NudgeMessage): void {
  pageQueue().enqueue(message);
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
