/**
 * Rescan only when the page changes in a way that can add, remove, show or hide an editor: the
 * pages we run on mutate constantly (a sidebar, a presence list, a clock), so work follows
 * mutations, never a timer loop, and most mutations are dismissed with a cheap look.
 * - Nodes added under an element that now holds something editable, and one of them holds it:
 *   rescan at once (the first hint waits for nothing but the next task). A runner may name what
 *   else counts for it (an invitation's response buttons, which come with no text box).
 * - Nodes removed, and an editor a runner serves is no longer in the document: rescan at once
 *   (its session goes).
 * - A visibility change (style, class, hidden, aria-hidden) above something editable (or what
 *   the runner names), or an SPA navigation: rescan, at most every RESCAN_MIN_MS.
 * The look reads each record's target once per batch (one selector query per distinct target)
 * and never walks the removed nodes: a presence list that adds, relabels and drops rows costs a
 * query on its own small box and nothing more.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { report } from './safe';

const RESCAN_MIN_MS = 250;

/** Anything a person could type in: every adapter's editors and event titles are among these. */
const EDITABLE = '[contenteditable]:not([contenteditable="false"]),textarea,input';

/** EDITABLE for one element, by its tag and attribute (cheaper than `matches` on every record). */
function isEditable(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'INPUT') return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

const holdsEditable = (node: Node): boolean =>
  node.nodeType === 1 && (isEditable(node as Element) || ((node as Element).firstElementChild !== null && (node as Element).querySelector(EDITABLE) !== null));

/** One runner's view of the page: what it rescans, and whether an editor it serves has left the document. */
interface Watcher {
  request: (soon: boolean) => void;
  lost: () => boolean;
  /** Besides editables, what an added or changed subtree must hold to rescan this runner. */
  also: string | null;
}

const holdsMatch = (node: Node, selector: string): boolean => {
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
/** Every watcher's `also`, as one selector list (null when none names anything). */
let alsoAny: string | null = null;

function dispatch(records: MutationRecord[]): void {
  let soon = false;
  let later = false;
  let soonAlso = false;
  let laterAlso = false;
  let removed = false;
  const also = alsoAny;
  // Consecutive records mostly share a target (a row relabelled is a removal and an addition).
  let target: Node | null = null;
  let holds = false;
  let holdsAlso = false;
  for (const r of records) {
    if (r.target !== target) {
      target = r.target;
      holds = holdsEditable(target);
      holdsAlso = also !== null && holdsMatch(target, also);
    }
    if (r.type === 'attributes') {
      later ||= holds;
      laterAlso ||= holdsAlso;
      continue;
    }
    removed ||= r.removedNodes.length > 0;
    if ((holds && !soon) || (holdsAlso && !soonAlso)) {
      for (const n of r.addedNodes) {
        soon ||= holds && holdsEditable(n);
        soonAlso ||= holdsAlso && holdsMatch(n, also as string);
      }
    }
  }
  for (const w of watchers) {
    const mine = w.also !== null;
    if (soon || (mine && soonAlso) || (removed && w.lost())) w.request(true);
    else if (later || (mine && laterAlso)) w.request(false);
  }
}

export function watchPage(ctx: ContentScriptContext, rescan: () => void, lost: () => boolean, also: string | null = null): void {
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
  const watcher: Watcher = { request, lost, also };
  watchers.add(watcher);
  const named = () => [...watchers].flatMap((w) => (w.also === null ? [] : [w.also]));
  alsoAny = named().join(',') || null;
  if (!observer) {
    // guard() inlined: its rest-argument wrapper allocates on every one of hundreds of calls a second.
    observer = new MutationObserver((records) => {
      try {
        dispatch(records);
      } catch (e) {
        report('mutations', e);
      }
    });
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['style', 'class', 'hidden', 'aria-hidden', 'contenteditable'],
    });
  }
  ctx.onInvalidated(() => {
    watchers.delete(watcher);
    alsoAny = named().join(',') || null;
    if (watchers.size === 0) {
      observer?.disconnect();
      observer = null;
    }
  });
  ctx.addEventListener(window, 'wxt:locationchange', () => request(false));
}
