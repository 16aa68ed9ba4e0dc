import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { errorOf, type EditAnnouncement, type EditNotice } from '../model/edit-feedback.js';
import { barValues, shownValues } from '../model/task-update.js';
import type { TaskEditValues, TimelineTask } from '../model/types.js';
import {
  commandValues,
  dropEdit,
  emptyUndoStack,
  pushEdit,
  redoEdit,
  undoEdit,
  type Direction,
  type TimelineCommand,
  type UndoStack,
} from '../model/undo-stack.js';
import { runCommand, type CommandHandlers } from './run-command.js';

interface Override {
  values: TaskEditValues;
  /** The task's version when the edit was made; a newer version from the server replaces the override. */
  baseVersion: number;
  token: number;
}

export interface Edits {
  /** Values shown while edits are pending or not yet reflected in `tasks`. */
  overrides: ReadonlyMap<string, TaskEditValues>;
  /** Shows an edit at once and saves it (a creation is recorded only); the command joins the undo history. */
  apply: (command: TimelineCommand) => void;
  /**
   * As `apply`, for a change made outside the timeline whose owner reports the outcome: resolves once saved,
   * rejects with the server's error; the timeline shows no notice and announces nothing for it.
   */
  save: (command: TimelineCommand) => Promise<void>;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  notice: EditNotice | null;
  /** Shows a refusal decided before anything was sent (a self-link, a cycle …). */
  report: (notice: Omit<EditNotice, 'seq'>) => void;
  dismiss: () => void;
  announcement: EditAnnouncement | null;
}

const KIND: Record<Direction, EditAnnouncement['kind']> = { do: 'saved', undo: 'undone', redo: 'redone' };

/**
 * Optimistic, undoable changes. A change of dates or progress (a drag, a key, a side-panel update) shows at
 * once (an override of the bar's values); every command is sent through the owner's mutations one at a time
 * per task, and rolled back with a notice when the server refuses it (or, for `save`, with the refusal handed
 * to the caller). Undo and redo send the inverse or the command again.
 */
