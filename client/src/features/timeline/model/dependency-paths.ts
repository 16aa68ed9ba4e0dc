import type { DependencyType } from '@lotrinh/shared';
import type { BarGeometry } from './bar-geometry.js';
import type { TimelineTask } from './types.js';

/** How far an arrow leaves a bar horizontally before it turns. */
export const ARROW_GAP = 10;

type Box = Pick<BarGeometry, 'x' | 'width' | 'y' | 'height'>;

/**
 * An orthogonal SVG path from the predecessor bar `from` to the dependent bar `to`: finish-to-start leaves
 * the predecessor's end and enters the dependent's start from the left; start-to-start leaves the start;
 * finish-to-finish and start-to-finish enter the dependent's end from the right. When the way is blocked
 * (a dependent that starts before its predecessor ends), the path detours along the row boundary.
 * The path ends at the entry point, so `marker-end` with `orient="auto"` draws the arrowhead.
 */
export function dependencyPath({ from, to, type, rowHeight }: { from: Box; to: Box; type: DependencyType; rowHeight: number }): string {
  const leavesEnd = type === 'FINISH_TO_START' || type === 'FINISH_TO_FINISH';
  const entersStart = type === 'FINISH_TO_START' || type === 'START_TO_START';
  const dir0 = leavesEnd ? 1 : -1;
  const dir3 = entersStart ? 1 : -1;
  const x0 = leavesEnd ? from.x + from.width : from.x;
  const y0 = from.y + from.height / 2;
  const x3 = entersStart ? to.x : to.x + to.width;
  const y3 = to.y + to.height / 2;
  const a = x0 + dir0 * ARROW_GAP;
  const b = x3 - dir3 * ARROW_GAP;
  const r = (n: number) => Math.round(n * 10) / 10;
  if (dir0 !== dir3) {
    const xv = dir0 > 0 ? Math.max(a, b) : Math.min(a, b);
    return `M${r(x0)},${r(y0)}H${r(xv)}V${r(y3)}H${r(x3)}`;
  }
  if ((b - a) * dir0 >= 0 && y0 !== y3) {
    return `M${r(x0)},${r(y0)}H${r(a)}V${r(y3)}H${r(x3)}`;
  }
  const yMid = y0 + (y3 >= y0 ? 1 : -1) * (rowHeight / 2);
  return `M${r(x0)},${r(y0)}H${r(a)}V${r(yMid)}H${r(b)}V${r(y3)}H${r(x3)}`;
}

/** One arrow: from the predecessor (`fromKey`) to the task that depends on it (`toKey`). */
export interface DependencyEdge {
  id: string;
  type: DependencyType;
  lagDays: number;
  fromKey: string;
  toKey: string;
  fromRow: number;
  toRow: number;
}

/** Every dependency whose two tasks both have a visible row; `dependencies[].toTaskId` is the predecessor. */
export function dependencyEdges({
  tasks,
  indexByKey,
}: {
  tasks: readonly TimelineTask[];
  indexByKey: ReadonlyMap<string, number>;
}): DependencyEdge[] {
  const edges: DependencyEdge[] = [];
  for (const task of tasks) {
    if (task.dependencies.length === 0) continue;
    const toRow = indexByKey.get(task.id);
    if (toRow === undefined) continue;
    for (const dependency of task.dependencies) {
      const fromRow = indexByKey.get(dependency.toTaskId);
      if (fromRow === undefined) continue;
      edges.push({
        id: dependency.id,
        type: dependency.type,
        lagDays: dependency.lagDays,
        fromKey: dependency.toTaskId,
        toKey: task.id,
        fromRow,
        toRow,
      });
    }
  }
  return edges;
}

/** An arrow with its path and horizontal extent, placed once per layout, scale and pending edits. */
export interface PlacedEdge {
  edge: DependencyEdge;
  d: string;
  minX: number;
  maxX: number;
}

/** Places `edge` between the bars of its two rows; null when either row has no bar. */
export function placeEdge({
  edge,
  barOf,
  rowHeight,
}: {
  edge: DependencyEdge;
  barOf: (rowIndex: number) => Box | null;
  rowHeight: number;
}): PlacedEdge | null {
  const from = barOf(edge.fromRow);
  const to = barOf(edge.toRow);
  if (!from || !to) return null;
  return {
    edge,
    d: dependencyPath({ from, to, type: edge.type, rowHeight }),
    minX: Math.min(from.x, to.x) - ARROW_GAP,
    maxX: Math.max(from.x + from.width, to.x + to.width) + ARROW_GAP,
  };
}

/** The edges with a part inside the rows [firstRow, lastRow): one end there, or passing through. */
export function edgesInRows({
  edges,
  firstRow,
  lastRow,
}: {
  edges: readonly DependencyEdge[];
  firstRow: number;
  lastRow: number;
}): DependencyEdge[] {
  return edges.filter((edge) => Math.max(edge.fromRow, edge.toRow) >= firstRow && Math.min(edge.fromRow, edge.toRow) < lastRow);
}
