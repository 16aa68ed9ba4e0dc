import type { DependencyType } from '@lotrinh/shared';
import type { BarGeometry } from './bar-geometry.js';
import type { TimelineTask } from './types.js';

/** Which end of the predecessor's bar a link is drawn from. */
export type LinkSide = 'start' | 'end';

/** Why a dependency cannot be drawn, decided before anything is sent. */
export type LinkProblem = 'self' | 'duplicate' | 'cycle';

/**
 * The kind of dependency a link drawn from `side` of the predecessor and dropped at `x` on the dependent's
 * bar stands for: the half of the bar it is dropped on picks the dependent's start or finish.
 * End → left half: finish-to-start; end → right half: finish-to-finish; start → left: start-to-start;
 * start → right: start-to-finish.
 */
export function linkTypeFor({ side, x, target }: { side: LinkSide; x: number; target: Pick<BarGeometry, 'x' | 'width'> }): DependencyType {
  const toStart = x < target.x + target.width / 2;
  if (side === 'end') return toStart ? 'FINISH_TO_START' : 'FINISH_TO_FINISH';
  return toStart ? 'START_TO_START' : 'START_TO_FINISH';
}

/**
 * What stops `dependentId` from depending on `predecessorId`: the same task, a link already there, or a
 * cycle (the predecessor already depends, directly or not, on the dependent). Null when it can be drawn.
 */
export function linkProblem(options: {
  tasksById: ReadonlyMap<string, TimelineTask>;
  dependentId: string;
  predecessorId: string;
}): LinkProblem | null {
  const { tasksById, dependentId, predecessorId } = options;
  if (dependentId === predecessorId) return 'self';
  if (tasksById.get(dependentId)?.dependencies.some((d) => d.toTaskId === predecessorId)) return 'duplicate';
  const seen = new Set<string>();
  const stack = [predecessorId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (id === dependentId) return 'cycle';
    if (seen.has(id)) continue;
    seen.add(id);
    for (const dependency of tasksById.get(id)?.dependencies ?? []) stack.push(dependency.toTaskId);
  }
  return null;
}

/** The dependency of `dependentId` on `predecessorId`, if there is one. */
export function findDependency(options: {
  tasksById: ReadonlyMap<string, TimelineTask>;
  dependentId: string;
  predecessorId: string;
}): TimelineTask['dependencies'][number] | null {
  const { tasksById, dependentId, predecessorId } = options;
  return tasksById.get(dependentId)?.dependencies.find((d) => d.toTaskId === predecessorId) ?? null;
}

/** One dependency seen from a task: on a predecessor of it, or from a successor on it. */
export interface TaskLink {
  id: string;
  dependentId: string;
  predecessorId: string;
  type: DependencyType;
  lagDays: number;
}

/** The dependencies a task takes part in: its own (on predecessors) first, then its successors'. */
export function linksOf({ taskId, tasks }: { taskId: string; tasks: readonly TimelineTask[] }): TaskLink[] {
  const own: TaskLink[] = [];
  const theirs: TaskLink[] = [];
  for (const task of tasks) {
    for (const dependency of task.dependencies) {
      const link = { id: dependency.id, dependentId: task.id, predecessorId: dependency.toTaskId, type: dependency.type, lagDays: dependency.lagDays };
      if (task.id === taskId) own.push(link);
      else if (dependency.toTaskId === taskId) theirs.push(link);
    }
  }
  return [...own, ...theirs];
}
