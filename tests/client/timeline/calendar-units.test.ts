import { describe, expect, it } from 'vitest';
import {
  addUnits,
  dateOfDayIndex,
  dayIndexOf,
  isoWeekOf,
  nearestUnitStart,
  shiftByUnits,
  startOfUnit,
  weekdayOf,
} from '../../../client/src/features/timeline/model/calendar-units.js';

describe('calendar units', () => {
  it('counts days from the epoch and back, across leap years', () => {
    const index = dayIndexOf({ date: '2020-02-29' });
    expect(dateOfDayIndex({ index })).toBe('2020-02-29');
    expect(dayIndexOf({ date: '2020-03-01' }) - index).toBe(1);
    expect(dayIndexOf({ date: '2025-12-31' }) - dayIndexOf({ date: '2013-01-01' })).toBe(4747);
  });

  it('knows weekdays (Monday = 0)', () => {
    expect(weekdayOf({ date: '2019-06-13' })).toBe(3); // a Thursday
    expect(weekdayOf({ date: '2013-01-06' })).toBe(6); // a Sunday
  });

  it('finds the start of each unit', () => {
    expect(startOfUnit({ date: '2019-08-17', unit: 'YEAR' })).toBe('2019-01-01');
    expect(startOfUnit({ date: '2019-08-17', unit: 'QUARTER' })).toBe('2019-07-01');
    expect(startOfUnit({ date: '2019-08-17', unit: 'MONTH' })).toBe('2019-08-01');
    expect(startOfUnit({ date: '2019-08-17', unit: 'WEEK' })).toBe('2019-08-12');
    expect(startOfUnit({ date: '2019-08-17', unit: 'DAY' })).toBe('2019-08-17');
  });

  it('adds units across year ends', () => {
    expect(addUnits({ unitStart: '2013-11-01', unit: 'MONTH', count: 3 })).toBe('2014-02-01');
    expect(addUnits({ unitStart: '2013-10-01', unit: 'QUARTER', count: 1 })).toBe('2014-01-01');
    expect(addUnits({ unitStart: '2014-01-01', unit: 'QUARTER', count: -1 })).toBe('2013-10-01');
    expect(addUnits({ unitStart: '2013-12-30', unit: 'WEEK', count: 1 })).toBe('2014-01-06');
  });

  it('snaps to the nearest boundary', () => {
    expect(nearestUnitStart({ date: '2019-08-10', unit: 'MONTH' })).toBe('2019-08-01');
    expect(nearestUnitStart({ date: '2019-08-20', unit: 'MONTH' })).toBe('2019-09-01');
    expect(nearestUnitStart({ date: '2019-08-14', unit: 'WEEK' })).toBe('2019-08-12');
  });

  it('shifts by calendar units and clamps to the month length', () => {
    expect(shiftByUnits({ date: '2019-01-31', unit: 'MONTH', count: 1 })).toBe('2019-02-28');
    expect(shiftByUnits({ date: '2019-11-15', unit: 'QUARTER', count: 1 })).toBe('2020-02-15');
    expect(shiftByUnits({ date: '2019-03-01', unit: 'DAY', count: -1 })).toBe('2019-02-28');
    expect(shiftByUnits({ date: '2019-03-01', unit: 'WEEK', count: 2 })).toBe('2019-03-15');
  });

  it('numbers ISO weeks', () => {
    expect(isoWeekOf({ date: '2021-01-03' })).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf({ date: '2019-12-30' })).toEqual({ year: 2020, week: 1 });
    expect(isoWeekOf({ date: '2019-06-13' })).toEqual({ year: 2019, week: 24 });
  });

  it('does not depend on the process time zone', () => {
    const before = process.env.TZ;
    process.env.TZ = 'America/Sao_Paulo';
    try {
      expect(startOfUnit({ date: '2018-11-04', unit: 'WEEK' })).toBe('2018-10-29');
      expect(shiftByUnits({ date: '2018-11-03', unit: 'DAY', count: 1 })).toBe('2018-11-04');
    } finally {
      process.env.TZ = before;
    }
  });
});
