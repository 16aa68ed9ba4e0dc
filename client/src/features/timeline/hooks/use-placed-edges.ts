import { useMemo } from 'react';
import type { BarGeometry } from '../model/bar-geometry.js';
import { edgesInRows, placeEdge, type DependencyEdge, type PlacedEdge } from '../model/dependency-paths.js';
import type { VirtualWindow } from '../model/virtual-window.js';

/**
 * The arrows that cross the window (its rows and its x-range), placed. Each edge is placed once per `barOf`
 * (that is, per layout, scale and pending edits) and kept while the window moves: scrolling only filters, and
 * the placed objects stay the same, so the arrows already drawn are not drawn again.
 */
export function usePlacedEdges(options: {
  edges: readonly DependencyEdge[];
  visible: VirtualWindow;
  barOf: (rowIndex: number) => BarGeometry | null;
  rowHeight: number;
}): PlacedEdge[] {
  const { edges, visible, barOf, rowHeight } = options;
  const placeOnce = useMemo(() => {
    const placedById = new Map<string, PlacedEdge | null>();
    return (edge: DependencyEdge) => {
      let placed = placedById.get(edge.id);
      if (placed === undefined) {
        placed = placeEdge({ edge, barOf, rowHeight });
        placedById.set(edge.id, placed);
      }
      return placed;
    };
  }, [barOf, rowHeight]);
  const { firstRow, lastRow, x0, x1 } = visible;
  return useMemo(() => {
    const shown: PlacedEdge[] = [];
    for (const edge of edgesInRows({ edges, firstRow, lastRow })) {
      const placed = placeOnce(edge);
      if (placed && placed.maxX >= x0 && placed.minX <= x1) shown.push(placed);
    }
    return shown;
  }, [edges, firstRow, lastRow, x0, x1, placeOnce]);
}
