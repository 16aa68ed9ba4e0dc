import { memo } from 'react';
import type { PlacedMarker } from '../model/types.js';

/** Flags in the header's marker lane for documents, events and today; each carries its `<title>`. */
export const MarkerFlags = memo(function MarkerFlags({ markers }: { markers: readonly PlacedMarker[] }) {
  return (
    <div className="tl-marker-lane">
      {markers.map((marker) => (
        <svg
          key={marker.id}
          className={`tl-marker-flag tl-marker-flag--${marker.kind.toLowerCase()}`}
          style={{ transform: `translateX(${marker.x - 6}px)` }}
          width="12"
          height="16"
          viewBox="0 0 12 16"
          role="img"
          aria-label={marker.title}
          data-marker-id={marker.id}
        >
          <title>{marker.title}</title>
          {marker.kind === 'EVENT' ? (
            <circle cx="6" cy="8" r="5" />
          ) : marker.kind === 'TODAY' ? (
            <path d="M1 2h10L6 14z" />
          ) : (
            <path d="M1 1h10v10l-5 4-5-4z" />
          )}
        </svg>
      ))}
    </div>
  );
});
