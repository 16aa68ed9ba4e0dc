import { addDays, isLocalDate, LIMITS, type LocalDate } from '@lotrinh/shared';
import type { CreateTaskInput } from './types.js';

/** The new-task form as typed (strings, '' for empty). */
export interface NewTaskDraft {
  title: string;
  start: string;
  due: string;
  leadUnit: string;
  plan: string;
}

export type NewTaskField = keyof NewTaskDraft;

/** Message keys by field; absent when the field is fine. */
export type NewTaskErrors = Partial<Record<NewTaskField, string>>;

/** How long a task created by a double-click lasts at first, in days (it is resized by dragging). */
export const NEW_TASK_DAYS = 30;

/** A draft starting on `start` (a double-click's day), in the group the click was in. */
export function newTaskDraft(options: { start?: LocalDate | null; leadUnit?: string | null; plan?: string | null } = {}): NewTaskDraft {
  const { start = null, leadUnit = null, plan = null } = options;
  return {
    title: '',
    start: start ?? '',
    due: start ? addDays(start, NEW_TASK_DAYS - 1) : '',
    leadUnit: leadUnit ?? '',
    plan: plan ?? '',
  };
}

function checkDate(value: string, errors: NewTaskErrors, field: 'start' | 'due'): LocalDate | null {
  if (value === '') return null;
  if (!isLocalDate(value)) errors[field] = 'timeline.form.error.date';
  else if (value < LIMITS.earliestDate || value > LIMITS.latestDate) errors[field] = 'timeline.form.error.range';
  else return value;
  return null;
}

/** The checks the server makes (LIMITS from `@lotrinh/shared`), made before sending. */
export function validateNewTask({ draft }: { draft: NewTaskDraft }): { errors: NewTaskErrors; input: CreateTaskInput | null } {
  const errors: NewTaskErrors = {};
  const title = draft.title.trim();
  if (title === '') errors.title = 'timeline.form.error.titleRequired';
  else if (title.length > LIMITS.titleMaxLength) errors.title = 'timeline.form.error.titleTooLong';
  const start = checkDate(draft.start, errors, 'start');
  const due = checkDate(draft.due, errors, 'due');
  if (start !== null && due !== null && due < start) errors.due = 'timeline.form.error.dueBeforeStart';
  if (Object.keys(errors).length > 0) return { errors, input: null };
  return { errors, input: { title, start, due, leadUnit: draft.leadUnit || null, plan: draft.plan || null } };
}
