import { monthOf, quarterOf, yearOf, type LocalDate } from '@lotrinh/shared';
import { addUnits, dateOfDayIndex, dayIndexOf, isoWeekOf, startOfUnit, type TimeUnit } from './calendar-units.js';
import { fittingLabel, unitLabels } from './header-labels.js';
import type { Lang } from './types.js';

/** A linear time scale: `origin` is at x = 0, each day is `pxPerDay` wide. */
export interface TimeScale {
  origin: LocalDate;
  pxPerDay: number;
}

/** The x of the start (00:00) of `date`. */
export function dateToX({ scale, date }: { scale: TimeScale; date: LocalDate }): number {
  return (dayIndexOf({ date }) - dayIndexOf({ date: scale.origin })) * scale.pxPerDay;
}

/** The fractional number of days from the origin at `x`. */
export function xToDays({ scale, x }: { scale: TimeScale; x: number }): number {
  return x / scale.pxPerDay;
}

/** The calendar day that contains `x`. */
export function xToDate({ scale, x }: { scale: TimeScale; x: number }): LocalDate {
  return dateOfDayIndex({ index: dayIndexOf({ date: scale.origin }) + Math.floor(x / scale.pxPerDay) });
}

/** The day whose start is nearest to `x` (for snapping a dragged edge). */
export function xToNearestDate({ scale, x }: { scale: TimeScale; x: number }): LocalDate {
  return dateOfDayIndex({ index: dayIndexOf({ date: scale.origin }) + Math.round(x / scale.pxPerDay) });
}

/** The horizontal extent of the days `start` … `due`, both included. */
export function spanToX({ scale, start, due }: { scale: TimeScale; start: LocalDate; due: LocalDate }): { x: number; width: number } {
  const x = dateToX({ scale, date: start });
  return { x, width: (dayIndexOf({ date: due }) - dayIndexOf({ date: start }) + 1) * scale.pxPerDay };
}

export interface HeaderCell {
  key: string;
  unit: TimeUnit;
  /** First day of the cell. */
  start: LocalDate;
  /** First day after the cell. */
  end: LocalDate;
  x: number;
  width: number;
  /** The label that fits the cell's width ('' when none does). */
  text: string;
  /** The full label, for a tooltip or an accessible name. */
  label: string;
}

/** The header cells of `unit` that intersect the x-range [x0, x1). */
export function headerCells(options: {
  scale: TimeScale;
  unit: TimeUnit;
  x0: number;
  x1: number;
  lang: Lang;
  /** Write the year into quarter/month labels (when the row above is not years). */
  withYear?: boolean;
}): HeaderCell[] {
  const { scale, unit, x0, x1, lang, withYear = false } = options;
  const cells: HeaderCell[] = [];
  if (!(x1 > x0) || !(scale.pxPerDay > 0)) return cells;
  let cellStart = startOfUnit({ date: xToDate({ scale, x: Math.max(x0, -1e9) }), unit });
  for (let guard = 0; guard < 5000; guard += 1) {
    const next = addUnits({ unitStart: cellStart, unit, count: 1 });
    const x = dateToX({ scale, date: cellStart });
    if (x >= x1) break;
    const width = dateToX({ scale, date: next }) - x;
    const week = unit === 'WEEK' ? isoWeekOf({ date: cellStart }).week : 0;
    const labels = unitLabels({
      unit,
      parts: {
        year: yearOf(cellStart),
        quarter: quarterOf(cellStart),
        month: monthOf(cellStart),
        day: Number(cellStart.slice(8, 10)),
        isoWeek: week,
      },
      lang,
      withYear,
    });
    cells.push({
      key: `${unit}:${cellStart}`,
      unit,
      start: cellStart,
      end: next,
      x,
      width,
      text: fittingLabel({ labels, width }),
      label: labels.label,
    });
    cellStart = next;
  }
  return cells;
}
