import { describe, expect, it } from 'vitest';
import type { BarGeometry } from '../../../client/src/features/timeline/model/bar-geometry.js';
import { barsAround, hitTest } from '../../../client/src/features/timeline/model/hit-test.js';

function bar(overrides: Partial<BarGeometry>): BarGeometry {
  return {
    key: 'a',
    rowIndex: 0,
    x: 100,
    width: 100,
    y: 6,
    height: 20,
    shape: 'bar',
    openStart: false,
    openEnd: false,
    derivedStart: false,
    derivedEnd: false,
    progress: 50,
    editable: true,
    start: '2014-01-01',
    due: '2014-02-01',
    ...overrides,
  };
}

describe('hitTest', () => {
  const bars = [bar({}), bar({ key: 'b', rowIndex: 1, y: 38 })];

  it('finds the bar under the point and its part', () => {
    expect(hitTest({ x: 130, y: 10, bars })).toMatchObject({ key: 'a', part: 'body' });
    expect(hitTest({ x: 102, y: 10, bars })).toMatchObject({ key: 'a', part: 'start' });
    expect(hitTest({ x: 198, y: 10, bars })).toMatchObject({ key: 'a', part: 'end' });
    expect(hitTest({ x: 151, y: 22, bars })).toMatchObject({ key: 'a', part: 'progress' });
    expect(hitTest({ x: 151, y: 40, bars })).toMatchObject({ key: 'b', part: 'body' });
  });

  it('misses empty space', () => {
    expect(hitTest({ x: 50, y: 10, bars })).toBeNull();
    expect(hitTest({ x: 130, y: 30, bars })).toBeNull();
  });

  it('keeps handles within a third of a short bar and off open ends and read-only bars', () => {
    expect(hitTest({ x: 106, y: 10, bars: [bar({ width: 12, progress: 0 })] })).toMatchObject({ part: 'body' });
    expect(hitTest({ x: 103, y: 10, bars: [bar({ width: 12 })] })).toMatchObject({ part: 'start' });
    expect(hitTest({ x: 101, y: 10, bars: [bar({ openStart: true })] })).toMatchObject({ part: 'body' });
    expect(hitTest({ x: 199, y: 10, bars: [bar({ editable: false, shape: 'summary' })] })).toMatchObject({ part: 'body' });
  });

  it('answers the link connectors just past the ends of editable bars, only when asked to', () => {
    expect(hitTest({ x: 92, y: 10, bars, linkPx: 14 })).toMatchObject({ key: 'a', part: 'link-start' });
    expect(hitTest({ x: 210, y: 10, bars, linkPx: 14 })).toMatchObject({ key: 'a', part: 'link-end' });
    expect(hitTest({ x: 213, y: 10, bars, linkPx: 14 })).toMatchObject({ key: 'a', part: 'link-end' });
    expect(hitTest({ x: 215, y: 10, bars })).toBeNull();
    expect(hitTest({ x: 220, y: 10, bars, linkPx: 14 })).toBeNull();
    expect(hitTest({ x: 210, y: 10, bars: [bar({ editable: false, shape: 'summary' })], linkPx: 14 })).toBeNull();
    // A bar's own body wins over a neighbour's connector.
    const close = [bar({}), bar({ key: 'c', x: 205 })];
    expect(hitTest({ x: 198, y: 10, bars: close, linkPx: 14 })).toMatchObject({ key: 'a', part: 'end' });
    expect(hitTest({ x: 203, y: 10, bars: close, linkPx: 14 })).toMatchObject({ key: 'c', part: 'link-start' });
  });

  it('gives small shapes some slop', () => {
    expect(hitTest({ x: 98, y: 10, bars: [bar({ shape: 'milestone', width: 16, height: 16 })] })).toMatchObject({ part: 'body' });
  });
});

describe('barsAround', () => {
  it('finds the candidates by arithmetic: the row under y, and its neighbour within the slop', () => {
    const rows = [bar({ key: 'r0', y: 6 }), null, bar({ key: 'r2', y: 70 })];
    const barOf = (row: number) => rows[row] ?? null;
    expect(barsAround({ y: 16, rowHeight: 32, barOf }).map((b) => b.key)).toEqual(['r0']);
    expect(barsAround({ y: 40, rowHeight: 32, barOf })).toEqual([]);
    expect(barsAround({ y: 62, rowHeight: 32, barOf }).map((b) => b.key)).toEqual(['r2']);
    expect(barsAround({ y: 2, rowHeight: 32, barOf }).map((b) => b.key)).toEqual(['r0']);
  });
});
