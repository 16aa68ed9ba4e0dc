import { useCallback, useMemo, useState } from 'react';
import { findDependency, linkProblem, type TaskLink } from '../model/link.js';
import { barValues, updateCommandOf } from '../model/task-update.js';
import type { CreateTaskInput, LinkSettings, TimelineTask, UpdateTaskInput } from '../model/types.js';
import { CommandError } from './run-command.js';
import type { Edits } from './use-edits.js';
import type { DrawnLink } from './use-link-gesture.js';

export interface TaskCommands {
  /** The task a keyboard link starts from (L pressed on it), waiting for its dependent. */
  linkFrom: string | null;
  /** Draws a dependency (`to` depends on `from`), or explains why it cannot be. */
  link: (link: DrawnLink) => void;
  unlink: (link: TaskLink) => void;
  /** A new kind or lag for a dependency. */
  relink: (link: TaskLink, next: LinkSettings) => void;
  /** L on a bar: the first press picks the predecessor, the second (on another bar) links or unlinks the two. */
  keyLink: (key: string) => void;
  /** Leaves keyboard linking; true when it was on. */
  cancelLink: () => boolean;
  /** Creates a task, records it for undo and selects it; rejects as the owner's `onCreateTask` does. */
  create: (input: CreateTaskInput) => Promise<void>;
  /** Saves a change of a task's fields made outside the timeline (the side panel); rejects with the server's error. */
  update: (input: UpdateTaskInput) => Promise<void>;
}

/** Creating and updating tasks, drawing, changing and removing dependencies, as undoable commands. */
export function useTaskCommands(options: {
  tasks: readonly TimelineTask[];
  edits: Pick<Edits, 'apply' | 'save' | 'report' | 'overrides'>;
  onCreateTask?: (input: CreateTaskInput) => Promise<string>;
  onUpdateTask?: (input: UpdateTaskInput) => Promise<void>;
  onSelect: (id: string | null) => void;
}): TaskCommands {
  const { tasks, edits, onCreateTask, onUpdateTask, onSelect } = options;
  const { apply, save, report, overrides } = edits;
  const tasksById = useMemo(() => new Map(tasks.map((task) => [task.id, task])), [tasks]);
  const [linkFrom, setLinkFrom] = useState<string | null>(null);

  const link = useCallback(
    ({ from, to, type }: DrawnLink) => {
      const problem = linkProblem({ tasksById, dependentId: to, predecessorId: from });
      if (problem) {
        const dependent = tasksById.get(to);
        const predecessor = tasksById.get(from);
        report({
          code: `LINK_${problem.toUpperCase()}`,
          message: '',
          kind: 'link',
          taskId: to,
          title: dependent?.title ?? '',
          titleEn: dependent?.titleEn ?? null,
          other: predecessor ? { title: predecessor.title, titleEn: predecessor.titleEn } : null,
        });
        return;
      }
      apply({ type: 'link', taskId: to, dependsOnId: from, dependencyType: type, lagDays: 0 });
    },
    [tasksById, apply, report],
  );

  const unlink = useCallback(
    (target: TaskLink) =>
      apply({ type: 'unlink', taskId: target.dependentId, dependsOnId: target.predecessorId, dependencyType: target.type, lagDays: target.lagDays }),
    [apply],
  );

  const relink = useCallback(
    (target: TaskLink, next: LinkSettings) =>
      apply({
        type: 'relink',
        taskId: target.dependentId,
        dependsOnId: target.predecessorId,
        before: { type: target.type, lagDays: target.lagDays },
        after: next,
      }),
    [apply],
  );

  const keyLink = useCallback(
    (key: string) => {
      if (!tasksById.has(key)) return;
      if (linkFrom === null || !tasksById.has(linkFrom)) {
        setLinkFrom(key);
        return;
      }
      setLinkFrom(null);
      if (linkFrom === key) return;
      const existing = findDependency({ tasksById, dependentId: key, predecessorId: linkFrom });
      if (existing) unlink({ id: existing.id, dependentId: key, predecessorId: linkFrom, type: existing.type, lagDays: existing.lagDays });
      else link({ from: linkFrom, to: key, type: 'FINISH_TO_START' });
    },
    [tasksById, linkFrom, link, unlink],
  );

  const cancelLink = useCallback(() => {
    if (linkFrom === null) return false;
    setLinkFrom(null);
    return true;
  }, [linkFrom]);

  const create = useCallback(
    async (input: CreateTaskInput) => {
      if (!onCreateTask) return;
      const id = await onCreateTask(input);
      apply({ type: 'create', taskId: id, title: input.title });
      onSelect(id);
    },
    [onCreateTask, apply, onSelect],
  );

  const update = useCallback(
    async (input: UpdateTaskInput) => {
      const task = tasksById.get(input.id);
      if (task) return save(updateCommandOf({ task, shown: overrides.get(task.id) ?? barValues(task), input }));
      // Not on the timeline (a task the replayed day does not know yet): saved as it is, outside the history.
      if (!onUpdateTask) throw new CommandError('updateTask is not available', 'UNSUPPORTED');
      return onUpdateTask(input);
    },
    [tasksById, overrides, save, onUpdateTask],
  );

  return { linkFrom, link, unlink, relink, keyLink, cancelLink, create, update };
}
