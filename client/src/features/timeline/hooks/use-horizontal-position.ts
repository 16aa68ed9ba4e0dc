import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import type { LocalDate } from '@lotrinh/shared';
import { dateToX, xToDate, type TimeScale } from '../model/scale.js';
import type { EmitViewState } from './use-view-emitter.js';
import type { ZoomAnchor } from './use-timeline-scale.js';

export interface HorizontalPosition {
  onScroll: () => void;
  /**
   * While a zoom is being drawn: the scrollLeft it is about to set (its anchor day kept in place), so the
   * virtual window can be taken there in the same render; null otherwise.
   */
  pendingLeft: number | null;
}

/**
 * Keeps the horizontal scroll position meaningful: a zoom keeps its anchor day in place, the view state's
 * `start` scrolls the chart when it comes from outside, and scrolling reports the first visible day back
 * (debounced).
 */
export function useHorizontalPosition(options: {
  scrollerRef: RefObject<HTMLElement | null>;
  scale: TimeScale;
  viewportWidth: number;
  contentWidth: number;
  start: LocalDate | null;
  anchorRef: RefObject<ZoomAnchor | null>;
  emit: EmitViewState;
}): HorizontalPosition {
  const { scrollerRef, scale, viewportWidth, contentWidth, start, anchorRef, emit } = options;
  const previousPxPerDay = useRef<number | null>(null);
  const reportedStart = useRef<LocalDate | null | undefined>(undefined);
  const scaleRef = useRef(scale);
  /** The scrollLeft last seen or set, so a zoom's target is known without reading the DOM. */
  const lastLeft = useRef(0);

  // Known in render, from refs only: where a change of scale puts the scroll position.
  const previous = previousPxPerDay.current;
  const zooming = previous !== null && previous !== scale.pxPerDay;
  const anchor = zooming ? (anchorRef.current ?? { day: (lastLeft.current + viewportWidth / 2) / previous, offsetX: viewportWidth / 2 }) : null;
  const pendingLeft = anchor ? Math.min(Math.max(0, contentWidth - viewportWidth), Math.max(0, anchor.day * scale.pxPerDay - anchor.offsetX)) : null;

  useLayoutEffect(() => {
    scaleRef.current = scale;
  });

  useLayoutEffect(() => {
    previousPxPerDay.current = scale.pxPerDay;
    const scroller = scrollerRef.current;
    if (!scroller || pendingLeft === null) return;
    anchorRef.current = null;
    scroller.scrollLeft = pendingLeft;
    lastLeft.current = pendingLeft;
  }, [scrollerRef, scale.pxPerDay, pendingLeft, anchorRef]);

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller || start === reportedStart.current) return;
    reportedStart.current = start;
    // Only a new `start` scrolls; a new scale keeps its anchor instead (above).
    scroller.scrollLeft = start === null ? 0 : Math.max(0, dateToX({ scale: scaleRef.current, date: start }));
    lastLeft.current = scroller.scrollLeft;
  }, [scrollerRef, start]);

  const onScroll = useCallback(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    lastLeft.current = scroller.scrollLeft;
    const next = scroller.scrollLeft <= 0.5 ? null : xToDate({ scale, x: scroller.scrollLeft });
    if (next === reportedStart.current) return;
    reportedStart.current = next;
    emit({ start: next }, { debounce: true });
  }, [scrollerRef, scale, emit]);
  return { onScroll, pendingLeft };
}
