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
    scrollTop,
    scrollLeft,
    ...inputs,
    overscanRows: QUANTUM_ROWS,
    overscanPx: QUANTUM_PX * 1.5,
    quantumRows: QUANTUM_ROWS,
    quantumPx: QUANTUM_PX,
  });
}

/**
 * The rows and x-range to render for the scroller's position, by arithmetic. The window is quantised, so
 * most scroll events change nothing and cause no render; a render happens only when new rows or a new
 * stretch of time come near the view, and then in the same frame as the scroll.
 */
export function useVirtualWindow(
  options: WindowInputs & {
    scrollerRef: RefObject<HTMLElement | null>;
    /** The scrollLeft a zoom is about to set: the window is taken there at once, in the zoom's own render. */
    pendingLeft: number | null;
  },
): {
  window: VirtualWindow;
  onScroll: () => void;
} {
  const { scrollerRef, rowCount, rowHeight, contentWidth, viewportWidth, viewportHeight, pendingLeft } = options;
  // The first render already shows the top-left rows; the layout effect corrects for a restored position.
  const [window, setWindow] = useState<VirtualWindow>(() =>
    windowAt(0, 0, { rowCount, rowHeight, contentWidth, viewportWidth, viewportHeight }),
  );
  /** The window rendered last (set during render by a zoom, or by a scroll). */
  const windowRef = useRef(window);
  const lastTop = useRef(0);

  // A zoom moves the scroll position after this render: render the window of the new position now, rather
  // than the old one and then again (React re-runs only this component for a state set during its render).
  if (pendingLeft !== null) {
    const predicted = windowAt(lastTop.current, pendingLeft, { rowCount, rowHeight, contentWidth, viewportWidth, viewportHeight });
    if (!sameWindow({ a: predicted, b: window })) setWindow(predicted);
  }

  const measure = useCallback(
    (sync: boolean, left?: number) => {
      const scroller = scrollerRef.current;
      lastTop.current = scroller?.scrollTop ?? 0;
      const next = windowAt(lastTop.current, left ?? scroller?.scrollLeft ?? 0, {
        rowCount,
        rowHeight,
        contentWidth,
        viewportWidth,
        viewportHeight,
      });
      if (sameWindow({ a: windowRef.current, b: next })) return;
      windowRef.current = next;
      // From a scroll event, render at once: the new rows are painted with the scroll. (A transition measured no
      // better on a loaded 2-core machine, and could leave rows blank for a frame in a fast fling.)
      if (sync) flushSync(() => setWindow(next));
      else setWindow(next);
    },
    [scrollerRef, rowCount, rowHeight, contentWidth, viewportWidth, viewportHeight],
  );

  useLayoutEffect(() => {
    windowRef.current = window;
  });
  // This runs before the layout effects of the view above, which move the scroll position after a zoom: take
  // the window where the zoom is about to put it.
  useLayoutEffect(() => measure(false, pendingLeft ?? undefined), [measure, pendingLeft]);
  const onScroll = useCallback(() => measure(true), [measure]);
  return { window, onScroll };
}
