import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { dropEdit, emptyUndoStack, pushEdit, redoEdit, undoEdit, type EditCommand, type UndoStack } from '../model/undo-stack.js';
import type { RescheduleInput, SetProgressInput, TaskEditValues, TimelineTask } from '../model/types.js';

interface Override {
  values: TaskEditValues;
  /** The task's version when the edit was made; a newer version from the server replaces the override. */
  baseVersion: number;
  token: number;
}

export interface EditNotice {
  seq: number;
  code: string;
  taskId: string;
  title: string;
  titleEn: string | null;
}

export interface EditAnnouncement {
  seq: number;
  kind: 'saved' | 'undone' | 'redone';
  taskId: string;
  title: string;
  titleEn: string | null;
  values: TaskEditValues;
}

export interface Edits {
  /** Values shown while edits are pending or not yet reflected in `tasks`. */
  overrides: ReadonlyMap<string, TaskEditValues>;
  /** Shows `command.after` at once and saves it; the command joins the undo history. */
  apply: (command: EditCommand) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
  notice: EditNotice | null;
  dismiss: () => void;
  announcement: EditAnnouncement | null;
}

function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { code, extensions } = error as { code?: unknown; extensions?: { code?: unknown } };
    if (typeof code === 'string') return code;
    if (typeof extensions?.code === 'string') return extensions.code;
  }
  return 'INTERNAL_SERVER_ERROR';
}

/**
 * Optimistic edits: a change shows at once (an override of the task's values), is sent through
 * `onReschedule` / `onSetProgress` one at a time per task, and is rolled back with a notice when the
 * server refuses it. Undo and redo send the previous or next values the same way.
 */
export function useEdits(options: {
  tasks: readonly TimelineTask[];
  onReschedule: (input: RescheduleInput) => Promise<void>;
  onSetProgress: (input: SetProgressInput) => Promise<void>;
}): Edits {
  const { tasks, onReschedule, onSetProgress } = options;
  const [overrides, setOverrides] = useState<ReadonlyMap<string, Override>>(() => new Map());
  const [stack, setStack] = useState<UndoStack>(() => emptyUndoStack());
  const [notice, setNotice] = useState<EditNotice | null>(null);
  const [announcement, setAnnouncement] = useState<EditAnnouncement | null>(null);
  const tasksById = useMemo(() => new Map(tasks.map((task) => [task.id, task])), [tasks]);
  const latest = useRef({ tasksById, onReschedule, onSetProgress });
  const chains = useRef(new Map<string, Promise<void>>());
  const pending = useRef(new Map<string, number>());
  /** Versions this client has moved tasks to (the server adds one per accepted change). */
  const sentVersions = useRef(new Map<string, number>());
  const seq = useRef(0);

  useEffect(() => {
    latest.current = { tasksById, onReschedule, onSetProgress };
  }, [tasksById, onReschedule, onSetProgress]);

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

  const send = useCallback((command: EditCommand, from: TaskEditValues, to: TaskEditValues, kind: EditAnnouncement['kind']) => {
    const { taskId } = command;
    const task = latest.current.tasksById.get(taskId);
    if (!task) return;
    seq.current += 1;
    const token = seq.current;
    setOverrides((current) => new Map(current).set(taskId, { values: to, baseVersion: task.version, token }));
    pending.current.set(taskId, (pending.current.get(taskId) ?? 0) + 1);
    const version = () => Math.max(latest.current.tasksById.get(taskId)?.version ?? task.version, sentVersions.current.get(taskId) ?? 0);
    const run = async () => {
      if (to.start !== from.start || to.due !== from.due) {
        const used = version();
        await latest.current.onReschedule({ id: taskId, version: used, start: to.start, due: to.due });
        sentVersions.current.set(taskId, used + 1);
      }
      if (to.progress !== from.progress && to.progress !== null) {
        const used = version();
        await latest.current.onSetProgress({ id: taskId, version: used, progress: to.progress });
        sentVersions.current.set(taskId, used + 1);
      }
    };
    const chain = (chains.current.get(taskId) ?? Promise.resolve())
      .then(run)
      .then(
        () => {
          seq.current += 1;
          setAnnouncement({ seq: seq.current, kind, taskId, title: task.title, titleEn: task.titleEn, values: to });
        },
        (error: unknown) => {
          setOverrides((current) => {
            if (current.get(taskId)?.token !== token) return current;
            const next = new Map(current);
            next.delete(taskId);
            return next;
          });
          setStack((current) => dropEdit({ stack: current, command }));
          seq.current += 1;
          setNotice({ seq: seq.current, code: errorCode(error), taskId, title: task.title, titleEn: task.titleEn });
        },
      )
      .finally(() => {
        const left = (pending.current.get(taskId) ?? 1) - 1;
        pending.current.set(taskId, left);
        const now = latest.current.tasksById.get(taskId);
        if (left > 0 || now?.version === task.version) return;
        setOverrides((current) => {
          if (current.get(taskId)?.token !== token) return current;
          const next = new Map(current);
          next.delete(taskId);
          return next;
        });
      });
    chains.current.set(taskId, chain);
  }, []);

  const apply = useCallback(
    (command: EditCommand) => {
      setStack((current) => pushEdit({ stack: current, command }));
      send(command, command.before, command.after, 'saved');
    },
    [send],
  );

  const undo = useCallback(() => {
    const result = undoEdit({ stack });
    if (!result) return;
    setStack(result.stack);
    send(result.command, result.command.after, result.command.before, 'undone');
  }, [stack, send]);

  const redo = useCallback(() => {
    const result = redoEdit({ stack });
    if (!result) return;
    setStack(result.stack);
    send(result.command, result.command.before, result.command.after, 'redone');
  }, [stack, send]);

  const dismiss = useCallback(() => setNotice(null), []);
  const shown = useMemo(() => new Map([...overrides].map(([id, override]) => [id, override.values])), [overrides]);
  return { overrides: shown, apply, undo, redo, canUndo: stack.done.length > 0, canRedo: stack.undone.length > 0, notice, dismiss, announcement };
}
