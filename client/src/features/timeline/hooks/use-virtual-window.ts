import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { sameWindow, visibleWindow, type VirtualWindow } from '../model/virtual-window.js';

const QUANTUM_ROWS = 8;
const QUANTUM_PX = 256;

/**
 * The rows and x-range to render for the scroller's position, by arithmetic. The window is quantised, so
 * most scroll events change nothing and cause no render; a render happens only when new rows or a new
 * stretch of time come into view.
 */
export function useVirtualWindow(options: {
  scrollerRef: RefObject<HTMLElement | null>;
  rowCount: number;
  rowHeight: number;
  contentWidth: number;
  /** The part of the scroller that shows the chart (without the task list and the header). */
  viewportWidth: number;
  viewportHeight: number;
}): { window: VirtualWindow; onScroll: () => void } {
  const { scrollerRef, rowCount, rowHeight, contentWidth, viewportWidth, viewportHeight } = options;
  const [window, setWindow] = useState<VirtualWindow>({ firstRow: 0, lastRow: 0, x0: 0, x1: 0 });
  const current = useRef(window);
  const measure = useCallback((sync: boolean) => {
    const scroller = scrollerRef.current;
    const next = visibleWindow({
      scrollTop: scroller?.scrollTop ?? 0,
      scrollLeft: scroller?.scrollLeft ?? 0,
      viewportWidth,
      viewportHeight,
      rowHeight,
      rowCount,
      contentWidth,
      overscanRows: QUANTUM_ROWS,
      overscanPx: QUANTUM_PX * 1.5,
      quantumRows: QUANTUM_ROWS,
      quantumPx: QUANTUM_PX,
    });
    if (sameWindow({ a: current.current, b: next })) return;
    current.current = next;
    // From a scroll event, render in the same frame: the new rows are painted with the scroll, and the
    // next scroll event finds the layout clean (reading scrollTop forces no extra layout).
    if (sync) flushSync(() => setWindow(next));
    else setWindow(next);
  }, [scrollerRef, rowCount, rowHeight, contentWidth, viewportWidth, viewportHeight]);

  useLayoutEffect(() => measure(false), [measure]);
  const onScroll = useCallback(() => measure(true), [measure]);
  return { window, onScroll };
}
