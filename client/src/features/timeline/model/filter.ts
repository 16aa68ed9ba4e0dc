import { foldText } from '@lotrinh/shared';
import type { TimelineFilters, TimelineTask } from './types.js';

/** The tasks that pass every filter (filters combine with AND; values inside one filter with OR). */
export function filterTasks({ tasks, filters }: { tasks: readonly TimelineTask[]; filters: TimelineFilters }): readonly TimelineTask[] {
  const units = filters.units.length > 0 ? new Set(filters.units) : null;
  const statuses = filters.status.length > 0 ? new Set<string>(filters.status) : null;
  const { plan, document, from, to } = filters;
  if (!units && !statuses && plan === null && document === null && from === null && to === null) return tasks;
  return tasks.filter((task) => {
    if (units && !(task.leadUnit && units.has(task.leadUnit.code))) return false;
    if (statuses && !statuses.has(task.status)) return false;
    if (plan !== null && task.plan?.id !== plan) return false;
    if (document !== null && task.assignedBy?.id !== document && task.assignedBy?.label !== document) return false;
    if (from !== null || to !== null) {
      const start = task.start ?? task.due;
      const due = task.due ?? task.start;
      if (start === null || due === null) return false;
      if (from !== null && due < from) return false;
      if (to !== null && start > to) return false;
    }
    return true;
  });
}

/** Folded search text of each task (title, English title, lead unit code and names), built once per task list. */
export type SearchIndex = ReadonlyMap<string, string>;

export function buildSearchIndex({ tasks }: { tasks: readonly TimelineTask[] }): SearchIndex {
  const index = new Map<string, string>();
  for (const task of tasks) {
    const unit = task.leadUnit;
    const parts = [task.title, task.titleEn ?? '', unit?.code ?? '', unit?.name ?? '', unit?.nameEn ?? ''];
    index.set(task.id, foldText(parts.join(' \u0001 ')));
  }
  return index;
}

/**
 * The ids of the tasks matching `query`, ignoring case and Vietnamese diacritics, in the order of `ids`
 * (the rows' order). Every word of the query must occur; an empty query matches nothing.
 */
export function searchTasks({ index, query, ids }: { index: SearchIndex; query: string; ids: Iterable<string> }): string[] {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return [];
  const matches: string[] = [];
  for (const id of ids) {
    const haystack = index.get(id);
    if (haystack !== undefined && words.every((word) => haystack.includes(word))) matches.push(id);
  }
  return matches;
}
