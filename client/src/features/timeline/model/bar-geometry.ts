import type { LocalDate, TaskKind } from '@lotrinh/shared';
import type { RowDates } from './rollup.js';
import { dateToX, spanToX, type TimeScale } from './scale.js';

export const BAR_HEIGHT = 20;
export const MILESTONE_SIZE = 16;
/** How far an open-ended bar reaches past its one known date, in days (clamped to 24 … 240 px). */
export const OPEN_ENDED_DAYS = 90;

export type BarShape = 'bar' | 'milestone' | 'summary' | 'group';

export interface BarGeometry {
  key: string;
  rowIndex: number;
  x: number;
  width: number;
  y: number;
  height: number;
  shape: BarShape;
  /** The start is unknown: the bar fades out to the left. */
  openStart: boolean;
  /** The due date is unknown: the bar fades out to the right. */
  openEnd: boolean;
  derivedStart: boolean;
  derivedEnd: boolean;
  /** 0–100, or null when not reported. */
  progress: number | null;
  /** Can be dragged: a task's own bar (not a roll-up, not a group). */
  editable: boolean;
  start: LocalDate | null;
  due: LocalDate | null;
}

/**
 * Where a row's bar is drawn, or null when the row has neither date. Milestones are a diamond centred on
 * their day; a bar with one unknown date reaches OPEN_ENDED_DAYS past the known one and is flagged open.
 */
export function barGeometry(options: {
  key: string;
  rowIndex: number;
  dates: RowDates;
  kind: TaskKind | 'GROUP';
  scale: TimeScale;
  rowHeight: number;
}): BarGeometry | null {
  const { key, rowIndex, dates, kind, scale, rowHeight } = options;
  const { start, due } = dates;
  if (start === null && due === null) return null;
  const base = {
    key,
    rowIndex,
    openStart: false,
    openEnd: false,
    derivedStart: dates.startDerived,
    derivedEnd: dates.dueDerived,
    progress: dates.progress,
    start,
    due,
  };
  if (kind === 'MILESTONE') {
    const day = (due ?? start) as LocalDate;
    const centre = dateToX({ scale, date: day }) + scale.pxPerDay / 2;
    const y = rowIndex * rowHeight + (rowHeight - MILESTONE_SIZE) / 2;
    return {
      ...base,
      x: centre - MILESTONE_SIZE / 2,
      width: MILESTONE_SIZE,
      y,
      height: MILESTONE_SIZE,
      shape: 'milestone',
      editable: !dates.rolledUp,
    };
  }
  const shape: BarShape = kind === 'GROUP' ? 'group' : dates.rolledUp ? 'summary' : 'bar';
  const height = shape === 'bar' ? BAR_HEIGHT : BAR_HEIGHT / 2;
  const y = rowIndex * rowHeight + (rowHeight - height) / 2;
  const editable = shape === 'bar';
  const openPx = Math.min(240, Math.max(24, OPEN_ENDED_DAYS * scale.pxPerDay));
  if (start !== null && due !== null) {
    const span = spanToX({ scale, start: start <= due ? start : due, due: start <= due ? due : start });
    return { ...base, x: span.x, width: Math.max(2, span.width), y, height, shape, editable };
  }
  if (start === null && due !== null) {
    const end = dateToX({ scale, date: due }) + scale.pxPerDay;
    return { ...base, x: end - openPx, width: openPx, y, height, shape, editable, openStart: true };
  }
  const x = dateToX({ scale, date: start as LocalDate });
  return { ...base, x, width: openPx, y, height, shape, editable, openEnd: true };
}
