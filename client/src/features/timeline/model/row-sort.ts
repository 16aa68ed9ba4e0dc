import { TASK_STATUSES } from '@lotrinh/shared';
import type { TimelineTask } from './types.js';

export type SortKey = 'title' | 'leadUnit' | 'start' | 'due' | 'status' | 'progress';
export interface SortOrder {
  key: SortKey;
  dir: 'asc' | 'desc';
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const statusRank = new Map<string, number>(TASK_STATUSES.map((status, index) => [status, index]));

function sortValue(task: TimelineTask, key: SortKey): string | number | null {
  switch (key) {
    case 'title':
      return task.title;
    case 'leadUnit':
      return task.leadUnit?.code ?? null;
    case 'start':
      return task.start;
    case 'due':
      return task.due;
    case 'status':
      return statusRank.get(task.status) ?? null;
    case 'progress':
      return task.progress;
  }
}

/** Sorts siblings in place by `sort`; missing values last in both directions; stable. */
export function sortSiblings({ list, sort }: { list: TimelineTask[]; sort: SortOrder | null }): void {
  if (!sort || list.length < 2) return;
  const sign = sort.dir === 'asc' ? 1 : -1;
  list.sort((a, b) => {
    const va = sortValue(a, sort.key);
    const vb = sortValue(b, sort.key);
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    if (typeof va === 'number' && typeof vb === 'number') return (va - vb) * sign;
    if (sort.key === 'title') return collator.compare(String(va), String(vb)) * sign;
    return (va < vb ? -1 : va > vb ? 1 : 0) * sign;
  });
}
