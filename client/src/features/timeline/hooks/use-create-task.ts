import { useCallback, useState } from 'react';
import type { TimelineLayout } from '../model/layout.js';
import { xToDate, type TimeScale } from '../model/scale.js';
import { newTaskDraft, type NewTaskDraft } from '../model/task-form.js';
import type { CreateTaskInput, Grouping } from '../model/types.js';

export interface CreateTask {
  /** The new-task form's first values while it is open. */
  draft: NewTaskDraft | null;
  /** "Thêm nhiệm vụ": an empty form. */
  open: () => void;
  /** A double-click on empty chart space: a form starting that day, in the group of that row. */
  openAt: (at: { x: number; y: number }) => void;
  close: () => void;
  submit: (input: CreateTaskInput) => Promise<void>;
}

/** The group a row belongs to, as the lead unit or plan a task created there takes. */
function groupValues(layout: TimelineLayout, index: number, grouping: Grouping): { leadUnit: string | null; plan: string | null } {
  const row = layout.rows[index];
  const none = { leadUnit: null, plan: null };
  if (!row || (grouping !== 'leadUnit' && grouping !== 'plan')) return none;
  if (row.type === 'task') return grouping === 'leadUnit' ? { ...none, leadUnit: row.task.leadUnit?.code ?? null } : { ...none, plan: row.task.plan?.id ?? null };
  const id = row.missing ? null : row.key.slice(`group:${grouping}:`.length) || null;
  return grouping === 'leadUnit' ? { ...none, leadUnit: id } : { ...none, plan: id };
}

/** The new-task form: where it opens from and what it starts with; a created task is selected (see useTaskCommands). */
export function useCreateTask(options: {
  layout: TimelineLayout;
  scale: TimeScale;
  rowHeight: number;
  grouping: Grouping;
  create: (input: CreateTaskInput) => Promise<void>;
}): CreateTask {
  const { layout, scale, rowHeight, grouping, create } = options;
  const [draft, setDraft] = useState<NewTaskDraft | null>(null);
  const open = useCallback(() => setDraft(newTaskDraft()), []);
  const openAt = useCallback(
    (at: { x: number; y: number }) => {
      const start = xToDate({ scale, x: Math.max(0, at.x) });
      setDraft(newTaskDraft({ start, ...groupValues(layout, Math.floor(at.y / rowHeight), grouping) }));
    },
    [layout, scale, rowHeight, grouping],
  );
  const close = useCallback(() => setDraft(null), []);
  const submit = useCallback(
    async (input: CreateTaskInput) => {
      await create(input);
      setDraft(null);
    },
    [create],
  );
  return { draft, open, openAt, close, submit };
}
