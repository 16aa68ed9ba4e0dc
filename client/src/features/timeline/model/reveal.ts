import { groupOf } from './grouping.js';
import type { Grouping, TimelineTask } from './types.js';

/**
 * The collapsed keys to open so that every task in `ids` gets a row: its group and its ancestors (within
 * the same group, as the layout nests them). Used to reveal search matches hidden by collapsing.
 */
export function keysToReveal(options: {
  ids: readonly string[];
  tasks: readonly TimelineTask[];
  grouping: Grouping;
  collapsed: ReadonlySet<string>;
}): string[] {
  const { ids, tasks, grouping, collapsed } = options;
  if (collapsed.size === 0 || ids.length === 0) return [];
  const byId = new Map(tasks.map((task) => [task.id, task]));
  const keys = new Set<string>();
  for (const id of ids) {
    let task = byId.get(id);
    if (!task) continue;
    const group = groupOf({ task, grouping }).key;
    if (collapsed.has(group)) keys.add(group);
    for (let depth = 0; task.parentId !== null && depth < 1000; depth += 1) {
      const parent = byId.get(task.parentId);
      if (!parent || groupOf({ task: parent, grouping }).key !== group) break;
      if (collapsed.has(parent.id)) keys.add(parent.id);
      task = parent;
    }
  }
  return [...keys];
}
