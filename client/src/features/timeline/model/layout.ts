import type { LocalDate } from '@lotrinh/shared';
import { groupOf, type GroupInfo } from './grouping.js';
import { ownDates, rollUp, type RowDates } from './rollup.js';
import { sortSiblings, type SortOrder } from './row-sort.js';
import type { Grouping, TimelineTask } from './types.js';

export const ROW_HEIGHT = 32;

export interface TaskRow {
  type: 'task';
  /** The task id. */
  key: string;
  task: TimelineTask;
  depth: number;
  hasChildren: boolean;
  collapsed: boolean;
  dates: RowDates;
}

export interface GroupRow {
  type: 'group';
  /** `group:<grouping>:<id>`, never a task id. */
  key: string;
  label: string;
  labelEn: string | null;
  /** The group of tasks with no plan / unit / document. */
  missing: boolean;
  count: number;
  depth: 0;
  hasChildren: true;
  collapsed: boolean;
  dates: RowDates;
}

export type LayoutRow = TaskRow | GroupRow;

export interface TimelineLayout {
  rows: LayoutRow[];
  /** Row index of each visible row by key (task id or group key). */
  indexByKey: Map<string, number>;
  /** The rolled-up dates of summaries (and of parents with no date of their own), hidden ones included. */
  rolledUp: Map<string, RowDates>;
}

/** A group's tasks in tree order (preorder), as parallel arrays to spare allocations at 100,000 tasks. */
interface GroupOrder {
  tasks: TimelineTask[];
  depths: number[];
}

/**
 * The rows of the timeline: group rows (unless `grouping` is 'none') and task rows in tree order, with the
 * subtrees of collapsed groups and tasks left out; summaries roll up their children's dates and progress.
 * A child whose parent is filtered out, or sits in another group, becomes a root of its own group.
 */
