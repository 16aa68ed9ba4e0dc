import type { DateKnowledge } from '@lotrinh/shared';
import type { TaskSnapshot } from './task-change.entity.js';

export type DateField = 'start' | 'due';

/** How one of a task's dates is known, and on what basis. */
export interface DateProvenance {
  known: DateKnowledge;
  basis: string | null;
}

/**
 * How a date is known after an edit sets it to `value`. An unchanged date keeps its provenance; a date set back
 * to a value it had before (an undo) takes the provenance it had then, newest first, so a derived date undone
 * reads as derived again, with its basis; any other date is stated by the edit, on the day of the edit.
 */
export function provenanceAfterEdit(options: {
  field: DateField;
  value: string | null;
  current: { value: string | null } & DateProvenance;
  /** The task's snapshots, oldest first (before and after of each recorded change). */
  history: readonly TaskSnapshot[];
  today: string;
}): DateProvenance {
  const { field, value, current, history, today } = options;
  if (value === current.value) return { known: current.known, basis: current.basis };
  const knownKey = field === 'start' ? 'startKnown' : 'dueKnown';
  const basisKey = field === 'start' ? 'startBasis' : 'dueBasis';
  const then = [...history].reverse().find((snapshot) => snapshot[field] === value && snapshot[knownKey] !== undefined);
  if (then) return { known: then[knownKey]!, basis: then[basisKey] ?? null };
  if (value === null) return { known: 'UNKNOWN', basis: `Cleared by an edit on ${today}.` };
  return { known: 'STATED', basis: `Set by an edit on ${today}.` };
}
