/** The two zoom levels the bench switches between, at the same scale in every library. */
export type ZoomLevel = 'YEAR' | 'MONTH';

/** Pixels per day of each level: ours' YEAR and MONTH levels; the peers get cell widths that give the same. */
export const PX_PER_DAY: Record<ZoomLevel, number> = { YEAR: 0.5, MONTH: 5 };
/** The peers' cell widths: a quarter at YEAR (years over quarters), a week at MONTH (months over weeks). */
export const CELL_WIDTH: Record<ZoomLevel, number> = { YEAR: Math.round(0.5 * 91.31), MONTH: 5 * 7 };
export const ROW_HEIGHT = 32;
/** Ours' default task list width (client/src/features/timeline/model/columns.ts); the peers' grids get the same columns. */
export const LIST_COLUMNS = { title: 220, unit: 72, start: 96, due: 96, status: 136, progress: 76 };

export interface ScrollPosition {
  left: number;
  top: number;
  maxLeft: number;
  maxTop: number;
}

/** What a harness page tells the probe about its library's DOM, and how the probe drives it. */
export interface Adapter {
  /** The screen area that shows bars: right of the task list, below the time header. */
  chartViewport(): DOMRect;
  /** Rendered rows of the task list beside the chart. */
  listRows(): ArrayLike<Element>;
  /** Rendered task bars (milestones included). */
  bars(): ArrayLike<HTMLElement>;
  barOf(id: string): HTMLElement | null;
  idOf(bar: HTMLElement): string | null;
  /** True for a plain bar whose dates are known (a drag target). */
  draggable(bar: HTMLElement): boolean;
  /** True while the bar is drawn as a drag preview rather than at a committed place. */
  isDragging(bar: HTMLElement): boolean;
  /** The width of the whole time axis, in pixels. */
  timelineWidth(): number;
  scrollPosition(): ScrollPosition;
  scrollTo(left: number, top: number): void;
  /** Starts a change of zoom level, the way the library's own UI or API does it. */
  zoom(level: ZoomLevel): void;
}
