/** The rows [firstRow, lastRow) and the x-range [x0, x1) to render, overscan included. */
export interface VirtualWindow {
  firstRow: number;
  lastRow: number;
  x0: number;
  x1: number;
}

export const DEFAULT_OVERSCAN_ROWS = 8;
export const DEFAULT_OVERSCAN_PX = 400;

/**
 * Which rows and which x-range are visible in a viewport scrolled to (scrollLeft, scrollTop), plus overscan,
 * by arithmetic on a fixed row height. `quantum` snaps the window's start to multiples of itself (rows and
 * pixels) and gives the window a fixed span that covers the viewport and its overscan from any snapped start:
 * small scrolls give the same window and cause no render, and a scroll that needs one moves both edges at once
 * (rows leaving hand their nodes to rows coming in, in one render rather than two).
 */
export function visibleWindow(options: {
  scrollTop: number;
  scrollLeft: number;
  viewportWidth: number;
  viewportHeight: number;
  rowHeight: number;
  rowCount: number;
  contentWidth: number;
  overscanRows?: number;
  overscanPx?: number;
  quantumRows?: number;
  quantumPx?: number;
}): VirtualWindow {
  const {
    scrollTop,
    scrollLeft,
    viewportWidth,
    viewportHeight,
    rowHeight,
    rowCount,
    contentWidth,
    overscanRows = DEFAULT_OVERSCAN_ROWS,
    overscanPx = DEFAULT_OVERSCAN_PX,
    quantumRows = 1,
    quantumPx = 1,
  } = options;
  const top = Math.max(0, scrollTop);
  const left = Math.max(0, scrollLeft);
  const rowSpan = Math.ceil(Math.max(0, viewportHeight) / rowHeight) + 2 * overscanRows + quantumRows;
  const firstRow = clamp(Math.floor((Math.floor(top / rowHeight) - overscanRows) / quantumRows) * quantumRows, 0, rowCount);
  const lastRow = clamp(firstRow + rowSpan, firstRow, rowCount);
  const pxSpan = Math.ceil((Math.max(0, viewportWidth) + 2 * overscanPx) / quantumPx) * quantumPx + quantumPx;
  const x0 = clamp(Math.floor((left - overscanPx) / quantumPx) * quantumPx, 0, contentWidth);
  const x1 = clamp(x0 + pxSpan, x0, contentWidth);
  return { firstRow, lastRow, x0, x1 };
}

/** True when the viewport, without overscan, still lies inside `window` (no need to render a new one). */
export function windowCovers(options: {
  window: VirtualWindow;
  scrollTop: number;
  scrollLeft: number;
  viewportWidth: number;
  viewportHeight: number;
  rowHeight: number;
  rowCount: number;
  contentWidth: number;
}): boolean {
  const { window, scrollTop, scrollLeft, viewportWidth, viewportHeight, rowHeight, rowCount, contentWidth } = options;
  const needFirst = clamp(Math.floor(Math.max(0, scrollTop) / rowHeight), 0, rowCount);
  const needLast = clamp(Math.ceil((Math.max(0, scrollTop) + viewportHeight) / rowHeight), needFirst, rowCount);
  const needX0 = clamp(Math.max(0, scrollLeft), 0, contentWidth);
  const needX1 = clamp(Math.max(0, scrollLeft) + viewportWidth, needX0, contentWidth);
  return window.firstRow <= needFirst && window.lastRow >= needLast && window.x0 <= needX0 && window.x1 >= needX1;
}

export function sameWindow({ a, b }: { a: VirtualWindow; b: VirtualWindow }): boolean {
  return a.firstRow === b.firstRow && a.lastRow === b.lastRow && a.x0 === b.x0 && a.x1 === b.x1;
}

/** The scrollTop that brings row `index` into view (unchanged if it is already fully visible). */
export function scrollTopToReveal(options: { index: number; rowHeight: number; scrollTop: number; viewportHeight: number }): number {
  const { index, rowHeight, scrollTop, viewportHeight } = options;
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewportHeight) return Math.max(0, top + rowHeight - viewportHeight);
  return scrollTop;
}

/**
 * The scrollLeft that brings [x, x + width) into view, keeping a margin; unchanged while a useful part of it
 * (`minVisible` pixels, or all of a shorter bar) is already visible, so selecting a long bar never jumps.
 */
export function scrollLeftToReveal(options: {
  x: number;
  width: number;
  scrollLeft: number;
  viewportWidth: number;
  margin?: number;
  minVisible?: number;
}): number {
  const { x, width, scrollLeft, viewportWidth, margin = 48, minVisible = 24 } = options;
  const visible = Math.min(x + width, scrollLeft + viewportWidth) - Math.max(x, scrollLeft);
  if (visible >= Math.min(width, minVisible)) return scrollLeft;
  return Math.max(0, x - margin);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
