import { memo, useId } from 'react';
import type { BarGeometry } from '../model/bar-geometry.js';
import { dependencyPath, type DependencyEdge } from '../model/dependency-paths.js';

export interface DependencyLayerProps {
  edges: readonly DependencyEdge[];
  /** The bar of a row, wherever it is (an arrow may come from a row outside the window). */
  barOf: (rowIndex: number) => BarGeometry | null;
  rowHeight: number;
}

/** The arrows of the dependencies that cross the rendered rows. Decorative: the list and bars carry the meaning. */
export const DependencyLayer = memo(function DependencyLayer({ edges, barOf, rowHeight }: DependencyLayerProps) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const arrow = `tl-arrow-${id}`;
  return (
    <svg className="tl-dependencies" aria-hidden="true" focusable="false">
      <defs>
        <marker id={arrow} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0L8,4L0,8z" className="tl-dependency-head" />
        </marker>
      </defs>
      {edges.map((edge) => {
        const from = barOf(edge.fromRow);
        const to = barOf(edge.toRow);
        if (!from || !to) return null;
        return (
          <path
            key={edge.id}
            className={`tl-dependency tl-dependency--${edge.type.toLowerCase()}`}
            d={dependencyPath({ from, to, type: edge.type, rowHeight })}
            data-type={edge.type}
            data-from={edge.fromKey}
            data-to={edge.toKey}
            data-from-row={edge.fromRow}
            data-to-row={edge.toRow}
            markerEnd={`url(#${arrow})`}
          />
        );
      })}
    </svg>
  );
});
