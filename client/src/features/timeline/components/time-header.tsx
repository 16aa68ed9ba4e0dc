import { memo } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import type { HeaderCell } from '../model/scale.js';
import type { PlacedMarker } from '../model/types.js';
import { MarkerFlags } from './marker-flags.js';

export interface TimeHeaderProps {
  top: readonly HeaderCell[];
  bottom: readonly HeaderCell[];
  markers: readonly PlacedMarker[];
  contentWidth: number;
}

/** The two header rows (e.g. years over quarters) and the lane of document and event flags. */
export const TimeHeader = memo(function TimeHeader({ top, bottom, markers, contentWidth }: TimeHeaderProps) {
  const { t } = useI18n();
  return (
    <div className="tl-time-header" role="group" aria-label={t('timeline.axis')} style={{ width: `${contentWidth}px` }}>
      {[top, bottom].map((cells, row) => (
        <div key={row} className={`tl-header-row tl-header-row--${row === 0 ? 'top' : 'bottom'}`}>
          {cells.map((cell) => (
            <div
              key={cell.key}
              className={`tl-header-cell tl-header-cell--${cell.unit.toLowerCase()}`}
              style={{ transform: `translateX(${cell.x}px)`, width: `${cell.width}px` }}
              title={cell.text === cell.label ? undefined : cell.label}
            >
              <span className="tl-header-cell__text">{cell.text}</span>
            </div>
          ))}
        </div>
      ))}
      <MarkerFlags markers={markers} />
    </div>
  );
});
