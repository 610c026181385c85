/** The scan every message-site adapter shares: candidate editors → composers, or skipped with a named reason. */
import type { Surface } from '../../analyzer/types';
import type { SelectorList } from '../selectors';
import type { ComposerParts, SkipReason, Skipped } from '../types';
import { isElement, queryAll } from './query';
import { isHiddenByAncestor, isOptedOut, isReadOnly } from './visibility';

/** Where a site adapter found a composer's parts; `send: null` means it found none. */
export interface Located {
  root: HTMLElement;
  subject: HTMLInputElement | null;
  send: HTMLElement | null;
}

export interface ScanSpec {
  /** Candidate editors, ordered fallback list. */
  bodies: SelectorList;
  surface: Surface;
  /**
   * This editor's composer parts given the page's visible editors; a named reason when the editor
   * is no composer and worth logging, or null for an editor that is plainly something else (an
   * edit-in-place box inside a message, ignored silently).
   */
  locate(body: HTMLElement, editors: readonly HTMLElement[]): Located | SkipReason | null;
}

/**
 * The common scan: every candidate editor under `scope`, in document order, either a composer
 * or skipped with a named reason. Editors that are no composer at all (an edit-in-place box)
 * are left out of both lists. A composer whose Send control is not found still gets hints
 * (`send: null`): Send is only needed to count sends, never to show hints.
 */
export function scanComposers(scope: ParentNode, spec: ScanSpec): { composers: ComposerParts[]; skipped: Skipped[] } {
  const composers: ComposerParts[] = [];
  const skipped: Skipped[] = [];
  // Fencing needs every editor on the page, also those outside a partial scope, but only the
  // visible ones: a hidden lingering draft beside the open one must not fence it off its controls.
  const page = isElement(scope) ? scope.getRootNode() : scope;
  const editors = queryAll(page as ParentNode, spec.bodies).filter((e) => !isHiddenByAncestor(e));
  for (const body of queryAll(scope, spec.bodies)) {
    const found = spec.locate(body, editors);
    if (!found) continue;
    if (typeof found === 'string') {
      skipped.push({ element: body, reason: found });
      continue;
    }
    let reason: SkipReason | null = null;
    if (isHiddenByAncestor(body)) reason = 'hidden';
    else if (isOptedOut(body)) reason = 'opted-out';
    else if (isReadOnly(body)) reason = 'read-only';
    if (reason) skipped.push({ element: body, reason });
    else composers.push({ root: found.root, body, subject: found.subject, send: found.send, surface: spec.surface });
  }
  return { composers, skipped };
}
