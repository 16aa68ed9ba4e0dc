import { addDays as addDaysToDate, differenceInCalendarDays, format, isValid } from 'date-fns';

/** A calendar date written `YYYY-MM-DD`, with no time and no time zone. */
export type LocalDate = string;

const ISO_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** True when `value` is a real calendar date written `YYYY-MM-DD` (2019-02-29 is not). */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string' || !ISO_PATTERN.test(value)) return false;
  const date = toDate(value);
  return isValid(date) && format(date, 'yyyy-MM-dd') === value;
}

/** Midday local time, so no daylight-saving shift can move the calendar day (and cheap: no format parsing). */
function toDate(value: LocalDate): Date {
  const date = new Date(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10)), 12);
  if (Number(value.slice(0, 4)) < 100) date.setFullYear(Number(value.slice(0, 4)));
  return date;
}

function fromDate(date: Date): LocalDate {
  return format(date, 'yyyy-MM-dd');
}

export function addDays(value: LocalDate, days: number): LocalDate {
  return fromDate(addDaysToDate(toDate(value), days));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: LocalDate, b: LocalDate): LocalDate {
  return a <= b ? a : b;
}

export function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}

export function yearOf(value: LocalDate): number {
  return Number(value.slice(0, 4));
}

export function monthOf(value: LocalDate): number {
  return Number(value.slice(5, 7));
}

/** Calendar quarter 1–4 of a date. */
export function quarterOf(value: LocalDate): number {
  return Math.floor((monthOf(value) - 1) / 3) + 1;
}

export function makeLocalDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `dd/MM/yyyy` in Vietnamese, `yyyy-MM-dd` stays for English where the caller prefers; see i18n. */
export function formatVi(value: LocalDate): string {
  return `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}`;
}

/** Today's calendar date where the code runs. */
export function today(now: Date = new Date()): LocalDate {
  return fromDate(now);
}
