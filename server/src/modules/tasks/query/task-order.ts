import { TASK_STATUSES } from '@lotrinh/shared';
import type { TaskRow } from './task-row.js';

export type TaskOrderField = 'START' | 'DUE' | 'ASSIGNED_ON' | 'COMPLETED_ON' | 'TITLE' | 'PROGRESS' | 'STATUS' | 'ID';
export type SortDirection = 'ASC' | 'DESC';

export interface TaskOrderSpec {
  field: TaskOrderField;
  direction: SortDirection;
}

export const DEFAULT_TASK_ORDER: TaskOrderSpec[] = [
  { field: 'START', direction: 'ASC' },
  { field: 'DUE', direction: 'ASC' },
];

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

type SortValue = string | number | null;

export function sortValue(row: TaskRow, field: TaskOrderField): SortValue {
  switch (field) {
    case 'START':
      return row.start;
    case 'DUE':
      return row.due;
    case 'ASSIGNED_ON':
      return row.assignedOn;
    case 'COMPLETED_ON':
      return row.completedOn;
    case 'TITLE':
      return row.title;
    case 'PROGRESS':
      return row.progress;
    case 'STATUS':
      return TASK_STATUSES.indexOf(row.status);
    case 'ID':
      return row.id;
  }
}

/** Nulls sort last in either direction, so unknown dates never hide the known ones. */
function compareValues(a: SortValue, b: SortValue, field: TaskOrderField): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (field === 'TITLE') return collator.compare(String(a), String(b));
  return a < b ? -1 : 1;
}

export type SortKey = SortValue[];

/** The row's position in the order: the requested keys, then the id, so each cursor points at one place. */
export function taskSortKey(order: readonly TaskOrderSpec[]): (row: TaskRow) => SortKey {
  return (row) => [...order.map(({ field }) => sortValue(row, field)), row.id];
}

/** Compares two sort keys made by `taskSortKey` with the same order. */
export function compareSortKeys(order: readonly TaskOrderSpec[]): (a: SortKey, b: SortKey) => number {
  return (a, b) => {
    for (const [index, { field, direction }] of order.entries()) {
      const va = a[index] ?? null;
      const vb = b[index] ?? null;
      const result = compareValues(va, vb, field);
      if (result === 0) continue;
      return va === null || vb === null || direction === 'ASC' ? result : -result;
    }
    return Number(a[order.length]) - Number(b[order.length]);
  };
}

