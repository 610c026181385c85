/**
 * Reading an editor as the analyzer's plain text, with a map from text offsets back to the text
 * nodes they came from (for underlines). Never reads HTML, never writes.
 */
import { MAX_CHARS } from '../../analyzer/text';
import { isElement } from './query';

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

/**
 * "- " for bullets; "N. " for ordered items, N counted from the list's `start` over the earlier
 * items of the same kind (Quill marks items with `data-list`, all inside one <ol>). `seen` holds
 * how many of each kind each list has shown so far, so a long list is read in one pass.
 */
function listMarker(li: Element, seen: Map<Element, Map<string | null, number>>): string {
  const kind = li.getAttribute('data-list');
  const parent = li.parentElement;
  let counts = parent ? seen.get(parent) : undefined;
  if (parent && !counts) seen.set(parent, (counts = new Map()));
  const before = counts?.get(kind) ?? 0;
  counts?.set(kind, before + 1);
  if (kind === 'bullet' || (!kind && parent?.tagName !== 'OL')) return '- ';
  return `${(Number(parent?.getAttribute('start') ?? 1) || 1) + before}. `;
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
 *
 * One pass, linear in the editor's size: parts are joined once at the end, the walk keeps its
 * own stack (a deeply nested page cannot overflow ours), and reading stops just past the
 * analyzer's limit — a 5,000-line reply with its quoted thread costs what its text costs.
 */
export function readEditableTextWithMap(el: HTMLElement, limit = MAX_CHARS): EditorText {
  if (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') {
    return { text: (el as HTMLTextAreaElement).value.slice(0, limit + 1), segments: [] };
  }
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let last = '';
  const push = (s: string) => {
    if (!s) return;
    parts.push(s);
    length += s.length;
    last = s.charAt(s.length - 1);
  };
  const breakLine = () => {
    if (length > 0 && last !== '\n') push('\n');
  };
  const lists = new Map<Element, Map<string | null, number>>();
  const stack: Array<{ next: ChildNode | null; block: boolean }> = [{ next: el.firstChild, block: false }];
  // Past the limit the analyzer reads nothing more; one character over tells it the draft was cut.
  while (stack.length > 0 && length <= limit) {
    const top = stack[stack.length - 1] as { next: ChildNode | null; block: boolean };
    const child = top.next;
    if (!child) {
      stack.pop();
      if (top.block) breakLine();
      continue;
    }
    top.next = child.nextSibling;
    if (child.nodeType === 3) {
      const node = child as Text;
      if (isFormattingWhitespace(node)) continue;
      segments.push({ start: length, node });
      push(node.data.replace(/\u00a0/g, ' '));
      continue;
    }
    if (!isElement(child)) continue;
    const tag = child.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      push('\n');
      continue;
    }
    if (tag === 'IMG') {
      push(imageText(child));
      continue;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) breakLine();
    if (tag === 'LI') push(listMarker(child, lists));
    if ((tag === 'TD' || tag === 'TH') && child.previousElementSibling) push('\t');
    stack.push({ next: child.firstChild, block });
  }
  let text = parts.join('');
  if (text.length > limit + 1) text = text.slice(0, limit + 1);
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return { text: end === text.length ? text : text.slice(0, end), segments };
}

/** The editor as plain text (see `readEditableTextWithMap`). */
export function readEditableText(el: HTMLElement): string {
  return readEditableTextWithMap(el).text;
}
