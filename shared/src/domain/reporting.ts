import { makeLocalDate, type LocalDate } from '../date/local-date.js';

export interface ReportingPeriodDates {
  year: number;
  quarter: number;
  start: LocalDate;
  end: LocalDate;
  reportDue: LocalDate;
}

/**
 * The quarterly reporting calendar of the 2022 digital-transformation plan (949/QĐ-BVHTTDL):
 * Q1 15/12 of the previous year – 14/3, Q2 15/3 – 14/6, Q3 15/6 – 14/9, Q4 15/9 – 14/12,
 * each report due to Trung tâm CNTT by the 25th of the quarter's last month.
 */
export function reportingPeriod(year: number, quarter: number): ReportingPeriodDates {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw new RangeError(`quarter must be 1–4, got ${quarter}`);
  const lastMonth = quarter * 3;
  const start = quarter === 1 ? makeLocalDate(year - 1, 12, 15) : makeLocalDate(year, lastMonth - 3, 15);
  return { year, quarter, start, end: makeLocalDate(year, lastMonth, 14), reportDue: makeLocalDate(year, lastMonth, 25) };
}

export function reportingPeriodsOf(year: number): ReportingPeriodDates[] {
  return [1, 2, 3, 4].map((quarter) => reportingPeriod(year, quarter));
}

/** The reporting period a date falls in (15/12 already belongs to the next year's Q1). */
export function reportingPeriodContaining(date: LocalDate): ReportingPeriodDates {
  const year = Number(date.slice(0, 4));
  const monthDay = date.slice(5);
  if (monthDay >= '12-15') return reportingPeriod(year + 1, 1);
  const quarter = [1, 2, 3, 4].find((q) => monthDay <= makeLocalDate(year, q * 3, 14).slice(5)) ?? 4;
  return reportingPeriod(year, quarter);
}
