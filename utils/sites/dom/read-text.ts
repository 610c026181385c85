/**
 * Reading an editor as the analyzer's plain text, with a map from text offsets back to the text
 * nodes they came from (for underlines). Never reads HTML, never writes.
 */
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
