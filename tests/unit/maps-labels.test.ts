/** Label placement: no two placed labels overlap, priorities win, obstacles and the frame are respected. */
import { describe, expect, it } from 'vitest';
import { boxesOverlap, placeLabels, textBox, textWidth } from '../../src/maps/svg/labels.ts';
import type { LabelRequest } from '../../src/maps/svg/labels.ts';

const frame = { width: 600, height: 300 };
const req = (id: string, x: number, y: number, priority: number, extra: Partial<LabelRequest> = {}): LabelRequest => ({
  id,
  text: `Place ${id}`,
  anchor: [x, y],
  priority,
  fontSize: 20,
  className: 'pl',
  ...extra,
});

describe('labels', () => {
  it('estimates widths from the font (wider text, wider box; bold wider than regular)', () => {
    expect(textWidth('Minsk', { fontSize: 20 })).toBeGreaterThan(40);
    expect(textWidth('Minsk', { fontSize: 20 })).toBeLessThan(60);
    expect(textWidth('Minsk', { fontSize: 20, weight: 700 })).toBeGreaterThan(textWidth('Minsk', { fontSize: 20 }));
    expect(textWidth('MINSK', { fontSize: 20, letterSpacing: 0.1 })).toBeGreaterThan(textWidth('MINSK', { fontSize: 20 }));
    const box = textBox('Minsk', { fontSize: 20 }, 100, 50, 'end');
    expect(box.x + box.w).toBeCloseTo(100);
  });

  it('never places two labels that overlap, however crowded the anchors', () => {
    // A deterministic crowd: 60 anchors on a tight grid.
    const requests = Array.from({ length: 60 }, (_, i) => req(String(i), 40 + (i % 10) * 52, 30 + Math.floor(i / 10) * 40, 60 - i));
    const { placed, unplaced } = placeLabels(requests, { frame, pad: 2 });
    expect(placed.length + unplaced.length).toBe(60);
    expect(placed.length).toBeGreaterThan(10);
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) expect(boxesOverlap(a.box, b.box), `${a.request.id} / ${b.request.id}`).toBe(false);
      expect(a.box.x).toBeGreaterThanOrEqual(0);
      expect(a.box.x + a.box.w).toBeLessThanOrEqual(frame.width);
    }
  });

  it('gives the higher priority its first choice and moves the other', () => {
    const { placed } = placeLabels(
      [req('low', 200, 100, 1, { positions: ['e', 'w'] }), req('high', 200, 100, 9, { positions: ['e', 'w'] })],
      { frame },
    );
    expect(placed.find((p) => p.request.id === 'high')?.textAnchor).toBe('start');
    expect(placed.find((p) => p.request.id === 'low')?.textAnchor).toBe('end');
  });

  it('keeps clear of obstacles other than its own marker, and of the frame edge', () => {
    const obstacle = { id: 'legend', box: { x: 205, y: 80, w: 200, h: 40 } };
    const own = { id: 'a', box: { x: 195, y: 95, w: 10, h: 10 } };
    const { placed } = placeLabels([req('a', 200, 100, 1, { ownObstacle: 'a', positions: ['e', 'w'] })], {
      frame,
      obstacles: [obstacle, own],
    });
    expect(placed[0]?.textAnchor).toBe('end');
    const edge = placeLabels([req('b', 595, 150, 1, { positions: ['e'] })], { frame });
    expect(edge.unplaced).toEqual(['b']);
  });
});
