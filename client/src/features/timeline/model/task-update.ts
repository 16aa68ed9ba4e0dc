import { commandValues, type Direction, type TimelineCommand, type UpdateCommand } from './undo-stack.js';
import type { TaskEditValues, TaskUpdateFields, TimelineTask, UpdateTaskInput } from './types.js';

const FIELDS = ['title', 'titleEn', 'start', 'due', 'leadUnit', 'progress'] as const satisfies readonly (keyof TaskUpdateFields)[];

function copy<K extends keyof TaskUpdateFields>(into: TaskUpdateFields, from: TaskUpdateFields, key: K): void {
  into[key] = from[key];
}

/** What a bar shows of a task: its dates and progress. */
export function barValues(task: Pick<TimelineTask, 'start' | 'due' | 'progress'>): TaskEditValues {
  return { start: task.start, due: task.due, progress: task.progress };
}

/**
 * An update as an undoable command: the fields the input gives, as the timeline shows them now (`shown`: the
 * bar's values, pending edits included) and as the input sets them.
 */
export function updateCommandOf({
  task,
  shown,
  input,
}: {
  task: TimelineTask;
  shown: TaskEditValues;
  input: UpdateTaskInput;
}): UpdateCommand {
  const current: Required<TaskUpdateFields> = { title: task.title, titleEn: task.titleEn, leadUnit: task.leadUnit?.code ?? null, ...shown };
  const before: TaskUpdateFields = {};
  const after: TaskUpdateFields = {};
  for (const field of FIELDS) {
    if (input[field] === undefined) continue;
    copy(before, current, field);
    copy(after, input, field);
  }
  return { type: 'update', taskId: task.id, before, after };
}

/** The bar's values once `fields` are applied to `current`; null when they change neither dates nor progress. */
export function withUpdate({ current, fields }: { current: TaskEditValues; fields: TaskUpdateFields }): TaskEditValues | null {
  const { start, due, progress } = fields;
  if (start === undefined && due === undefined && progress === undefined) return null;
  return {
    start: start === undefined ? current.start : start,
    due: due === undefined ? current.due : due,
    progress: progress === undefined ? current.progress : progress,
  };
}

/** What the bar of a command's task shows while the command is sent in `direction`; null when the bar does not change. */
export function shownValues({
  command,
  direction,
  current,
}: {
  command: TimelineCommand;
  direction: Direction;
  current: TaskEditValues;
}): TaskEditValues | null {
  if (command.type === undefined || command.type === 'edit') return commandValues(command, direction).to;
  if (command.type === 'update') return withUpdate({ current, fields: commandValues(command, direction).to });
  return null;
}
