/** Whether an element is shown, opted out of writing tools, or read-only. Read only. */
import { sharedSelectors, type SelectorList } from '../selectors';
import { closestAny, parentOf, safeQueryAll } from './query';

function inlineHidden(el: HTMLElement): boolean {
  return el.hidden || el.getAttribute('aria-hidden') === 'true' || el.style?.display === 'none' || el.style?.visibility === 'hidden';
}

/**
 * Not shown: the element or an ancestor is `hidden`, `aria-hidden="true"` or inline `display: none`
 * (a minimised Gmail window, a draft Outlook keeps mounted). In a real browser `checkVisibility`
 * also catches stylesheet-hidden ancestors; DOM-only environments have no layout and skip it.
 */
export function isHiddenByAncestor(el: HTMLElement): boolean {
  for (let node: HTMLElement | null = el; node; node = parentOf(node)) {
    if (inlineHidden(node)) return true;
  }
  return typeof el.checkVisibility === 'function' && !el.checkVisibility();
}

/** The page asked writing tools to stay away from this editor (on it or an ancestor). */
export function isOptedOut(el: HTMLElement): boolean {
  return closestAny(el, sharedSelectors.optOut) !== null;
}

/** The editor accepts no typing. */
export function isReadOnly(el: HTMLElement): boolean {
  return el.getAttribute('aria-readonly') === 'true' || el.getAttribute('aria-disabled') === 'true' || el.getAttribute('contenteditable') === 'false';
}

/** Like `firstWithin`, but skips matches that are not shown (a closed pop-up's button with the same hook). */
export function firstShownWithin(scope: Element, selectors: SelectorList): HTMLElement | null {
  for (const selector of selectors) {
    const hit = safeQueryAll(scope, `:scope ${selector}`).find((el) => !isHiddenByAncestor(el));
    if (hit) return hit;
  }
  return null;
}
