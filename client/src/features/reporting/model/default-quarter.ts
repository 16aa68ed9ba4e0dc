import { reportingPeriodContaining, yearOf, type LocalDate } from '@lotrinh/shared';

export interface QuarterRef {
  year: number;
  quarter: number;
}

/** The years the reporting rule of the 2022 plan and the roadmap's data both cover. */
export const REPORTING_YEARS = { first: 2022, last: 2025 } as const;

export function reportingYears(): number[] {
  const years: number[] = [];
  for (let year = REPORTING_YEARS.first; year <= REPORTING_YEARS.last; year++) years.push(year);
  return years;
}

/**
 * The quarter the page opens on: the reporting quarter `today` falls in (15/12 already counts as next
 * year's Q1); after the last covered year, the same quarter of that year (its Q4 in the last days of
 * that year); before the first, its Q1.
 */
export function defaultQuarter(today: LocalDate): QuarterRef {
  const { year, quarter } = reportingPeriodContaining(today);
  if (year > REPORTING_YEARS.last) return { year: REPORTING_YEARS.last, quarter: yearOf(today) <= REPORTING_YEARS.last ? 4 : quarter };
  if (year < REPORTING_YEARS.first) return { year: REPORTING_YEARS.first, quarter: 1 };
  return { year, quarter };
}

/** The quarter a URL names (`year`, `quarter`), or the default when either is missing or out of range. */
export function parseQuarter(params: URLSearchParams, today: LocalDate): QuarterRef {
  const year = Number(params.get('year'));
  const quarter = Number(params.get('quarter'));
  const fallback = defaultQuarter(today);
  const validYear = Number.isInteger(year) && year >= REPORTING_YEARS.first && year <= REPORTING_YEARS.last;
  const validQuarter = Number.isInteger(quarter) && quarter >= 1 && quarter <= 4;
  return { year: validYear ? year : fallback.year, quarter: validQuarter ? quarter : fallback.quarter };
}
