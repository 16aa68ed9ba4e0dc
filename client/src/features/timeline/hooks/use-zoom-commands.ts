import { useCallback, useMemo, type RefObject } from 'react';
import type { LocalDate } from '@lotrinh/shared';
import { dayIndexOf } from '../model/calendar-units.js';
import { dateToX, type TimeScale } from '../model/scale.js';
import type { ZoomLevelId } from '../model/types.js';
import { stepZoom } from '../model/zoom-levels.js';
import type { TimelineScale } from './use-timeline-scale.js';

export interface ZoomCommands {
  zoomTo: (level: ZoomLevelId) => void;
  /** One level finer (1) or coarser (-1). */
  step: (direction: 1 | -1) => void;
  fit: () => void;
  /** Puts `date` a third of the way into the view (leaving "fit all" for months, where a day can be seen). */
  goTo: (date: LocalDate) => void;
}

/** The toolbar's and the keyboard's zoom commands. */
export function useZoomCommands(options: {
  zoom: Pick<TimelineScale, 'setScale' | 'pxPerDay' | 'setting'>;
  scale: TimeScale;
  scrollerRef: RefObject<HTMLElement | null>;
  chartWidth: number;
}): ZoomCommands {
  const { zoom, scale, scrollerRef, chartWidth } = options;
  const { setScale, pxPerDay } = zoom;
  const fitted = zoom.setting.zoom === 'FIT';
  const zoomTo = useCallback((level: ZoomLevelId) => setScale({ zoom: level, pxPerDay: null }), [setScale]);
  const step = useCallback(
    (direction: 1 | -1) => setScale({ zoom: stepZoom({ pxPerDay, direction }).id, pxPerDay: null }),
    [setScale, pxPerDay],
  );
  const fit = useCallback(() => setScale({ zoom: 'FIT', pxPerDay: null }), [setScale]);
  const goTo = useCallback(
    (date: LocalDate) => {
      const offsetX = chartWidth / 3;
      if (fitted) {
        const day = dayIndexOf({ date }) - dayIndexOf({ date: scale.origin });
        setScale({ zoom: 'MONTH', pxPerDay: null }, { anchor: { day, offsetX } });
      } else if (scrollerRef.current) {
        scrollerRef.current.scrollLeft = Math.max(0, dateToX({ scale, date }) - offsetX);
      }
    },
    [chartWidth, fitted, setScale, scale, scrollerRef],
  );
  return useMemo(() => ({ zoomTo, step, fit, goTo }), [zoomTo, step, fit, goTo]);
}
