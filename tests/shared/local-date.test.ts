import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, foldText, formatVi, isLocalDate, quarterOf, reportingPeriod, reportingPeriodContaining } from '@lotrinh/shared';

describe('LocalDate', () => {
  it('accepts only real calendar dates', () => {
    expect(isLocalDate('2019-03-07')).toBe(true);
    expect(isLocalDate('2019-02-29')).toBe(false);
    expect(isLocalDate('2020-02-29')).toBe(true);
    expect(isLocalDate('7/3/2019')).toBe(false);
    expect(isLocalDate(20190307)).toBe(false);
  });

  it('adds and counts calendar days across month, year and DST boundaries', () => {
    expect(addDays('2013-12-31', 1)).toBe('2014-01-01');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
    expect(addDays('2021-03-27', 2)).toBe('2021-03-29');
    expect(daysBetween('2013-01-01', '2025-12-31')).toBe(4747);
    expect(daysBetween('2019-06-13', '2019-03-07')).toBe(-98);
  });

  it('formats Vietnamese dates as dd/MM/yyyy and knows quarters', () => {
    expect(formatVi('2013-11-01')).toBe('01/11/2013');
    expect(quarterOf('2019-06-30')).toBe(2);
  });
});

describe('foldText', () => {
  it('ignores Vietnamese diacritics, đ and case', () => {
    expect(foldText('CHUYỂN ĐỔI SỐ')).toBe('chuyen doi so');
    expect(foldText('chuyển đổi số')).toBe(foldText('chuyen  doi so'));
    expect(foldText('Đặng Thị Bích Liên')).toBe('dang thi bich lien');
  });
});

describe('reporting periods of the 2022 plan', () => {
  it('starts Q1 on 15/12 of the previous year and makes reports due on the 25th', () => {
    expect(reportingPeriod(2022, 1)).toEqual({ year: 2022, quarter: 1, start: '2021-12-15', end: '2022-03-14', reportDue: '2022-03-25' });
    expect(reportingPeriod(2022, 4)).toEqual({ year: 2022, quarter: 4, start: '2022-09-15', end: '2022-12-14', reportDue: '2022-12-25' });
  });

  it('finds the period containing a date', () => {
    expect(reportingPeriodContaining('2022-12-20')).toMatchObject({ year: 2023, quarter: 1 });
    expect(reportingPeriodContaining('2022-06-14')).toMatchObject({ year: 2022, quarter: 2 });
    expect(reportingPeriodContaining('2022-06-15')).toMatchObject({ year: 2022, quarter: 3 });
  });

  it('refuses a quarter outside 1–4', () => {
    expect(() => reportingPeriod(2022, 5)).toThrow(RangeError);
  });
});
