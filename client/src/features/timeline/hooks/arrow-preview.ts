import type { DependencyType } from '@lotrinh/shared';
import type { BarGeometry } from '../model/bar-geometry.js';
import { dependencyPath } from '../model/dependency-paths.js';

/** An arrow touching the dragged bar, with what it needs to be redrawn and put back. */
export interface DraggedArrow {
  path: SVGPathElement;
  /** The dragged bar is the predecessor (the arrow leaves it). */
  leaves: boolean;
  other: BarGeometry;
  type: DependencyType;
  original: string;
}

/** The arrows drawn to or from `key`, each with the bar at its other end (from the model, not the DOM). */
export function arrowsOf(options: {
  chart: HTMLElement | null;
  key: string;
  barOf: (rowIndex: number) => BarGeometry | null;
}): DraggedArrow[] {
  const { chart, key, barOf } = options;
  if (!chart) return [];
  const arrows: DraggedArrow[] = [];
  const selector = `path[data-from="${CSS.escape(key)}"], path[data-to="${CSS.escape(key)}"]`;
  for (const path of chart.querySelectorAll<SVGPathElement>(selector)) {
    const leaves = path.dataset.from === key;
    const other = barOf(Number(leaves ? path.dataset.toRow : path.dataset.fromRow));
    const type = path.dataset.type as DependencyType;
    if (other) arrows.push({ path, leaves, other, type, original: path.getAttribute('d') ?? '' });
  }
  return arrows;
}

/** Redraws the arrows for the dragged bar's proposed place (no React render). */
export function moveArrows({ arrows, bar, rowHeight }: { arrows: readonly DraggedArrow[]; bar: BarGeometry; rowHeight: number }): void {
  for (const arrow of arrows) {
    const from = arrow.leaves ? bar : arrow.other;
    const to = arrow.leaves ? arrow.other : bar;
    arrow.path.setAttribute('d', dependencyPath({ from, to, type: arrow.type, rowHeight }));
  }
}

/** Puts the arrows back as React drew them (the committed edit then redraws them through React). */
export function restoreArrows({ arrows }: { arrows: readonly DraggedArrow[] }): void {
  for (const arrow of arrows) arrow.path.setAttribute('d', arrow.original);
}
