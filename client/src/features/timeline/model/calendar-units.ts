import { addDays, daysBetween, makeLocalDate, monthOf, yearOf, type LocalDate } from '@lotrinh/shared';

/** The calendar units the header rows, snapping and keyboard steps are made of. */
export type TimeUnit = 'YEAR' | 'QUARTER' | 'MONTH' | 'WEEK' | 'DAY';

/** A Monday, so that weekdays fall out of the day index. Day indexes count whole days from here. */
export const DAY_INDEX_EPOCH: LocalDate = '2000-01-03';

const indexByDate = new Map<LocalDate, number>();
const dateByIndex = new Map<number, LocalDate>();

/**
 * Whole days from DAY_INDEX_EPOCH to `date`, through `@lotrinh/shared`'s calendar math and memoised:
 * a roadmap has a few thousand distinct dates, and the layout asks for them hundreds of thousands of times.
 */
export function dayIndexOf({ date }: { date: LocalDate }): number {
  let index = indexByDate.get(date);
  if (index === undefined) {
    index = daysBetween(DAY_INDEX_EPOCH, date);
    indexByDate.set(date, index);
    dateByIndex.set(index, date);
  }
  return index;
}

/** The date with the given day index (the inverse of dayIndexOf), memoised too. */
export function dateOfDayIndex({ index }: { index: number }): LocalDate {
  let date = dateByIndex.get(index);
  if (date === undefined) {
    date = addDays(DAY_INDEX_EPOCH, index);
    dateByIndex.set(index, date);
    indexByDate.set(date, index);
  }
  return date;
}

/** 0 for Monday … 6 for Sunday. */
export function weekdayOf({ date }: { date: LocalDate }): number {
  const index = dayIndexOf({ date });
  return ((index % 7) + 7) % 7;
}

/** The first day of the unit that contains `date`. */
export function startOfUnit({ date, unit }: { date: LocalDate; unit: TimeUnit }): LocalDate {
  const year = yearOf(date);
  const month = monthOf(date);
  switch (unit) {
    case 'YEAR':
      return makeLocalDate(year, 1, 1);
    case 'QUARTER':
      return makeLocalDate(year, month - ((month - 1) % 3), 1);
    case 'MONTH':
      return makeLocalDate(year, month, 1);
    case 'WEEK':
      return dateOfDayIndex({ index: dayIndexOf({ date }) - weekdayOf({ date }) });
    case 'DAY':
      return date;
  }
}

function addMonths(date: LocalDate, months: number): LocalDate {
  const total = yearOf(date) * 12 + (monthOf(date) - 1) + months;
  return makeLocalDate(Math.floor(total / 12), (total % 12) + 1, 1);
}

/** The start of the unit `count` units after the one starting at `unitStart` (a unit's first day). */
export function addUnits({ unitStart, unit, count }: { unitStart: LocalDate; unit: TimeUnit; count: number }): LocalDate {
  switch (unit) {
    case 'YEAR':
      return addMonths(unitStart, 12 * count);
    case 'QUARTER':
      return addMonths(unitStart, 3 * count);
    case 'MONTH':
      return addMonths(unitStart, count);
    case 'WEEK':
      return dateOfDayIndex({ index: dayIndexOf({ date: unitStart }) + 7 * count });
    case 'DAY':
      return dateOfDayIndex({ index: dayIndexOf({ date: unitStart }) + count });
  }
}

/** The unit boundary (a unit's first day) nearest to `date`; ties go to the later boundary. */
export function nearestUnitStart({ date, unit }: { date: LocalDate; unit: TimeUnit }): LocalDate {
  const floor = startOfUnit({ date, unit });
  const ceil = addUnits({ unitStart: floor, unit, count: 1 });
  const day = dayIndexOf({ date });
  return day - dayIndexOf({ date: floor }) < dayIndexOf({ date: ceil }) - day ? floor : ceil;
}

/** Moves `date` by whole units, keeping its offset into the unit where the calendar allows (31 Jan + 1 month = 28/29 Feb). */
export function shiftByUnits({ date, unit, count }: { date: LocalDate; unit: TimeUnit; count: number }): LocalDate {
  if (unit === 'DAY' || unit === 'WEEK') {
    return dateOfDayIndex({ index: dayIndexOf({ date }) + count * (unit === 'WEEK' ? 7 : 1) });
  }
  const from = startOfUnit({ date, unit: 'MONTH' });
  const to = addUnits({ unitStart: from, unit, count });
  const offset = dayIndexOf({ date }) - dayIndexOf({ date: from });
  const monthLength = dayIndexOf({ date: addUnits({ unitStart: to, unit: 'MONTH', count: 1 }) }) - dayIndexOf({ date: to });
  return dateOfDayIndex({ index: dayIndexOf({ date: to }) + Math.min(offset, monthLength - 1) });
}

/** ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekOf({ date }: { date: LocalDate }): { year: number; week: number } {
  const thursday = dayIndexOf({ date }) - weekdayOf({ date }) + 3;
  const year = yearOf(dateOfDayIndex({ index: thursday }));
  const week = Math.floor((thursday - dayIndexOf({ date: makeLocalDate(year, 1, 1) })) / 7) + 1;
  return { year, week };
}
