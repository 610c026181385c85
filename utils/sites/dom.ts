/**
 * Small DOM helpers shared by the site adapters: querying selector fallback lists, scoping a
 * composer to its own subtree, visibility and opt-out checks, and reading an editor as text.
 * Nothing here writes to the page.
 */
import { sharedSelectors, type SelectorList } from './selectors';
import type { ComposerParts, SkipReason, Skipped } from './types';
import type { Surface } from '../analyzer/types';

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

function safeQueryAll(scope: ParentNode, selector: string): HTMLElement[] {
  try {
    return [...scope.querySelectorAll<HTMLElement>(selector)];
  } catch {
    return [];
  }
}

function isElement(node: unknown): node is HTMLElement {
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

function parentOf(el: Element): HTMLElement | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  // Cross an open shadow root to its host, so editors inside web components still have ancestors.
  return 'host' in root && isElement(root.host) ? root.host : null;
}

function holdsOther(container: Element, body: Element, editors: readonly Element[]): boolean {
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

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TR',
  'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'META', 'LINK']);

/** One text node's place in the text: `text.slice(start, start + node.data.length)` came from `node`. */
export interface TextSegment {
  start: number;
  node: Text;
}

/** An editor's text plus where each run of it came from, so findings can be mapped back to the DOM. */
export interface EditorText {
  text: string;
  /** Text nodes in order; newlines and list markers between them are synthetic and belong to no node. */
  segments: TextSegment[];
}

/** Emoji drawn as images: Gmail (`data-emoji`), Slack (`data-stringify-*`), or an `alt` that is an emoji or `:shortcode:`. */
function imageText(img: Element): string {
  const explicit = img.getAttribute('data-emoji') ?? img.getAttribute('data-stringify-emoji') ?? img.getAttribute('data-stringify-text');
  if (explicit) return explicit;
  const alt = img.getAttribute('alt') ?? '';
  if (alt.length <= 16 && (/^:[\w+'-]+:$/.test(alt) || /\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(alt))) return alt;
  return '';
}

function listMarker(li: Element): string {
  const kind = li.getAttribute('data-list'); // Quill marks list items, all inside one <ol>
  const parent = li.parentElement;
  if (kind === 'bullet' || (!kind && parent?.tagName !== 'OL')) return '- ';
  let n = Number(parent?.getAttribute('start') ?? 1) || 1;
  for (let s = li.previousElementSibling; s; s = s.previousElementSibling) {
    if (s.tagName === 'LI' && s.getAttribute('data-list') === kind) n += 1;
  }
  return `${n}. `;
}

/** A whitespace-only text node with a newline between blocks is source formatting, not typed text. */
function isFormattingWhitespace(node: Text): boolean {
  if (!/^\s*\n\s*$/.test(node.data)) return false;
  const isBlockOrNone = (n: ChildNode | null) => n === null || (isElement(n) && BLOCK_TAGS.has(n.tagName.toUpperCase()));
  return isBlockOrNone(node.previousSibling) && isBlockOrNone(node.nextSibling);
}

/**
 * The editor as plain text with its segments: '\n' for `<br>` and between blocks (paragraphs,
 * Quill's `<p>` lines, divs, list items), "- " or "N. " before list items so the analyzer sees
 * the list, emoji images as their character or shortcode. Never reads HTML. Quoted history is
 * kept: the analyzer masks quotes itself.
 */
export function readEditableTextWithMap(el: HTMLElement): EditorText {
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') {
    return { text: (el as HTMLTextAreaElement).value, segments: [] };
  }
  let text = '';
  const segments: TextSegment[] = [];
  const breakLine = () => {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
  };
  const walk = (parent: Node) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const node = child as Text;
        if (isFormattingWhitespace(node)) continue;
        segments.push({ start: text.length, node });
        text += node.data.replace(/\u00a0/g, ' ');
        continue;
      }
      if (!isElement(child)) continue;
      const tag = child.tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag)) continue;
      if (tag === 'BR') {
        text += '\n';
        continue;
      }
      if (tag === 'IMG') {
        text += imageText(child);
        continue;
      }
      const block = BLOCK_TAGS.has(tag);
      if (block) breakLine();
      if (tag === 'LI') text += listMarker(child);
      if ((tag === 'TD' || tag === 'TH') && child.previousElementSibling) text += '\t';
      walk(child);
      if (block) breakLine();
    }
  };
  walk(el);
  return { text: text.replace(/\n+$/, ''), segments };
}

/** The editor as plain text (see `readEditableTextWithMap`). */
export function readEditableText(el: HTMLElement): string {
  return readEditableTextWithMap(el).text;
}

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
  /** This editor's composer parts, or null when the editor is no send composer (ignored silently). */
  locate(body: HTMLElement, editors: readonly HTMLElement[]): Located | null;
}

/**
 * The common scan: every candidate editor under `scope`, in document order, either a composer
 * or skipped with a named reason. Editors that are no composer at all (an edit-in-place box)
 * are left out of both lists.
 */
export function scanComposers(scope: ParentNode, spec: ScanSpec): { composers: ComposerParts[]; skipped: Skipped[] } {
  const composers: ComposerParts[] = [];
  const skipped: Skipped[] = [];
  // Fencing needs every editor on the page, also those outside a partial scope.
  const page = isElement(scope) ? scope.getRootNode() : scope;
  const editors = queryAll(page as ParentNode, spec.bodies);
  for (const body of queryAll(scope, spec.bodies)) {
    const found = spec.locate(body, editors);
    if (!found) continue;
    let reason: SkipReason | null = null;
    if (isHiddenByAncestor(body)) reason = 'hidden';
    else if (isOptedOut(body)) reason = 'opted-out';
    else if (isReadOnly(body)) reason = 'read-only';
    else if (!found.send) reason = 'no-send-control';
    if (reason) skipped.push({ element: body, reason });
    else composers.push({ root: found.root, body, subject: found.subject, send: found.send, surface: spec.surface });
  }
  return { composers, skipped };
}

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