export function layoutRows(options: {
  tasks: readonly TimelineTask[];
  grouping: Grouping;
  /** Keys of collapsed rows: group keys and task ids. */
  collapsed: ReadonlySet<string>;
  sort?: SortOrder | null;
}): TimelineLayout {
  const { tasks, grouping, collapsed, sort = null } = options;
  const byId = new Map<string, TimelineTask>();
  for (const task of tasks) byId.set(task.id, task);

  const single: GroupInfo & { roots: TimelineTask[] } = { key: 'group:none:', label: '', labelEn: null, missing: true, roots: [] };
  const groups = new Map<string, GroupInfo & { roots: TimelineTask[] }>();
  const groupKeyOf = new Map<string, string>();
  if (grouping === 'none') groups.set(single.key, single);
  else {
    for (const task of tasks) {
      const info = groupOf({ task, grouping });
      groupKeyOf.set(task.id, info.key);
      if (!groups.has(info.key)) groups.set(info.key, { ...info, roots: [] });
    }
  }
  const sameGroup = (a: TimelineTask, b: TimelineTask) => grouping === 'none' || groupKeyOf.get(a.id) === groupKeyOf.get(b.id);
  const children = new Map<string, TimelineTask[]>();
  for (const task of tasks) {
    const parent = task.parentId !== null && task.parentId !== task.id ? byId.get(task.parentId) : undefined;
    if (parent && sameGroup(parent, task)) {
      const list = children.get(parent.id);
      if (list) list.push(task);
      else children.set(parent.id, [task]);
    } else {
      (grouping === 'none' ? single : groups.get(groupKeyOf.get(task.id) ?? ''))?.roots.push(task);
    }
  }
  for (const list of children.values()) sortSiblings({ list, sort });

  const orderedGroups = [...groups.values()].sort((a, b) => Number(a.missing) - Number(b.missing));
  const visited = new Set<string>();
  const walk = (roots: TimelineTask[], into: GroupOrder) => {
    const stack: TimelineTask[] = [];
    const depthStack: number[] = [];
    for (let i = roots.length - 1; i >= 0; i -= 1) {
      stack.push(roots[i] as TimelineTask);
      depthStack.push(0);
    }
    while (stack.length > 0) {
      const task = stack.pop() as TimelineTask;
      const depth = depthStack.pop() as number;
      if (visited.has(task.id)) continue;
      visited.add(task.id);
      into.tasks.push(task);
      into.depths.push(depth);
      const kids = children.get(task.id);
      if (kids) {
        for (let i = kids.length - 1; i >= 0; i -= 1) {
          stack.push(kids[i] as TimelineTask);
          depthStack.push(depth + 1);
        }
      }
    }
  };
  const orders: GroupOrder[] = orderedGroups.map((group) => {
    sortSiblings({ list: group.roots, sort });
    const order: GroupOrder = { tasks: [], depths: [] };
    walk(group.roots, order);
    return order;
  });
  // Tasks caught in a parent cycle are reached from nowhere: show them as roots of their group.
  if (visited.size < byId.size) {
    orderedGroups.forEach((group, index) => {
      const stranded = tasks.filter((task) => !visited.has(task.id) && (grouping === 'none' || groupKeyOf.get(task.id) === group.key));
      if (stranded.length > 0) walk(stranded, orders[index] as GroupOrder);
    });
  }

  // Children come after their parent in preorder, so the reverse visits every child before its parent.
  const datesById = new Map<string, RowDates>();
  const datesOf = (task: TimelineTask) => datesById.get(task.id) ?? ownDates({ task });
  for (let g = orders.length - 1; g >= 0; g -= 1) {
    const order = orders[g] as GroupOrder;
    for (let i = order.tasks.length - 1; i >= 0; i -= 1) {
      const task = order.tasks[i] as TimelineTask;
      const kids = children.get(task.id);
      if (!kids || (task.kind !== 'SUMMARY' && (task.start !== null || task.due !== null))) continue;
      datesById.set(task.id, rollUp({ children: kids.map(datesOf) }));
    }
  }

  const rows: LayoutRow[] = [];
  const indexByKey = new Map<string, number>();
  orderedGroups.forEach((group, g) => {
    const order = orders[g] as GroupOrder;
    if (grouping !== 'none') {
      const groupCollapsed = collapsed.has(group.key);
      indexByKey.set(group.key, rows.length);
      rows.push({
        type: 'group',
        key: group.key,
        label: group.label,
        labelEn: group.labelEn,
        missing: group.missing,
        count: order.tasks.length,
        depth: 0,
        hasChildren: true,
        collapsed: groupCollapsed,
        dates: rollUp({ children: group.roots.map(datesOf) }),
      });
      if (groupCollapsed) return;
    }
    const offset = grouping === 'none' ? 0 : 1;
    let hideDeeperThan = Infinity;
    for (let i = 0; i < order.tasks.length; i += 1) {
      const depth = order.depths[i] as number;
      if (depth > hideDeeperThan) continue;
      const task = order.tasks[i] as TimelineTask;
      const hasChildren = children.has(task.id);
      const isCollapsed = hasChildren && collapsed.has(task.id);
      hideDeeperThan = isCollapsed ? depth : Infinity;
      indexByKey.set(task.id, rows.length);
      rows.push({ type: 'task', key: task.id, task, depth: depth + offset, hasChildren, collapsed: isCollapsed, dates: datesOf(task) });
    }
  });
  return { rows, indexByKey, rolledUp: datesById };
}

/** The earliest and latest date of the rows (null when no row has a date). */
export function layoutSpan({ layout }: { layout: { rows: readonly LayoutRow[] } }): { min: LocalDate; max: LocalDate } | null {
  let min: LocalDate | null = null;
  let max: LocalDate | null = null;
  for (const row of layout.rows) {
    const { start, due } = row.dates;
    if (start !== null && (min === null || start < min)) min = start;
    if (due !== null && (max === null || due > max)) max = due;
    if (start !== null && (max === null || start > max)) max = start;
    if (due !== null && (min === null || due < min)) min = due;
  }
  return min !== null && max !== null ? { min, max } : null;
}
