import type { Adapter } from './adapter.js';

function intersects(a: DOMRect, b: DOMRect): boolean {
  return a.width > 0 && a.height > 0 && a.right > b.left && a.left < b.right && a.bottom > b.top && a.top < b.bottom;
}

/** Bars with some visible area inside the chart's viewport. */
export function barsInView(adapter: Adapter): HTMLElement[] {
  const view = adapter.chartViewport();
  return Array.from(adapter.bars()).filter((bar) => intersects(bar.getBoundingClientRect(), view));
}

/** List rows that lie (at least partly) within the chart viewport's height. */
export function rowsInView(adapter: Adapter): number {
  const view = adapter.chartViewport();
  let count = 0;
  for (const row of Array.from(adapter.listRows())) {
    const rect = row.getBoundingClientRect();
    if (rect.height > 0 && rect.bottom > view.top && rect.top < view.bottom) count += 1;
  }
  return count;
}

/**
 * "Complete": the visible part of the task list is filled with rows (all but one of those that fit) and at
 * least one bar is drawn inside the chart viewport.
 */
export function renderComplete(adapter: Adapter, rowHeight: number): boolean {
  const view = adapter.chartViewport();
  if (view.height <= 0) return false;
  const fits = Math.floor(view.height / rowHeight);
  return rowsInView(adapter) >= fits - 1 && barsInView(adapter).length > 0;
}
