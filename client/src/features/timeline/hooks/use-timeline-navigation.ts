import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { BarGeometry } from '../model/bar-geometry.js';
import type { TimelineLayout } from '../model/layout.js';
import { scrollLeftToReveal, scrollTopToReveal } from '../model/virtual-window.js';

export interface TimelineNavigation {
  /** The row holding the Tab stop and the keyboard's attention. */
  activeKey: string | null;
  setActiveKey: (key: string | null) => void;
  /** Scrolls row `index` (and its bar) into view; `center` puts it mid-screen; `horizontal: false` keeps the time scrolled as it is. */
  reveal: (index: number, options?: { center?: boolean; horizontal?: boolean }) => void;
  /** Makes a row active, reveals it and moves the DOM focus to it once it is rendered. */
  focusRow: (index: number) => void;
}

/**
 * Where the keyboard is and what the view shows: moving the focus between rows (rendering the row first
 * when it was outside the window), scrolling to the current search match and to a task selected from
 * outside (a shared link).
 */
export function useTimelineNavigation(options: {
  scrollerRef: RefObject<HTMLElement | null>;
  chartRef: RefObject<HTMLElement | null>;
  layout: TimelineLayout;
  barOf: (index: number) => BarGeometry | null;
  rowHeight: number;
  bodyHeight: number;
  chartWidth: number;
  selected: string | null;
  searchKey: string | null;
  /** A first visible day the view opened with (a link's `start`): the selected task then does not scroll the time away from it. */
  initialStart: string | null;
}): TimelineNavigation {
  const { scrollerRef, chartRef, layout, barOf, rowHeight, bodyHeight, chartWidth, selected, searchKey } = options;
  const keepStart = useRef(options.initialStart !== null);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const pendingFocus = useRef<string | null>(null);

  const reveal = useCallback(
    (index: number, opts?: { center?: boolean; horizontal?: boolean }) => {
      const scroller = scrollerRef.current;
      if (!scroller || index < 0) return;
      const top = scrollTopToReveal({ index, rowHeight, scrollTop: scroller.scrollTop, viewportHeight: bodyHeight });
      if (top !== scroller.scrollTop) scroller.scrollTop = opts?.center ? Math.max(0, index * rowHeight - bodyHeight / 2) : top;
      const bar = opts?.horizontal === false ? null : barOf(index);
      if (bar)
        scroller.scrollLeft = scrollLeftToReveal({
          x: bar.x,
          width: bar.width,
          scrollLeft: scroller.scrollLeft,
          viewportWidth: chartWidth,
        });
    },
    [scrollerRef, rowHeight, bodyHeight, chartWidth, barOf],
  );

  const focusRow = useCallback(
    (index: number) => {
      const row = layout.rows[index];
      if (!row) return;
      setActiveKey(row.key);
      pendingFocus.current = row.key;
      reveal(index);
    },
    [layout, reveal],
  );

  // After each render: the row asked for focus is in the DOM now (the active row is always rendered).
  useLayoutEffect(() => {
    const key = pendingFocus.current;
    if (key === null) return;
    const element = chartRef.current?.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(key)}"]`);
    if (!element) return;
    pendingFocus.current = null;
    element.focus({ preventScroll: true });
  });

  const latest = useRef({ layout, reveal });
  useLayoutEffect(() => {
    latest.current = { layout, reveal };
  });

  /** A row asked for before it had a place (a task just created, not yet in the data): shown once it has. */
  const waiting = useRef<string | null>(null);
  const showRow = useCallback((key: string | null) => {
    if (key === null) return;
    const index = latest.current.layout.indexByKey.get(key);
    waiting.current = index === undefined ? key : null;
    if (index === undefined) return;
    setActiveKey(key);
    // What a link opens with (its selection, its search) keeps the link's position in time.
    latest.current.reveal(index, { center: true, horizontal: !keepStart.current });
  }, []);

  useEffect(() => showRow(searchKey), [searchKey, showRow]);
  useEffect(() => showRow(selected), [selected, showRow]);
  useEffect(() => {
    keepStart.current = false;
  }, []);
  useEffect(() => {
    if (waiting.current !== null && waiting.current === selected) showRow(selected);
  }, [layout, selected, showRow]);

  return { activeKey, setActiveKey, reveal, focusRow };
}
