/** The free-spot search behind panel placement: pure geometry, the page's boxes as plain numbers. */
import { describe, expect, test } from 'vitest';
import { type Box, freeSpot, intersects } from '@/utils/sites/placement';

const VIEW: Box = { x: 0, y: 0, width: 1024, height: 640 };
const box = (x: number, y: number, width: number, height: number): Box => ({ x, y, width, height });

describe('freeSpot', () => {
  test('beside a composer that fills the right half: to its left, clear of it, at full height', () => {
    const composer = box(594, 200, 420, 390);
    const spot = freeSpot({ viewport: VIEW, widths: [388], height: 330, minHeight: 120, avoid: [composer], near: box(600, 360, 380, 20) });
    expect(spot).not.toBeNull();
    expect(spot && intersects(spot, composer)).toBe(false);
    expect(spot?.height).toBe(330);
  });

  test('no rect it must avoid is covered, and it stays in the viewport', () => {
    const avoid = [box(0, 100, 1024, 40), box(0, 300, 500, 30), box(600, 420, 400, 30)];
    const spot = freeSpot({ viewport: VIEW, widths: [388, 300], height: 400, minHeight: 120, avoid, near: box(0, 300, 500, 30) });
    expect(spot).not.toBeNull();
    for (const a of avoid) expect(spot && intersects(spot, a)).toBe(false);
    expect(spot && spot.x >= 0 && spot.y >= 0 && spot.x + spot.width <= 1024 && spot.y + spot.height <= 640).toBe(true);
  });

  test('narrower when the full width does not fit between the fields', () => {
    const avoid = [box(0, 0, 300, 640), box(620, 0, 404, 640)];
    const spot = freeSpot({ viewport: VIEW, widths: [388, 300], height: 200, minHeight: 120, avoid, near: box(0, 0, 10, 10) });
    expect(spot?.width).toBe(300);
  });

  test('null when no gap is tall enough', () => {
    const avoid = [box(0, 0, 1024, 300), box(0, 340, 1024, 300)];
    expect(freeSpot({ viewport: VIEW, widths: [388], height: 200, minHeight: 120, avoid, near: box(0, 0, 10, 10) })).toBeNull();
  });
});
