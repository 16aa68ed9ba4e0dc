import { addDays, daysBetween, isLocalDate, type LocalDate } from '@lotrinh/shared';

/** The span the replay slider covers: the whole roadmap. */
export const REPLAY_START: LocalDate = '2013-01-01';
export const REPLAY_END: LocalDate = '2025-12-31';

/** The URL parameter that holds the "as of" day for the whole app. */
export const AS_OF_PARAM = 'asOf';

/** A date kept inside the replay span. */
export function clampToReplay(date: LocalDate): LocalDate {
  if (date < REPLAY_START) return REPLAY_START;
  if (date > REPLAY_END) return REPLAY_END;
  return date;
}

/** The "as of" day a URL value names, or null when absent or not a real `YYYY-MM-DD` date; kept inside the span. */
export function parseAsOf(value: string | null | undefined): LocalDate | null {
  const trimmed = value?.trim();
  return trimmed && isLocalDate(trimmed) ? clampToReplay(trimmed) : null;
}

/** The slider position (days since the start of the span) of a date. */
export function dayIndexOf(date: LocalDate): number {
  return daysBetween(REPLAY_START, clampToReplay(date));
}

/** The date at a slider position. */
export function dateAtDayIndex(index: number): LocalDate {
  return clampToReplay(addDays(REPLAY_START, Math.round(index)));
}

/** How many days the slider spans (its `max`). */
export const REPLAY_LAST_INDEX = daysBetween(REPLAY_START, REPLAY_END);
