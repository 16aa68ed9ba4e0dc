import { describe, expect, it } from 'vitest';
import { addMonths, addYears, stepDate } from '../../../client/src/features/replay/model/calendar-step.js';
import { nextPlayDate, playStart } from '../../../client/src/features/replay/model/play-sequence.js';
import {
  clampToReplay,
  dateAtDayIndex,
  dayIndexOf,
  parseAsOf,
  REPLAY_LAST_INDEX,
} from '../../../client/src/features/replay/model/replay-range.js';

describe('the replay span and the as-of parameter', () => {
  it('reads real dates only and keeps them within 2013–2025', () => {
    expect(parseAsOf('2019-06-30')).toBe('2019-06-30');
    expect(parseAsOf(' 2019-06-30 ')).toBe('2019-06-30');
    expect(parseAsOf('2019-02-29')).toBeNull();
    expect(parseAsOf('30/06/2019')).toBeNull();
    expect(parseAsOf(null)).toBeNull();
    expect(parseAsOf('2010-05-01')).toBe('2013-01-01');
    expect(parseAsOf('2026-11-23')).toBe('2025-12-31');
    expect(clampToReplay('2020-02-29')).toBe('2020-02-29');
  });

  it('maps dates to slider positions (one per day) and back', () => {
    expect(dayIndexOf('2013-01-01')).toBe(0);
    expect(dayIndexOf('2014-01-01')).toBe(365);
    expect(REPLAY_LAST_INDEX).toBe(4747);
    expect(dateAtDayIndex(REPLAY_LAST_INDEX)).toBe('2025-12-31');
    for (const date of ['2013-12-31', '2016-02-29', '2019-06-30', '2025-12-31']) expect(dateAtDayIndex(dayIndexOf(date))).toBe(date);
    expect(dateAtDayIndex(99_999)).toBe('2025-12-31');
  });
});

describe('keyboard steps', () => {
  it('moves by a day with the horizontal arrows, a month with the vertical ones, a year with PageUp/PageDown', () => {
    expect(stepDate({ date: '2019-06-30', key: 'ArrowRight' })).toBe('2019-07-01');
    expect(stepDate({ date: '2019-01-01', key: 'ArrowLeft' })).toBe('2018-12-31');
    expect(stepDate({ date: '2019-06-30', key: 'ArrowUp' })).toBe('2019-07-30');
    expect(stepDate({ date: '2019-03-31', key: 'ArrowDown' })).toBe('2019-02-28');
    expect(stepDate({ date: '2019-06-30', key: 'PageUp' })).toBe('2020-06-30');
    expect(stepDate({ date: '2020-02-29', key: 'PageDown' })).toBe('2019-02-28');
    expect(stepDate({ date: '2019-06-30', key: 'Home' })).toBe('2013-01-01');
    expect(stepDate({ date: '2019-06-30', key: 'End' })).toBe('2025-12-31');
  });

  it('stops at the ends of the span', () => {
    expect(stepDate({ date: '2013-01-01', key: 'ArrowLeft' })).toBe('2013-01-01');
    expect(stepDate({ date: '2025-06-30', key: 'PageUp' })).toBe('2025-12-31');
  });

  it('adds months to the month’s last day when the day does not exist there', () => {
    expect(addMonths('2019-01-31', 1)).toBe('2019-02-28');
    expect(addMonths('2020-01-31', 1)).toBe('2020-02-29');
    expect(addMonths('2019-12-15', 1)).toBe('2020-01-15');
    expect(addMonths('2019-01-15', -13)).toBe('2017-12-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });
});

describe('playback', () => {
  it('starts from the current day, or from the beginning when at the end or at today', () => {
    expect(playStart('2019-06-30')).toBe('2019-06-30');
    expect(playStart('2025-12-31')).toBe('2013-01-01');
    expect(playStart(null)).toBe('2013-01-01');
  });

  it('moves a month per frame when animating and stops at the end', () => {
    expect(nextPlayDate({ current: '2013-01-01', mode: 'animate' })).toBe('2013-02-01');
    expect(nextPlayDate({ current: '2025-12-15', mode: 'animate' })).toBe('2025-12-31');
    expect(nextPlayDate({ current: '2025-12-31', mode: 'animate' })).toBeNull();
  });

  it('jumps from one year end to the next when stepping (reduced motion)', () => {
    expect(nextPlayDate({ current: '2013-01-01', mode: 'step' })).toBe('2013-12-31');
    expect(nextPlayDate({ current: '2013-12-31', mode: 'step' })).toBe('2014-12-31');
    expect(nextPlayDate({ current: '2024-12-31', mode: 'step' })).toBe('2025-12-31');
  });
});
