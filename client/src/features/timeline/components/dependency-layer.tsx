import { memo, useId } from 'react';
import type { DependencyEdge, PlacedEdge } from '../model/dependency-paths.js';

export interface DependencyLayerProps {
  placed: readonly PlacedEdge[];
}

/** The arrows of the dependencies that cross the window. Decorative: the list and bars carry the meaning. */
export const DependencyLayer = memo(function DependencyLayer({ placed }: DependencyLayerProps) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const arrow = `tl-arrow-${id}`;
  return (
    <svg className="tl-dependencies" aria-hidden="true" focusable="false">
      <defs>
        <marker id={arrow} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0L8,4L0,8z" className="tl-dependency-head" />
        </marker>
      </defs>
      {placed.map(({ edge, d }) => (
        <DependencyPath key={edge.id} edge={edge} d={d} marker={`url(#${arrow})`} />
      ))}
    </svg>
  );
});

/** One arrow; unchanged arrows are not rendered again when the window moves. */
const DependencyPath = memo(function DependencyPath({ edge, d, marker }: { edge: DependencyEdge; d: string; marker: string }) {
  return (
    <path
      className={`tl-dependency tl-dependency--${edge.type.toLowerCase()}`}
      d={d}
      data-type={edge.type}
      data-from={edge.fromKey}
      data-to={edge.toKey}
      data-from-row={edge.fromRow}
      data-to-row={edge.toRow}
      markerEnd={marker}
    />
  );
});
