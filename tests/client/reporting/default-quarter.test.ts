import { describe, expect, it } from 'vitest';
import { defaultQuarter, parseQuarter, reportingYears } from '../../../client/src/features/reporting/model/default-quarter.js';

describe('the quarter the reporting page opens on', () => {
  it('is the reporting quarter of today while the data covers it', () => {
    expect(defaultQuarter('2022-05-20')).toEqual({ year: 2022, quarter: 2 });
    expect(defaultQuarter('2022-06-14')).toEqual({ year: 2022, quarter: 2 });
    expect(defaultQuarter('2022-06-15')).toEqual({ year: 2022, quarter: 3 });
    expect(defaultQuarter('2022-12-15')).toEqual({ year: 2023, quarter: 1 });
  });

  it('is the same quarter of the last covered year after it, and Q1 of the first before it', () => {
    expect(defaultQuarter('2026-11-23')).toEqual({ year: 2025, quarter: 4 });
    expect(defaultQuarter('2025-12-20')).toEqual({ year: 2025, quarter: 4 });
    expect(defaultQuarter('2026-01-10')).toEqual({ year: 2025, quarter: 1 });
    expect(defaultQuarter('2019-06-30')).toEqual({ year: 2022, quarter: 1 });
  });

  it('reads the quarter from the URL, falling back part by part', () => {
    expect(parseQuarter(new URLSearchParams('year=2023&quarter=3'), '2026-11-23')).toEqual({ year: 2023, quarter: 3 });
    expect(parseQuarter(new URLSearchParams('year=2023'), '2026-11-23')).toEqual({ year: 2023, quarter: 4 });
    expect(parseQuarter(new URLSearchParams('year=1999&quarter=5'), '2026-11-23')).toEqual({ year: 2025, quarter: 4 });
    expect(parseQuarter(new URLSearchParams('year=abc&quarter=2'), '2026-11-23')).toEqual({ year: 2025, quarter: 2 });
  });

  it('offers the years 2022–2025', () => {
    expect(reportingYears()).toEqual([2022, 2023, 2024, 2025]);
  });
});
