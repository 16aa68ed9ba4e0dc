import { describe, expect, it } from 'vitest';
import { dependencyEdges, dependencyPath, edgesInRows, placeEdge } from '../../../client/src/features/timeline/model/dependency-paths.js';
import { makeTask } from './fixtures.js';

const from = { x: 100, width: 100, y: 6, height: 20 }; // ends at 200, centre y 16
const after = { x: 300, width: 50, y: 38, height: 20 }; // row below, centre y 48
const overlapping = { x: 150, width: 50, y: 38, height: 20 };

describe('dependencyPath', () => {
  it('finish-to-start: from the end to the start, straight when there is room', () => {
    expect(dependencyPath({ from, to: after, type: 'FINISH_TO_START', rowHeight: 32 })).toBe('M200,16H210V48H300');
  });

  it('finish-to-start: detours along the row boundary when the dependent starts earlier', () => {
    expect(dependencyPath({ from, to: overlapping, type: 'FINISH_TO_START', rowHeight: 32 })).toBe('M200,16H210V32H140V48H150');
  });

  it('start-to-start and finish-to-finish leave and enter on the same side', () => {
    expect(dependencyPath({ from, to: after, type: 'START_TO_START', rowHeight: 32 })).toBe('M100,16H90V48H300');
    expect(dependencyPath({ from, to: overlapping, type: 'FINISH_TO_FINISH', rowHeight: 32 })).toBe('M200,16H210V48H200');
  });

  it('start-to-finish: from the start to the end, entering from the right', () => {
    expect(dependencyPath({ from: after, to: from, type: 'START_TO_FINISH', rowHeight: 32 })).toBe('M300,48H290V16H200');
    expect(dependencyPath({ from, to: after, type: 'START_TO_FINISH', rowHeight: 32 })).toBe('M100,16H90V32H360V48H350');
  });
});

describe('dependency edges', () => {
  const tasks = [
    makeTask({ id: 'a' }),
    makeTask({ id: 'b', dependencies: [{ id: 'd1', toTaskId: 'a', type: 'FINISH_TO_START', lagDays: 0 }] }),
    makeTask({ id: 'c', dependencies: [{ id: 'd2', toTaskId: 'hidden', type: 'FINISH_TO_START', lagDays: 0 }] }),
  ];
  const indexByKey = new Map([
    ['a', 0],
    ['b', 40],
    ['c', 41],
  ]);

  it('link visible rows, predecessor first, and skip hidden ones', () => {
    const edges = dependencyEdges({ tasks, indexByKey });
    expect(edges).toEqual([{ id: 'd1', type: 'FINISH_TO_START', lagDays: 0, fromKey: 'a', toKey: 'b', fromRow: 0, toRow: 40 }]);
    expect(edgesInRows({ edges, firstRow: 10, lastRow: 20 })).toHaveLength(1);
    expect(edgesInRows({ edges, firstRow: 41, lastRow: 60 })).toHaveLength(0);
  });
});

describe('placeEdge', () => {
  const edge = { id: 'd1', type: 'FINISH_TO_START' as const, lagDays: 0, fromKey: 'a', toKey: 'b', fromRow: 0, toRow: 1 };

  it('gives the path and the horizontal extent the arrow may occupy, gaps included', () => {
    const bars = [from, after];
    expect(placeEdge({ edge, barOf: (row) => bars[row] ?? null, rowHeight: 32 })).toEqual({
      edge,
      d: 'M200,16H210V48H300',
      minX: 90,
      maxX: 360,
    });
  });

  it('is null when either end has no bar', () => {
    expect(placeEdge({ edge, barOf: (row) => (row === 0 ? from : null), rowHeight: 32 })).toBeNull();
  });
});
