import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { sameWindow, visibleWindow, type VirtualWindow } from '../model/virtual-window.js';

const QUANTUM_ROWS = 8;
const QUANTUM_PX = 256;

interface WindowInputs {
  rowCount: number;
  rowHeight: number;
  contentWidth: number;
  /** The part of the scroller that shows the chart (without the task list and the header). */
  viewportWidth: number;
  viewportHeight: number;
}

function windowAt(scrollTop: number, scrollLeft: number, inputs: WindowInputs): VirtualWindow {
  return visibleWindow({
    scrollTop, scrollLeft, ...inputs, overscanRows: QUANTUM_ROWS, overscanPx: QUANTUM_PX * 1.5, quantumRows: QUANTUM_ROWS, quantumPx: QUANTUM_PX,
  });
}

/**
 * The rows and x-range to render for the scroller's position, by arithmetic. The window is quantised, so
 * most scroll events change nothing and cause no render; a render happens only when new rows or a new
 * stretch of time come into view, and then in the same frame as the scroll.
 */
export function useVirtualWindow(options: WindowInputs & { scrollerRef: RefObject<HTMLElement | null> }): { window: VirtualWindow; onScroll: () => void } {
  const { scrollerRef, rowCount, rowHeight, contentWidth, viewportWidth, viewportHeight } = options;
  // The first render already shows the top-left rows; the layout effect corrects for a restored position.
  const [window, setWindow] = useState<VirtualWindow>(() => windowAt(0, 0, { rowCount, rowHeight, contentWidth, viewportWidth, viewportHeight }));
  const current = useRef(window);

  const measure = useCallback(
    (sync: boolean) => {
      const scroller = scrollerRef.current;
      const next = windowAt(scroller?.scrollTop ?? 0, scroller?.scrollLeft ?? 0, { rowCount, rowHeight, contentWidth, viewportWidth, viewportHeight });
      if (sameWindow({ a: current.current, b: next })) return;
      current.current = next;
      // From a scroll event, render at once: the new rows are painted with the scroll, and the next scroll
      // event finds the layout clean (reading scrollTop then forces no extra layout).
      if (sync) flushSync(() => setWindow(next));
      else setWindow(next);
    },
    [scrollerRef, rowCount, rowHeight, contentWidth, viewportWidth, viewportHeight],
  );

  useLayoutEffect(() => measure(false), [measure]);
  const onScroll = useCallback(() => measure(true), [measure]);
  return { window, onScroll };
}
