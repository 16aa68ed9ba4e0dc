import type { LocalDate } from '@lotrinh/shared';
import { dayIndexOf, shiftByUnits, type TimeUnit } from './calendar-units.js';
import type { TaskEditValues } from './types.js';

/**
 * A task moved by the keyboard: by one `unit` later (+1) or earlier (-1), keeping its duration. The first
 * known date moves by the calendar unit (31 Jan + 1 month = 28/29 Feb); the other moves by the same days.
 */
export function nudge({ before, direction, unit }: { before: TaskEditValues; direction: 1 | -1; unit: TimeUnit }): TaskEditValues {
  const anchor = before.start ?? before.due;
  if (anchor === null) return before;
  const target = shiftByUnits({ date: anchor, unit, count: direction });
  const delta = dayIndexOf({ date: target }) - dayIndexOf({ date: anchor });
  const move = (date: LocalDate | null) => (date === null ? null : shiftByUnits({ date, unit: 'DAY', count: delta }));
  return { ...before, start: move(before.start), due: move(before.due) };
}
