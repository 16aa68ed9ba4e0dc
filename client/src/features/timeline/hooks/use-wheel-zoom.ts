import { useEffect, useRef, type RefObject } from 'react';
import { clampPxPerDay, levelForPxPerDay } from '../model/zoom-levels.js';
import type { TimelineScale } from './use-timeline-scale.js';

const LINE_PX = 16;
const SENSITIVITY = 0.0015;

/**
 * Ctrl/⌘ + wheel (and trackpad pinch, which browsers report as Ctrl + wheel) zooms around the pointer:
 * the day under the pointer stays under it. Deltas are summed and applied once per animation frame.
 */
export function useWheelZoom(options: {
  scrollerRef: RefObject<HTMLElement | null>;
  /** Left edge of the chart inside the scroller (the task list's width). */
  chartLeft: number;
  scale: Pick<TimelineScale, 'pxPerDay' | 'setScale'>;
}): void {
  const { scrollerRef, chartLeft, scale } = options;
  const latest = useRef({ chartLeft, scale });
  useEffect(() => {
    latest.current = { chartLeft, scale };
  }, [chartLeft, scale]);

  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return undefined;
    let frame = 0;
    let delta = 0;
    let offsetX = 0;
    const apply = () => {
      frame = 0;
      const { scale: current } = latest.current;
      const pxPerDay = clampPxPerDay({ pxPerDay: current.pxPerDay * Math.exp(-delta * SENSITIVITY) });
      delta = 0;
      if (pxPerDay === current.pxPerDay) return;
      const day = (scroller.scrollLeft + offsetX) / current.pxPerDay;
      current.setScale({ zoom: levelForPxPerDay({ pxPerDay }).id, pxPerDay }, { anchor: { day, offsetX }, debounce: true });
    };
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      const rect = scroller.getBoundingClientRect();
      offsetX = Math.max(0, event.clientX - rect.left - latest.current.chartLeft);
      delta += event.deltaY * (event.deltaMode === 1 ? LINE_PX : event.deltaMode === 2 ? rect.height : 1);
      if (frame === 0) frame = requestAnimationFrame(apply);
    };
    scroller.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      scroller.removeEventListener('wheel', onWheel);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [scrollerRef]);
}
