import type { BarGeometry } from './bar-geometry.js';

/** `link-start` / `link-end`: the connector just outside either end, where a dependency is drawn from. */
export type BarPart = 'body' | 'start' | 'end' | 'progress' | 'link-start' | 'link-end';

export interface Hit {
  key: string;
  part: BarPart;
  bar: BarGeometry;
}

export const HANDLE_PX = 8;
/** How far past each end of an editable bar its link connector reaches. */
export const LINK_PX = 14;
/** Extra room around small targets so they meet the 24 px target size. */
const SLOP_PX = 4;

/**
 * Which bar, and which part of it, is under the point (x, y) in chart coordinates. Handles sit on the ends
 * of editable bars (never more than a third of the bar each), the progress handle on the lower half at the
 * progress mark; milestones have a body only. With `linkPx`, editable bars and milestones also answer
 * `link-start` / `link-end` up to that far outside their ends. Later bars in `bars` win over earlier ones.
 */
export function hitTest(options: { x: number; y: number; bars: readonly BarGeometry[]; handlePx?: number; linkPx?: number }): Hit | null {
  const { x, y, bars, handlePx = HANDLE_PX, linkPx = 0 } = options;
  let link: Hit | null = null;
  for (let i = bars.length - 1; i >= 0; i -= 1) {
    const bar = bars[i] as BarGeometry;
    const slop = bar.shape === 'bar' ? 0 : SLOP_PX;
    if (y < bar.y - slop || y > bar.y + bar.height + slop) continue;
    if (x >= bar.x - slop && x <= bar.x + bar.width + slop) return { key: bar.key, part: partOf(bar, x, y, handlePx), bar };
    if (link === null && linkPx > 0 && bar.editable) {
      if (x < bar.x && x >= bar.x - slop - linkPx) link = { key: bar.key, part: 'link-start', bar };
      else if (x > bar.x + bar.width && x <= bar.x + bar.width + slop + linkPx) link = { key: bar.key, part: 'link-end', bar };
    }
  }
  return link;
}

function partOf(bar: BarGeometry, x: number, y: number, handlePx: number): BarPart {
  if (!bar.editable || bar.shape !== 'bar') return 'body';
  const progressX = bar.x + (bar.width * (bar.progress ?? 0)) / 100;
  if (y >= bar.y + bar.height / 2 && Math.abs(x - progressX) <= handlePx / 2 && !bar.openStart && !bar.openEnd) return 'progress';
  const handle = Math.min(handlePx, bar.width / 3);
  if (!bar.openStart && x <= bar.x + handle) return 'start';
  if (!bar.openEnd && x >= bar.x + bar.width - handle) return 'end';
  return 'body';
}

/** The bars that can be under y: those of the row there and, within the slop, of the rows beside it. */
export function barsAround(options: { y: number; rowHeight: number; barOf: (rowIndex: number) => BarGeometry | null }): BarGeometry[] {
  const { y, rowHeight, barOf } = options;
  const bars: BarGeometry[] = [];
  const first = Math.max(0, Math.floor((y - SLOP_PX) / rowHeight));
  const last = Math.floor((y + SLOP_PX) / rowHeight);
  for (let row = first; row <= last; row += 1) {
    const bar = barOf(row);
    if (bar) bars.push(bar);
  }
  return bars;
}
