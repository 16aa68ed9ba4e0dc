import type { LocalDate } from '../date/local-date.js';
import type { ObservedStatus, TaskStatus } from './enums.js';

export interface StatusObservationFact {
  observedOn: LocalDate;
  status: ObservedStatus;
}

export interface TaskStatusInput {
  start: LocalDate | null;
  due: LocalDate | null;
  completedOn: LocalDate | null;
  observations: readonly StatusObservationFact[];
  asOf: LocalDate;
}

/** The latest observation made on or before `asOf`, if any. */
export function latestObservation(
  observations: readonly StatusObservationFact[],
  asOf: LocalDate,
): StatusObservationFact | undefined {
  let latest: StatusObservationFact | undefined;
  for (const observation of observations) {
    if (observation.observedOn > asOf) continue;
    if (!latest || observation.observedOn >= latest.observedOn) latest = observation;
  }
  return latest;
}

/**
 * The status of a task as it was known on `asOf`, from its dates and the observations made by then.
 * Nothing is guessed: a task reported done after its deadline, with no completion date, is UNKNOWN
 * rather than "done late", because the sources do not say when it was finished.
 */
export function deriveTaskStatus({ start, due, completedOn, observations, asOf }: TaskStatusInput): TaskStatus {
  if (completedOn && completedOn <= asOf) {
    return !due || completedOn <= due ? 'DONE_ON_TIME' : 'DONE_LATE';
  }
  const observed = latestObservation(observations, asOf);
  if (observed?.status === 'CANCELLED') return 'CANCELLED';
  if (observed?.status === 'DONE') return !due || observed.observedOn <= due ? 'DONE_ON_TIME' : 'UNKNOWN';
  if (due && asOf > due) return 'OVERDUE';
  if (observed?.status === 'BEHIND') return 'AT_RISK';
  if (observed && observed.status !== 'NOT_STARTED') return 'IN_PROGRESS';
  if (start) return asOf >= start ? 'IN_PROGRESS' : 'PLANNED';
  return observed ? 'PLANNED' : 'UNKNOWN';
}
