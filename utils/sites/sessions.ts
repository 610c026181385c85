/**
 * One session per editor the adapter finds: new editors get one, vanished editors lose
 * theirs, and each skipped editor's reason is logged once. Both runners keep theirs here.
 */
import { report } from './safe';
import type { Skipped } from './types';

export interface Session {
  readonly parts: { root: HTMLElement };
  mount(): Promise<void>;
  destroy(): void;
}

export class Sessions<P, S extends Session> {
  private readonly byKey = new Map<HTMLElement, S>();
  private readonly logged = new WeakSet<HTMLElement>();

  constructor(
    /** The element that identifies an editor across rescans (a composer's body, an event editor's root). */
    private readonly keyOf: (parts: P) => HTMLElement,
    private readonly create: (parts: P) => S,
    /** How the console names what is skipped ("hints", "meeting check"). */
    private readonly what: string,
  ) {}

  sync(found: readonly P[], skipped: readonly Skipped[]): void {
    for (const s of skipped) {
      if (this.logged.has(s.element)) continue;
      this.logged.add(s.element);
      console.info(`[Async Nudge] no ${this.what} for an editor on this page: ${s.reason}`);
    }
    const keys = new Set(found.map(this.keyOf));
    for (const [key, s] of this.byKey) {
      if (keys.has(key) && key.isConnected) continue;
      s.destroy();
      this.byKey.delete(key);
    }
    for (const parts of found) {
      const key = this.keyOf(parts);
      if (this.byKey.has(key)) continue;
      const s = this.create(parts);
      this.byKey.set(key, s);
      s.mount().catch((e: unknown) => report('mount', e));
    }
  }

  /** The session whose editor holds an event's target. */
  at(target: EventTarget | null): S | null {
    if (!(target instanceof Node)) return null;
    for (const s of this.byKey.values()) if (s.parts.root.contains(target)) return s;
    return null;
  }

  /** One of our editors has left the document (removed with its compose window, say). */
  detached(): boolean {
    for (const key of this.byKey.keys()) if (!key.isConnected) return true;
    return false;
  }

  all(): IterableIterator<S> {
    return this.byKey.values();
  }

  clear(): void {
    for (const s of this.byKey.values()) s.destroy();
    this.byKey.clear();
  }
}
