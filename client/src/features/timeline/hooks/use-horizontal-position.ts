import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import type { LocalDate } from '@lotrinh/shared';
import { dateToX, xToDate, type TimeScale } from '../model/scale.js';
import type { EmitViewState } from './use-view-emitter.js';
import type { ZoomAnchor } from './use-timeline-scale.js';

/**
 * Keeps the horizontal scroll position meaningful: a zoom keeps its anchor day in place, the view state's
 * `start` scrolls the chart when it comes from outside, and scrolling reports the first visible day back
 * (debounced). Returns the scroll handler.
 */
export function useHorizontalPosition(options: {
  scrollerRef: RefObject<HTMLElement | null>;
  scale: TimeScale;
  viewportWidth: number;
  start: LocalDate | null;
  anchorRef: RefObject<ZoomAnchor | null>;
  emit: EmitViewState;
}): () => void {
  const { scrollerRef, scale, viewportWidth, start, anchorRef, emit } = options;
  const previousPxPerDay = useRef<number | null>(null);
  const reportedStart = useRef<LocalDate | null | undefined>(undefined);
  const scaleRef = useRef(scale);

  useLayoutEffect(() => {
    scaleRef.current = scale;
  });

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    const previous = previousPxPerDay.current;
    previousPxPerDay.current = scale.pxPerDay;
    if (!scroller || previous === null || previous === scale.pxPerDay) return;
    const anchor = anchorRef.current ?? { day: (scroller.scrollLeft + viewportWidth / 2) / previous, offsetX: viewportWidth / 2 };
    anchorRef.current = null;
    scroller.scrollLeft = Math.max(0, anchor.day * scale.pxPerDay - anchor.offsetX);
  }, [scrollerRef, scale.pxPerDay, viewportWidth, anchorRef]);

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller || start === reportedStart.current) return;
    reportedStart.current = start;
    // Only a new `start` scrolls; a new scale keeps its anchor instead (above).
    scroller.scrollLeft = start === null ? 0 : Math.max(0, dateToX({ scale: scaleRef.current, date: start }));
  }, [scrollerRef, start]);

  return useCallback(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    const next = scroller.scrollLeft <= 0.5 ? null : xToDate({ scale, x: scroller.scrollLeft });
    if (next === reportedStart.current) return;
    reportedStart.current = next;
    emit({ start: next }, { debounce: true });
  }, [scrollerRef, scale, emit]);
}
