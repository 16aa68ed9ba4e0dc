import { quarterOf, yearOf, type TaskStatus } from '@lotrinh/shared';
import type { TaskRow } from './task-row.js';

export type TaskGroupBy = 'STATUS' | 'LEAD_UNIT' | 'PLAN' | 'YEAR' | 'QUARTER';

export interface TaskGroupKey {
  status: TaskStatus | null;
  leadUnit: string | null;
  plan: string | null;
  year: number | null;
  quarter: number | null;
}

export interface TaskStatsGroup {
  key: TaskGroupKey;
  count: number;
  done: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  atRisk: number;
  open: number;
  cancelled: number;
  unknown: number;
  /** Done on time over done with a known timeliness; null when nothing is done yet. */
  onTimeRate: number | null;
}

/** The date a task is counted in by year or quarter: its due date, else its start, else its assignment. */
function countedOn(row: TaskRow): string {
  return row.due ?? row.start ?? row.assignedOn;
}

function keyOf(row: TaskRow, groupBy: readonly TaskGroupBy[]): TaskGroupKey {
  const on = countedOn(row);
  return {
    status: groupBy.includes('STATUS') ? row.status : null,
    leadUnit: groupBy.includes('LEAD_UNIT') ? row.leadUnitCode : null,
    plan: groupBy.includes('PLAN') ? row.planKey : null,
    year: groupBy.includes('YEAR') || groupBy.includes('QUARTER') ? yearOf(on) : null,
    quarter: groupBy.includes('QUARTER') ? quarterOf(on) : null,
  };
}

/** Counts and on-time rates of tasks, grouped by any combination of keys, in a stable order. */
export function aggregateTasks(rows: readonly TaskRow[], groupBy: readonly TaskGroupBy[]): TaskStatsGroup[] {
  const groups = new Map<string, TaskStatsGroup>();
  for (const row of rows) {
    const key = keyOf(row, groupBy);
    const id = JSON.stringify(key);
    let group = groups.get(id);
    if (!group) {
      group = { key, count: 0, done: 0, doneOnTime: 0, doneLate: 0, overdue: 0, atRisk: 0, open: 0, cancelled: 0, unknown: 0, onTimeRate: null };
      groups.set(id, group);
    }
    group.count += 1;
    if (row.status === 'DONE_ON_TIME') group.doneOnTime += 1;
    else if (row.status === 'DONE_LATE') group.doneLate += 1;
    else if (row.status === 'OVERDUE') group.overdue += 1;
    else if (row.status === 'AT_RISK') group.atRisk += 1;
    else if (row.status === 'UNKNOWN') group.unknown += 1;
    else if (row.status === 'CANCELLED') group.cancelled += 1;
    else group.open += 1;
  }
  const result = [...groups.values()].map((group) => {
    const done = group.doneOnTime + group.doneLate;
    return { ...group, done, onTimeRate: done ? group.doneOnTime / done : null };
  });
  return result.sort((a, b) => JSON.stringify(Object.values(a.key)).localeCompare(JSON.stringify(Object.values(b.key))));
}
