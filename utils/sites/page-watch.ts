/**
 * Rescan only when the page changes in a way that can add, remove, show or hide an editor: the
 * pages we run on mutate constantly (a sidebar, a presence list, a clock), so work follows
 * mutations, never a timer loop, and most mutations are dismissed with a cheap look.
 * - An added subtree that holds something editable, or what a runner names beside editables
 *   (an invitation's response buttons, which come with no text box): rescan at once (the first
 *   hint waits for nothing but the next task).
 * - A removed subtree that held an editor we serve: rescan at once (its session goes).
 * - A visibility change (style, class, hidden, aria-hidden) above something editable (or what
 *   the runner names), or an SPA navigation: rescan, at most every RESCAN_MIN_MS.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guard } from './safe';

const RESCAN_MIN_MS = 250;

/** Anything a person could type in: every adapter's editors and event titles are among these. */
const EDITABLE = '[contenteditable]:not([contenteditable="false"]),textarea,input';

const holdsEditable = (node: Node): boolean =>
  node.nodeType === 1 && ((node as Element).matches(EDITABLE) || (node as Element).querySelector(EDITABLE) !== null);

/** One runner's view of the page: what it rescans and which removed nodes it served. */
interface Watcher {
  request: (soon: boolean) => void;
  serves: (removed: Node) => boolean;
  /** Besides editables, what an added subtree must hold to rescan this runner at once. */
  also: string | null;
}

const holds = (node: Node, selector: string): boolean => {
  if (node.nodeType !== 1) return false;
  try {
    return (node as Element).matches(selector) || (node as Element).querySelector(selector) !== null;
  } catch {
    return false;
  }
};

// One observer for every runner of the page (hints, the reader's-local-time line): each mutation
// is looked at once, and what it means is handed to each runner.
const watchers = new Set<Watcher>();
let observer: MutationObserver | null = null;

function dispatch(records: MutationRecord[]): void {
  let later = false;
  const changed = new Set<Node>();
  const added: Node[] = [];
  const removed: Node[] = [];
  for (const r of records) {
    if (r.type === 'attributes') {
      later ||= holdsEditable(r.target);
      changed.add(r.target);
      continue;
    }
    for (const n of r.addedNodes) if (n.nodeType === 1) added.push(n);
    for (const n of r.removedNodes) if (n.nodeType === 1) removed.push(n);
  }
  const soon = added.some(holdsEditable);
  for (const w of watchers) {
    const also = w.also;
    if (soon || removed.some((n) => w.serves(n)) || (also !== null && added.some((n) => holds(n, also)))) w.request(true);
    else if (later || (also !== null && [...changed].some((n) => holds(n, also)))) w.request(false);
  }
}

export function watchPage(ctx: ContentScriptContext, rescan: () => void, serves: (removed: Node) => boolean, also: string | null = null): void {
  let timer: number | null = null;
  let due = 0;
  let last = -Infinity;
  const request = (soon: boolean) => {
    const at = soon ? performance.now() : Math.max(performance.now(), last + RESCAN_MIN_MS);
    if (timer !== null && due <= at) return;
    if (timer !== null) clearTimeout(timer);
    due = at;
    timer = ctx.setTimeout(
      () => {
        timer = null;
        last = performance.now();
        rescan();
      },
      Math.max(0, at - performance.now()),
    );
  };
  const watcher: Watcher = { request, serves, also };
  watchers.add(watcher);
  if (!observer) {
    observer = new MutationObserver(guard('mutations', dispatch));
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style', 'class', 'hidden', 'aria-hidden', 'contenteditable'],
    });
  }
  ctx.onInvalidated(() => {
    watchers.delete(watcher);
    if (watchers.size === 0) {
      observer?.disconnect();
      observer = null;
    }
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => request(false));
}
