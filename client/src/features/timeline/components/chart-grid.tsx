import { memo } from 'react';
import type { HeaderCell } from '../model/scale.js';
import type { PlacedMarker } from '../model/types.js';

export interface ChartGridProps {
  top: readonly HeaderCell[];
  bottom: readonly HeaderCell[];
  markers: readonly PlacedMarker[];
  selectedIndex: number;
  rowHeight: number;
}

/** Grid lines at header boundaries, a line under each marker and today (all full height: scrolling down changes nothing here), and the selected row's band. */
export const ChartGrid = memo(function ChartGrid({ top, bottom, markers, selectedIndex, rowHeight }: ChartGridProps) {
  return (
    <div className="tl-grid" aria-hidden="true">
      {selectedIndex >= 0 && <div className="tl-row-band" style={{ top: `${selectedIndex * rowHeight}px`, height: `${rowHeight}px` }} />}
      {bottom.map((cell) => (
        <div key={cell.key} className="tl-grid-line tl-grid-line--minor" style={{ left: `${cell.x}px` }} />
      ))}
      {top.map((cell) => (
        <div key={cell.key} className="tl-grid-line tl-grid-line--major" style={{ left: `${cell.x}px` }} />
      ))}
      {markers.map((marker) => (
        <div
          key={marker.id}
          className={`tl-marker-line tl-marker-line--${marker.kind.toLowerCase()}`}
          style={{ left: `${marker.x}px` }}
          title={marker.title}
        />
      ))}
    </div>
  );
});
