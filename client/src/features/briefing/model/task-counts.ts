/** The counts `taskStats` gives for one group of tasks. */
export interface TaskCounts {
  count: number;
  done: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  atRisk: number;
  open: number;
  unknown: number;
}

export const NO_TASKS: TaskCounts = { count: 0, done: 0, doneOnTime: 0, doneLate: 0, overdue: 0, atRisk: 0, open: 0, unknown: 0 };

/** Cancelled tasks are the ones no other count holds. */
export function cancelledOf(counts: TaskCounts): number {
  return counts.count - counts.done - counts.overdue - counts.atRisk - counts.open - counts.unknown;
}

/** Share (0–1) of the tasks still wanted (not cancelled) that are done; null when there are none. */
export function doneShare(counts: TaskCounts): number | null {
  const wanted = counts.count - cancelledOf(counts);
  return wanted > 0 ? counts.done / wanted : null;
}

/** A share as a whole percentage. */
export function percent(share: number): number {
  return Math.round(share * 100);
}
