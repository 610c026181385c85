/** Keyboard and event tests the adapters share (send and save shortcuts, IME composition). */

/** The event is IME composition (a candidate is being picked), whatever key it reports. */
export function isImeComposing(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}

/** The event's target is `el` or inside it; events not yet dispatched (no target) pass. */
export function targetWithin(event: Event, el: Element): boolean {
  const target = event.target;
  if (target === null) return true;
  return typeof (target as Node).nodeType === 'number' && el.contains(target as Node);
}

/**
 * Ctrl+S / Cmd+S (by key, or by physical key on layouts whose S key types another letter), typed
 * in the editor or with nothing focused; not during IME composition.
 */
export function isSaveShortcut(event: KeyboardEvent, root: HTMLElement): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || isImeComposing(event)) return false;
  if (event.key !== 's' && event.key !== 'S' && event.code !== 'KeyS') return false;
  const target = event.target;
  return targetWithin(event, root) || target === root.ownerDocument.body || target === root.ownerDocument;
}
