/**
 * Querying selector fallback lists and scoping a composer to its own subtree. A selector the
 * browser cannot parse counts as "no match", so one bad entry never hides the rest. Read only.
 */
import type { SelectorList } from '../selectors';

/** `matches`/`closest`/`querySelectorAll` that treat a selector the browser cannot parse as "no match". */
function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

function safeClosest(el: Element, selector: string): HTMLElement | null {
  try {
    return el.closest<HTMLElement>(selector);
  } catch {
    return null;
  }
}

export function safeQueryAll(scope: ParentNode, selector: string): HTMLElement[] {
  try {
    return [...scope.querySelectorAll<HTMLElement>(selector)];
  } catch {
    return [];
  }
}

export function isElement(node: unknown): node is HTMLElement {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

/** Comparator: document order. */
function byDocumentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & 4 /* DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1;
}

/** Every element under `scope` (and `scope` itself) matching any selector of the list, deduplicated, in document order. */
export function queryAll(scope: ParentNode, selectors: SelectorList): HTMLElement[] {
  const found = new Set<HTMLElement>();
  for (const selector of selectors) {
    if (isElement(scope) && safeMatches(scope, selector)) found.add(scope);
    for (const el of safeQueryAll(scope, selector)) found.add(el);
  }
  return [...found].sort(byDocumentOrder);
}

/** `el` itself matches one of the selectors. */
export function matchesAny(el: Element, selectors: SelectorList): boolean {
  return selectors.some((selector) => safeMatches(el, selector));
}

/** The first match inside `scope` of the first selector in the list that matches anything (relative lists). */
export function firstWithin(scope: Element, selectors: SelectorList, exclude?: Element): HTMLElement | null {
  for (const selector of selectors) {
    const hit = safeQueryAll(scope, `:scope ${selector}`).find((el) => !exclude?.contains(el));
    if (hit) return hit;
  }
  return null;
}

/** `el` or an ancestor matches one of the selectors. */
export function closestAny(el: Element, selectors: SelectorList): HTMLElement | null {
  for (const selector of selectors) {
    const hit = safeClosest(el, selector);
    if (hit) return hit;
  }
  return null;
}

export function parentOf(el: Element): HTMLElement | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  // Cross an open shadow root to its host, so editors inside web components still have ancestors.
  return 'host' in root && isElement(root.host) ? root.host : null;
}

export function holdsOther(container: Element, body: Element, editors: readonly Element[]): boolean {
  return editors.some((e) => e !== body && !body.contains(e) && container.contains(e));
}

/**
 * Walks up from `body` and returns the first non-null `visit(ancestor)`, stopping before any
 * ancestor that also holds another editor (a composer never borrows a neighbour's controls)
 * or when `visit` returns undefined.
 */
export function walkUp<T>(body: HTMLElement, editors: readonly Element[], visit: (ancestor: HTMLElement) => T | null | undefined): T | null {
  for (let el = parentOf(body); el; el = parentOf(el)) {
    if (holdsOther(el, body, editors)) return null;
    const hit = visit(el);
    if (hit === undefined) return null;
    if (hit !== null) return hit;
  }
  return null;
}

/**
 * The nearest element to `body` (by tree distance) matching a relative selector list, within its
 * own composer; the search ends at the first ancestor matching `limit` (the composer's container).
 */
export function nearestWithin(body: HTMLElement, selectors: SelectorList, editors: readonly Element[], limit: SelectorList = []): HTMLElement | null {
  let done = false;
  return walkUp(body, editors, (ancestor) => {
    if (done) return undefined;
    done = matchesAny(ancestor, limit);
    return firstWithin(ancestor, selectors, body);
  });
}

/**
 * The composer's own container: the closest ancestor matching the first selector (in list order)
 * that holds every part in `parts` and no other editor. Null when none qualifies.
 */
export function closestComposerRoot(
  body: HTMLElement,
  selectors: SelectorList,
  parts: readonly (Element | null)[],
  editors: readonly Element[],
): HTMLElement | null {
  for (const selector of selectors) {
    const candidate = safeClosest(body, selector);
    if (!candidate) continue;
    if (parts.every((p) => !p || candidate.contains(p)) && !holdsOther(candidate, body, editors)) return candidate;
  }
  return null;
}

/** The smallest element holding `first` and every non-null element of `rest` (`first` itself when `rest` is empty or null). */
export function commonAncestor(first: HTMLElement, ...rest: readonly (Element | null)[]): HTMLElement {
  let el: HTMLElement | null = first;
  while (el && !rest.every((r) => !r || el?.contains(r))) el = parentOf(el);
  return el ?? first;
}

/** Every match inside `scope` of the first selector in the list that matches anything (relative lists). */
export function allWithin(scope: Element, selectors: SelectorList): HTMLElement[] {
  for (const selector of selectors) {
    const hits = safeQueryAll(scope, `:scope ${selector}`);
    if (hits.length > 0) return hits;
  }
  return [];
}
