/**
 * Where a panel may go: never over what it talks about (the flagged text, the caret's line) or
 * over a form field. Pure geometry in viewport coordinates, so it is tested without a page.
 * `freeSpot` looks, column by column, for the free vertical gaps between the rects to avoid and
 * takes the tallest one (up to the panel's own height) nearest the reference.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const intersects = (a: Box, b: Box, margin = 0): boolean =>
  a.x < b.x + b.width + margin && b.x < a.x + a.width + margin && a.y < b.y + b.height + margin && b.y < a.y + a.height + margin;

export const union = (boxes: readonly Box[]): Box | null => {
  if (!boxes.length) return null;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.x + b.width)) - x, height: Math.max(...boxes.map((b) => b.y + b.height)) - y };
};

export interface SpotRequest {
  viewport: Box;
  /** Widths to try, widest first (the full panel, then a compact sheet). */
  widths: readonly number[];
  /** The panel's natural height: taller gaps bring nothing. */
  height: number;
  /** Below this a gap is too short to read in. */
  minHeight: number;
  avoid: readonly Box[];
  /** What the panel is about: it goes as close to it as the gaps allow. */
  near: Box;
  /** Space kept around every avoided rect and the viewport's edge. */
  gap?: number;
}

/** Free vertical intervals of the column [x, x + width) in the viewport, between avoided rects. */
function freeIntervals(viewport: Box, x: number, width: number, avoid: readonly Box[], gap: number): Array<[number, number]> {
  const column = { x, y: viewport.y, width, height: viewport.height };
  const blocked = avoid
    .filter((a) => intersects(column, a, gap))
    .map((a): [number, number] => [a.y - gap, a.y + a.height + gap])
    .sort((p, q) => p[0] - q[0]);
  const out: Array<[number, number]> = [];
  let top = viewport.y + gap;
  for (const [from, to] of blocked) {
    if (from > top) out.push([top, from]);
    top = Math.max(top, to);
  }
  const bottom = viewport.y + viewport.height - gap;
  if (bottom > top) out.push([top, bottom]);
  return out;
}

export function freeSpot({ viewport, widths, height, minHeight, avoid, near, gap = 8 }: SpotRequest): Box | null {
  for (const wanted of widths) {
    const width = Math.min(wanted, viewport.width - 2 * gap);
    const minX = viewport.x + gap;
    const maxX = viewport.x + viewport.width - gap - width;
    if (maxX < minX) continue;
    const xs = new Set<number>([near.x, near.x + near.width - width, near.x + near.width + gap, near.x - gap - width, minX, maxX]);
    for (const a of avoid) {
      xs.add(a.x + a.width + gap);
      xs.add(a.x - gap - width);
    }
    let best: { box: Box; score: number } | null = null;
    for (const raw of xs) {
      const x = Math.round(Math.min(maxX, Math.max(minX, raw)));
      for (const [top, bottom] of freeIntervals(viewport, x, width, avoid, gap)) {
        const h = Math.min(height, bottom - top);
        if (h < Math.min(minHeight, height)) continue;
        // Below the reference if it fits there, else above it, else wherever the gap is.
        const below = Math.min(bottom - h, Math.max(top, near.y + near.height + gap));
        const above = Math.min(bottom - h, Math.max(top, near.y - gap - h));
        const y = Math.abs(below - (near.y + near.height)) <= Math.abs(above + h - near.y) ? below : above;
        const box = { x, y, width, height: h };
        const dx = Math.max(0, near.x - (x + width), x - (near.x + near.width));
        const dy = Math.max(0, near.y - (y + h), y - (near.y + near.height));
        // A full-height spot first, then the nearest.
        const score = (height - h) * 4 + dx + dy;
        if (!best || score < best.score) best = { box, score };
      }
    }
    if (best) return best.box;
  }
  return null;
}
