import { LIMITS, type ObservedStatus, type TaskStatus } from '@lotrinh/shared';
import type { Obligation } from './obligations.js';

/** What a unit fills in for one task. */
export interface ItemDraft {
  taskId: string;
  version: number;
  included: boolean;
  status: ObservedStatus;
  /** As typed; empty for "not given". */
  progress: string;
  note: string;
}

export type ItemErrors = Partial<Record<'progress' | 'note', 'required' | 'tooLong' | 'range'>>;

export interface FormErrors {
  /** Per task id. */
  items: Record<string, ItemErrors>;
  /** No task is included. */
  empty: boolean;
}

export interface SubmitInput {
  unit: string;
  year: number;
  quarter: number;
  items: { id: string; version: number; status: ObservedStatus; progress: number | null; note: string }[];
}

/** The reported status a task's current status suggests, as a starting point. */
export function suggestedStatus(status: TaskStatus): ObservedStatus {
  switch (status) {
    case 'DONE_ON_TIME':
    case 'DONE_LATE':
      return 'DONE';
    case 'OVERDUE':
    case 'AT_RISK':
      return 'BEHIND';
    case 'PLANNED':
      return 'NOT_STARTED';
    case 'CANCELLED':
      return 'CANCELLED';
    case 'IN_PROGRESS':
    case 'UNKNOWN':
      return 'IN_PROGRESS';
  }
}

/** A fresh draft for each task: included, with a suggested status, the current progress and an empty note. */
export function initialDrafts(obligations: readonly Obligation[]): ItemDraft[] {
  return obligations.map(({ task }) => ({
    taskId: task.id,
    version: task.version,
    included: true,
    status: suggestedStatus(task.status),
    progress: task.progress === null ? '' : String(task.progress),
    note: '',
  }));
}

function progressValue(text: string): number | null | 'invalid' {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d{1,3}$/.test(trimmed)) return 'invalid';
  const value = Number(trimmed);
  return value >= LIMITS.progressMin && value <= LIMITS.progressMax ? value : 'invalid';
}

/** What is wrong with the drafts, by the limits the server enforces (note 1–4000 characters, progress 0–100). */
export function validateDrafts(drafts: readonly ItemDraft[]): FormErrors {
  const items: Record<string, ItemErrors> = {};
  for (const draft of drafts.filter((d) => d.included)) {
    const errors: ItemErrors = {};
    const note = draft.note.trim();
    if (note.length === 0) errors.note = 'required';
    else if (note.length > LIMITS.noteMaxLength) errors.note = 'tooLong';
    if (progressValue(draft.progress) === 'invalid') errors.progress = 'range';
    if (Object.keys(errors).length > 0) items[draft.taskId] = errors;
  }
  return { items, empty: !drafts.some((d) => d.included) };
}

export function hasErrors(errors: FormErrors): boolean {
  return errors.empty || Object.keys(errors.items).length > 0;
}

/** The mutation's input for the included drafts (call only when `validateDrafts` finds nothing). */
export function toSubmitInput({
  unit,
  year,
  quarter,
  drafts,
}: {
  unit: string;
  year: number;
  quarter: number;
  drafts: readonly ItemDraft[];
}): SubmitInput {
  return {
    unit,
    year,
    quarter,
    items: drafts
      .filter((d) => d.included)
      .map((d) => {
        const progress = progressValue(d.progress);
        return {
          id: d.taskId,
          version: d.version,
          status: d.status,
          progress: progress === 'invalid' ? null : progress,
          note: d.note.trim(),
        };
      }),
  };
}

/**
 * Fresh drafts for the tasks now owed, keeping what was already typed for the same tasks but taking the
 * fresh `version` (after a reload, so that a resubmission is not refused again as stale).
 */
export function mergeDrafts(previous: readonly ItemDraft[], fresh: readonly ItemDraft[]): ItemDraft[] {
  const typed = new Map(previous.map((draft) => [draft.taskId, draft]));
  return fresh.map((draft) => {
    const old = typed.get(draft.taskId);
    return old ? { ...old, version: draft.version } : draft;
  });
}
