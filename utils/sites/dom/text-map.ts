/**
 * From a finding's text offsets back to the DOM: a Range over the editor's own text nodes,
 * so the underline never touches the editor's DOM.
 */
import type { EditorText, TextSegment } from './read-text';

function locate(m: EditorText, offset: number): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = m.segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = m.segments[mid] as TextSegment;
    if (offset < seg.start) hi = mid - 1;
    else if (offset > seg.start + seg.node.data.length) lo = mid + 1;
    else return { node: seg.node, offset: offset - seg.start };
  }
  return null;
}

/** A live DOM Range for text offsets, or null when the text changed under us. */
export function rangeFor(m: EditorText, start: number, end: number): Range | null {
  const a = locate(m, start);
  const b = locate(m, end);
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
  const r = document.createRange();
  r.setStart(a.node, Math.min(a.offset, a.node.data.length));
  r.setEnd(b.node, Math.min(b.offset, b.node.data.length));
  return r;
}
