import { describe, expect, it } from 'vitest';
import { dateToX, headerCells, spanToX, xToDate, xToNearestDate } from '../../../client/src/features/timeline/model/scale.js';

const scale = { origin: '2013-01-01', pxPerDay: 2 };

describe('scale', () => {
  it('maps dates to x and back', () => {
    expect(dateToX({ scale, date: '2013-01-01' })).toBe(0);
    expect(dateToX({ scale, date: '2014-01-01' })).toBe(730);
    expect(dateToX({ scale, date: '2012-12-31' })).toBe(-2);
    expect(xToDate({ scale, x: 730 })).toBe('2014-01-01');
    expect(xToDate({ scale, x: 731.9 })).toBe('2014-01-01');
    expect(xToNearestDate({ scale, x: 731.1 })).toBe('2014-01-02');
  });

  it('is exact across DST changes and leap days', () => {
    const s = { origin: '2016-02-28', pxPerDay: 10 };
    expect(dateToX({ scale: s, date: '2016-03-01' })).toBe(20);
    expect(dateToX({ scale: { origin: '2018-03-24', pxPerDay: 10 }, date: '2018-03-26' })).toBe(20);
  });

  it('gives a span both of whose days are included', () => {
    expect(spanToX({ scale, start: '2013-01-02', due: '2013-01-02' })).toEqual({ x: 2, width: 2 });
    expect(spanToX({ scale, start: '2013-01-01', due: '2013-01-31' })).toEqual({ x: 0, width: 62 });
  });

  it('lists the header cells of a visible range, in Vietnamese and English', () => {
    const years = headerCells({ scale: { origin: '2013-01-01', pxPerDay: 0.25 }, unit: 'YEAR', x0: 0, x1: 4748 * 0.25, lang: 'vi' });
    expect(years.map((cell) => cell.text)).toEqual([
      '2013',
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    const months = headerCells({ scale: { origin: '2013-01-01', pxPerDay: 3 }, unit: 'MONTH', x0: 100, x1: 200, lang: 'vi' });
    expect(months.map((cell) => cell.label)).toEqual(['Tháng 2', 'Tháng 3']);
    expect(months[0]).toMatchObject({ start: '2013-02-01', end: '2013-03-01', x: 93, width: 84, text: 'Tháng 2' });
    const en = headerCells({ scale: { origin: '2013-01-01', pxPerDay: 3 }, unit: 'MONTH', x0: 0, x1: 1, lang: 'en' });
    expect(en.map((cell) => cell.text)).toEqual(['Jan']);
    const quarters = headerCells({ scale, unit: 'QUARTER', x0: 0, x1: 200, lang: 'vi', withYear: true });
    expect(quarters.map((cell) => cell.label)).toEqual(['Quý 1/2013', 'Quý 2/2013']);
  });

  it('shortens labels that do not fit and starts weeks on Monday', () => {
    // About 8.5 px a character plus 10 px of padding and border: a label shown is never clipped.
    const narrow = headerCells({ scale: { origin: '2013-01-01', pxPerDay: 0.9 }, unit: 'MONTH', x0: 0, x1: 20, lang: 'vi' });
    expect(narrow[0]?.text).toBe('T1');
    expect(headerCells({ scale: { origin: '2013-01-01', pxPerDay: 0.65 }, unit: 'MONTH', x0: 0, x1: 20, lang: 'vi' })[0]?.text).toBe('1');
    expect(headerCells({ scale: { origin: '2013-01-01', pxPerDay: 0.5 }, unit: 'MONTH', x0: 0, x1: 20, lang: 'vi' })[0]?.text).toBe('');
    // A year needs 44 px; the fitted chart keeps 48 px a year (MIN_YEAR_PX).
    expect(headerCells({ scale: { origin: '2013-01-01', pxPerDay: 48 / 365 }, unit: 'YEAR', x0: 0, x1: 60, lang: 'vi' })[0]?.text).toBe('2013');
    const weeks = headerCells({ scale: { origin: '2013-01-01', pxPerDay: 24 }, unit: 'WEEK', x0: 0, x1: 200, lang: 'vi' });
    expect(weeks[0]).toMatchObject({ start: '2012-12-31', x: -24, label: 'Tuần 1 (31/12)' });
    expect(headerCells({ scale, unit: 'DAY', x0: 10, x1: 10, lang: 'vi' })).toEqual([]);
  });
});

describe('chartDomain', () => {
  it('spans whole years from 2013 to 2025 at least', async () => {
    const { chartDomain } = await import('../../../client/src/features/timeline/model/chart-domain.js');
    expect(chartDomain({ tasks: [] })).toEqual({ start: '2013-01-01', end: '2025-12-31', totalDays: 4748 });
    const { makeTask } = await import('./fixtures.js');
    const wide = chartDomain({ tasks: [makeTask({ id: 'a', start: '2011-09-30', due: '2026-02-01' })] });
    expect(wide).toMatchObject({ start: '2011-01-01', end: '2026-12-31' });
  });
});
