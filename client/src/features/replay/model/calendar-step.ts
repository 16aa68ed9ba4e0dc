import { addDays, makeLocalDate, monthOf, yearOf, type LocalDate } from '@lotrinh/shared';
import { clampToReplay, REPLAY_END, REPLAY_START } from './replay-range.js';

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The same day `months` months later (or earlier); the 31st becomes the month's last day when it has fewer. */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const total = yearOf(date) * 12 + (monthOf(date) - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return makeLocalDate(year, month, Math.min(Number(date.slice(8, 10)), daysInMonth(year, month)));
}

export function addYears(date: LocalDate, years: number): LocalDate {
  return addMonths(date, years * 12);
}

/** Keys the slider answers: arrows by a day (left/right) or a month (up/down), PageUp/PageDown by a year, Home/End to the ends. */
export type StepKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowDown' | 'ArrowUp' | 'PageDown' | 'PageUp' | 'Home' | 'End';

const STEP_KEYS: readonly string[] = ['ArrowLeft', 'ArrowRight', 'ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End'];

export function isStepKey(key: string): key is StepKey {
  return STEP_KEYS.includes(key);
}

/** The date a key moves to from `date`, inside the replay span. */
export function stepDate({ date, key }: { date: LocalDate; key: StepKey }): LocalDate {
  switch (key) {
    case 'ArrowLeft':
      return clampToReplay(addDays(date, -1));
    case 'ArrowRight':
      return clampToReplay(addDays(date, 1));
    case 'ArrowDown':
      return clampToReplay(addMonths(date, -1));
    case 'ArrowUp':
      return clampToReplay(addMonths(date, 1));
    case 'PageDown':
      return clampToReplay(addYears(date, -1));
    case 'PageUp':
      return clampToReplay(addYears(date, 1));
    case 'Home':
      return REPLAY_START;
    case 'End':
      return REPLAY_END;
  }
}
