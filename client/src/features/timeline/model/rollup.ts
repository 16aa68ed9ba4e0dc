import type { LocalDate } from '@lotrinh/shared';
import { dayIndexOf } from './calendar-units.js';
import type { TaskEditValues, TimelineTask } from './types.js';

/** The dates and progress a row draws, and how they are known. */
export interface RowDates {
  start: LocalDate | null;
  due: LocalDate | null;
  progress: number | null;
  /** Derived from another fact rather than stated by a source (drawn hatched). */
  startDerived: boolean;
  dueDerived: boolean;
  /** Rolled up from children (a summary or a group). */
  rolledUp: boolean;
}

/** A task's own dates. A date present but not marked STATED counts as derived. */
export function ownDates({ task }: { task: TimelineTask }): RowDates {
  return {
    start: task.start,
    due: task.due,
    progress: task.progress,
    startDerived: task.start !== null && task.startKnown !== 'STATED',
    dueDerived: task.due !== null && task.dueKnown !== 'STATED',
    rolledUp: false,
  };
}

/**
 * Rolls children up: the earliest start, the latest due (each carrying whether the child that gave it was
 * derived), and progress as the mean of the children's progress weighted by their duration in days
 * (children with no duration count one day; children with no progress are left out).
 */
export function rollUp({ children }: { children: readonly RowDates[] }): RowDates {
  let start: LocalDate | null = null;
  let due: LocalDate | null = null;
  let startDerived = false;
  let dueDerived = false;
  let weighted = 0;
  let weights = 0;
  for (const child of children) {
    if (child.start !== null && (start === null || child.start < start)) {
      start = child.start;
      startDerived = child.startDerived;
    }
    if (child.due !== null && (due === null || child.due > due)) {
      due = child.due;
      dueDerived = child.dueDerived;
    }
    if (child.progress !== null) {
      const days =
        child.start !== null && child.due !== null
          ? Math.max(1, dayIndexOf({ date: child.due }) - dayIndexOf({ date: child.start }) + 1)
          : 1;
      weighted += child.progress * days;
      weights += days;
    }
  }
  const progress = weights > 0 ? Math.round((weighted / weights) * 10) / 10 : null;
  return { start, due, progress, startDerived, dueDerived, rolledUp: true };
}

/** The dates a row shows while an edit of it is pending: edited values count as stated. */
export function withEdit({ dates, edit }: { dates: RowDates; edit: TaskEditValues | undefined }): RowDates {
  if (!edit) return dates;
  return {
    ...dates,
    start: edit.start,
    due: edit.due,
    progress: edit.progress,
    startDerived: edit.start === dates.start ? dates.startDerived : false,
    dueDerived: edit.due === dates.due ? dates.dueDerived : false,
  };
}