export function useEdits(options: { tasks: readonly TimelineTask[]; handlers: CommandHandlers }): Edits {
  const { tasks, handlers } = options;
  const [overrides, setOverrides] = useState<ReadonlyMap<string, Override>>(() => new Map());
  const [stack, setStack] = useState<UndoStack>(() => emptyUndoStack());
  const [notice, setNotice] = useState<EditNotice | null>(null);
  const [announcement, setAnnouncement] = useState<EditAnnouncement | null>(null);
  const tasksById = useMemo(() => new Map(tasks.map((task) => [task.id, task])), [tasks]);
  const latest = useRef({ tasksById, handlers });
  const chains = useRef(new Map<string, Promise<unknown>>());
  const pending = useRef(new Map<string, number>());
  /** Versions this client has moved tasks to (the server adds one per accepted change). */
  const sentVersions = useRef(new Map<string, number>());
  /** Titles of tasks seen, so a notice can name a task the data no longer holds (a deleted one). */
  const titles = useRef(new Map<string, { title: string; titleEn: string | null }>());
  const seq = useRef(0);

  useEffect(() => {
    latest.current = { tasksById, handlers };
  }, [tasksById, handlers]);
  // Only when the data changes (10,000 tasks): not on every render, which scrolling causes.
  useEffect(() => {
    for (const task of tasksById.values()) titles.current.set(task.id, { title: task.title, titleEn: task.titleEn });
  }, [tasksById]);

  // Once the server's data shows a newer version of an edited task, its own values replace the override.
  useEffect(() => {
    setOverrides((current) => {
      let next: Map<string, Override> | null = null;
      for (const [id, override] of current) {
        const task = tasksById.get(id);
        if ((pending.current.get(id) ?? 0) > 0) continue;
        if (!task || task.version !== override.baseVersion) (next ??= new Map(current)).delete(id);
      }
      return next ?? current;
    });
  }, [tasksById]);

  const dropOverride = useCallback((taskId: string, token: number) => {
    setOverrides((current) => {
      if (current.get(taskId)?.token !== token) return current;
      const next = new Map(current);
      next.delete(taskId);
      return next;
    });
  }, []);

  /** Sends a command in a direction; resolves with the refusal, or null once saved. A quiet one reports neither. */
  const send = useCallback(
    (command: TimelineCommand, direction: Direction, quiet = false): Promise<unknown> => {
      const { taskId } = command;
      const task = latest.current.tasksById.get(taskId);
      const name = titles.current.get(taskId) ?? { title: command.type === 'create' ? command.title : '', titleEn: null };
      const other = 'dependsOnId' in command ? (titles.current.get(command.dependsOnId) ?? null) : null;
      seq.current += 1;
      const token = seq.current;
      const values = command.type === undefined || command.type === 'edit' ? commandValues(command, direction).to : null;
      if (task) {
        setOverrides((current) => {
          const shown = shownValues({ command, direction, current: current.get(taskId)?.values ?? barValues(task) });
          return shown ? new Map(current).set(taskId, { values: shown, baseVersion: task.version, token }) : current;
        });
      }
      pending.current.set(taskId, (pending.current.get(taskId) ?? 0) + 1);
      const versionAtStart = task?.version;
      const context = {
        version: (id: string) => Math.max(latest.current.tasksById.get(id)?.version ?? 0, sentVersions.current.get(id) ?? 0),
        accepted: (id: string, used: number) => void sentVersions.current.set(id, used + 1),
        dependencyId: (id: string, dependsOnId: string) =>
          latest.current.tasksById.get(id)?.dependencies.find((d) => d.toTaskId === dependsOnId)?.id ?? null,
      };
      const kind = command.type ?? 'edit';
      const outcome = (chains.current.get(taskId) ?? Promise.resolve())
        .then(() => runCommand({ command, direction, context: { ...context, handlers: latest.current.handlers } }))
        .then(
          () => {
            seq.current += 1;
            if (!quiet) setAnnouncement({ seq: seq.current, kind: KIND[direction], command: kind, taskId, ...name, values });
            return null;
          },
          (error: unknown) => {
            dropOverride(taskId, token);
            setStack((current) => dropEdit({ stack: current, command }));
            seq.current += 1;
            if (!quiet) setNotice({ seq: seq.current, ...errorOf(error), kind, taskId, ...name, other });
            return error;
          },
        )
        .finally(() => {
          const left = (pending.current.get(taskId) ?? 1) - 1;
          pending.current.set(taskId, left);
          // Until the data shows the change (a newer version), the override keeps showing it.
          if (left > 0 || latest.current.tasksById.get(taskId)?.version === versionAtStart) return;
          dropOverride(taskId, token);
        });
      chains.current.set(taskId, outcome);
      return outcome;
    },
    [dropOverride],
  );

  const record = useCallback(
    (command: TimelineCommand, quiet: boolean) => {
      if (command.type === 'create') sentVersions.current.set(command.taskId, Math.max(1, sentVersions.current.get(command.taskId) ?? 0));
      setStack((current) => pushEdit({ stack: current, command }));
      return send(command, 'do', quiet);
    },
    [send],
  );
  const apply = useCallback((command: TimelineCommand) => void record(command, false), [record]);
  const save = useCallback(
    async (command: TimelineCommand) => {
      const refusal = await record(command, true);
      if (refusal !== null) throw refusal;
    },
    [record],
  );

  const undo = useCallback(() => {
    const result = undoEdit({ stack });
    if (!result) return;
    setStack(result.stack);
    send(result.command, 'undo');
  }, [stack, send]);

  const redo = useCallback(() => {
    const result = redoEdit({ stack });
    if (!result) return;
    setStack(result.stack);
    send(result.command, 'redo');
  }, [stack, send]);

  const report = useCallback((next: Omit<EditNotice, 'seq'>) => {
    seq.current += 1;
    setNotice({ ...next, seq: seq.current });
  }, []);
  const dismiss = useCallback(() => setNotice(null), []);
  const shown = useMemo(() => new Map([...overrides].map(([id, override]) => [id, override.values])), [overrides]);
  return {
    overrides: shown,
    apply,
    save,
    undo,
    redo,
    canUndo: stack.done.length > 0,
    canRedo: stack.undone.length > 0,
    notice,
    report,
    dismiss,
    announcement,
  };
}
