import { isLocalDate, LIMITS, type LocalDate } from '@lotrinh/shared';

/** What `updateTask` takes: only the fields given change; null clears one. */
export interface TaskUpdateInput {
  id: string;
  version: number;
  title?: string;
  titleEn?: string | null;
  start?: LocalDate | null;
  due?: LocalDate | null;
  leadUnit?: string | null;
  progress?: number | null;
}

/** The task's editable fields as the form holds them (strings; '' for empty). */
export interface TaskEditDraft {
  title: string;
  titleEn: string;
  start: string;
  due: string;
  leadUnit: string;
  progress: string;
}

export type TaskEditField = keyof TaskEditDraft;
export type TaskEditErrors = Partial<Record<TaskEditField, string>>;

export interface EditableTask {
  id: string;
  version: number;
  title: string;
  titleEn: string | null;
  start: LocalDate | null;
  due: LocalDate | null;
  leadUnit: { code: string } | null;
  progress: number | null;
}

export function draftOf({ task }: { task: EditableTask }): TaskEditDraft {
  return {
    title: task.title,
    titleEn: task.titleEn ?? '',
    start: task.start ?? '',
    due: task.due ?? '',
    leadUnit: task.leadUnit?.code ?? '',
    progress: task.progress === null ? '' : String(task.progress),
  };
}

function date(value: string, field: 'start' | 'due', errors: TaskEditErrors): LocalDate | null {
  if (value === '') return null;
  if (!isLocalDate(value)) errors[field] = 'detail.edit.error.date';
  else if (value < LIMITS.earliestDate || value > LIMITS.latestDate) errors[field] = 'detail.edit.error.range';
  else return value;
  return null;
}

/**
 * The checks the server makes (LIMITS from `@lotrinh/shared`), made before sending, and the update: only
 * the fields that differ from the task as loaded, so a concurrent change to another field is not undone.
 */
export function validateTaskEdit({ draft, task }: { draft: TaskEditDraft; task: EditableTask }): {
  errors: TaskEditErrors;
  input: TaskUpdateInput | null;
} {
  const errors: TaskEditErrors = {};
  const title = draft.title.trim();
  const titleEn = draft.titleEn.trim();
  if (title === '') errors.title = 'detail.edit.error.titleRequired';
  else if (title.length > LIMITS.titleMaxLength) errors.title = 'detail.edit.error.titleTooLong';
  if (titleEn.length > LIMITS.titleMaxLength) errors.titleEn = 'detail.edit.error.titleTooLong';
  const start = date(draft.start, 'start', errors);
  const due = date(draft.due, 'due', errors);
  if (start !== null && due !== null && due < start) errors.due = 'detail.edit.error.dueBeforeStart';
  let progress: number | null = null;
  if (draft.progress.trim() !== '') {
    const value = Number(draft.progress);
    if (!Number.isInteger(value) || value < LIMITS.progressMin || value > LIMITS.progressMax) errors.progress = 'detail.edit.error.progress';
    else progress = value;
  }
  if (Object.keys(errors).length > 0) return { errors, input: null };
  const input: TaskUpdateInput = { id: task.id, version: task.version };
  if (title !== task.title) input.title = title;
  if ((titleEn || null) !== task.titleEn) input.titleEn = titleEn || null;
  if (start !== task.start) input.start = start;
  if (due !== task.due) input.due = due;
  if ((draft.leadUnit || null) !== (task.leadUnit?.code ?? null)) input.leadUnit = draft.leadUnit || null;
  if (progress !== task.progress) input.progress = progress;
  return { errors, input };
}

/** True when the update changes nothing. */
export function isEmptyUpdate({ input }: { input: TaskUpdateInput }): boolean {
  return Object.keys(input).every((key) => key === 'id' || key === 'version');
}
