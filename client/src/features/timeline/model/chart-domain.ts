import { makeLocalDate, maxDate, minDate, yearOf, type LocalDate } from '@lotrinh/shared';
import { dayIndexOf } from './calendar-units.js';
import type { TimelineTask } from './types.js';
import { ROADMAP_END, ROADMAP_START } from './url-state.js';

/**
 * The dates the chart spans: whole years covering the roadmap (2013–2025) and every task's dates. Markers do
 * not widen it (a 2006 law cited by a 2013 plan would otherwise squeeze the roadmap when fitted).
 */
export interface ChartDomain {
  start: LocalDate;
  /** The last day drawn. */
  end: LocalDate;
  totalDays: number;
}

export function chartDomain({ tasks }: { tasks: readonly TimelineTask[] }): ChartDomain {
  let min = ROADMAP_START;
  let max = ROADMAP_END;
  const see = (date: LocalDate | null) => {
    if (date === null) return;
    if (date < min) min = date;
    if (date > max) max = date;
  };
  for (const task of tasks) {
    see(task.start);
    see(task.due);
  }
  const start = minDate(ROADMAP_START, makeLocalDate(yearOf(min), 1, 1));
  const end = maxDate(ROADMAP_END, makeLocalDate(yearOf(max), 12, 31));
  return { start, end, totalDays: dayIndexOf({ date: end }) - dayIndexOf({ date: start }) + 1 };
}
