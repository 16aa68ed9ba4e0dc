import { describe, expect, it } from 'vitest';
import {
  sameWindow,
  scrollLeftToReveal,
  scrollTopToReveal,
  visibleWindow,
  windowCovers,
} from '../../../client/src/features/timeline/model/virtual-window.js';

const base = { viewportWidth: 1000, viewportHeight: 320, rowHeight: 32, rowCount: 10_000, contentWidth: 50_000 };

describe('virtual window', () => {
  it('computes visible rows and x-range with overscan', () => {
    const w = visibleWindow({ ...base, scrollTop: 3200, scrollLeft: 2000, overscanRows: 5, overscanPx: 100 });
    // 10 rows in view, 5 above and below, and one more for a viewport that shows parts of two rows.
    expect(w).toEqual({ firstRow: 95, lastRow: 116, x0: 1900, x1: 3101 });
  });

  it('covers the viewport and its overscan from anywhere, with a span that never changes (both edges move at once)', () => {
    const q = { ...base, overscanRows: 8, overscanPx: 384, quantumRows: 8, quantumPx: 256 };
    const spans = new Set<string>();
    for (let scrollTop = 1000; scrollTop < 9000; scrollTop += 37) {
      const scrollLeft = scrollTop * 3;
      const w = visibleWindow({ ...q, scrollTop, scrollLeft });
      spans.add(`${w.lastRow - w.firstRow}×${w.x1 - w.x0}`);
      expect(w.firstRow).toBeLessThanOrEqual(Math.floor(scrollTop / 32) - 8);
      expect(w.lastRow).toBeGreaterThanOrEqual(Math.ceil((scrollTop + 320) / 32) + 8);
      expect(w.x0).toBeLessThanOrEqual(scrollLeft - 384);
      expect(w.x1).toBeGreaterThanOrEqual(scrollLeft + 1000 + 384);
    }
    expect([...spans]).toEqual(['34×2048']);
  });

  it('clamps at the edges', () => {
    expect(visibleWindow({ ...base, scrollTop: -50, scrollLeft: -10, overscanRows: 5, overscanPx: 100 })).toEqual({
      firstRow: 0,
      lastRow: 21,
      x0: 0,
      x1: 1201,
    });
    const end = visibleWindow({ ...base, rowCount: 12, scrollTop: 0, scrollLeft: 49_900, overscanRows: 5, overscanPx: 100 });
    expect(end).toEqual({ firstRow: 0, lastRow: 12, x0: 49_800, x1: 50_000 });
    expect(visibleWindow({ ...base, rowCount: 0, scrollTop: 0, scrollLeft: 0 })).toMatchObject({ firstRow: 0, lastRow: 0 });
  });

  it('quantises so that small scrolls give the same window', () => {
    const q = { ...base, overscanRows: 4, overscanPx: 200, quantumRows: 8, quantumPx: 256 };
    const a = visibleWindow({ ...q, scrollTop: 3200, scrollLeft: 2000 });
    const b = visibleWindow({ ...q, scrollTop: 3210, scrollLeft: 2010 });
    expect(sameWindow({ a, b })).toBe(true);
    expect(windowCovers({ ...base, window: a, scrollTop: 3300, scrollLeft: 2100 })).toBe(true);
    expect(windowCovers({ ...base, window: a, scrollTop: 6000, scrollLeft: 2100 })).toBe(false);
  });

  it('scrolls just enough to reveal a row or a bar', () => {
    expect(scrollTopToReveal({ index: 50, rowHeight: 32, scrollTop: 0, viewportHeight: 320 })).toBe(51 * 32 - 320);
    expect(scrollTopToReveal({ index: 2, rowHeight: 32, scrollTop: 320, viewportHeight: 320 })).toBe(64);
    expect(scrollTopToReveal({ index: 12, rowHeight: 32, scrollTop: 320, viewportHeight: 320 })).toBe(320);
    expect(scrollLeftToReveal({ x: 5000, width: 100, scrollLeft: 0, viewportWidth: 1000 })).toBe(4952);
    expect(scrollLeftToReveal({ x: 500, width: 100, scrollLeft: 0, viewportWidth: 1000 })).toBe(0);
    expect(scrollLeftToReveal({ x: -5000, width: 9000, scrollLeft: 0, viewportWidth: 1000 })).toBe(0);
    expect(scrollLeftToReveal({ x: 990, width: 100, scrollLeft: 0, viewportWidth: 1000 })).toBe(942);
  });
});

describe('assignSlots', () => {
  it('keeps the slots of rows that stay and hands the slots of rows that leave to rows that come in', async () => {
    const { assignSlots } = await import('../../../client/src/features/timeline/model/row-slots.js');
    const rows = (first: number, last: number) => Array.from({ length: last - first }, (_, i) => `t${first + i}`);
    const before = assignSlots({ previous: new Map(), keys: rows(0, 40) });
    expect([...before.values()]).toEqual(rows(0, 40).map((_, i) => i));
    const after = assignSlots({ previous: before, keys: rows(8, 48) });
    for (const key of rows(8, 40)) expect(after.get(key)).toBe(before.get(key));
    expect(rows(40, 48).map((key) => after.get(key))).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(new Set(after.values()).size).toBe(40);
    // A taller window takes new slots; a shorter one keeps the ones it has.
    const taller = assignSlots({ previous: after, keys: rows(8, 60) });
    expect(new Set(taller.values()).size).toBe(52);
    expect(Math.max(...taller.values())).toBe(51);
  });
});
