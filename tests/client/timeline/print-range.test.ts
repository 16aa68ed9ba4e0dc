import { describe, expect, it } from 'vitest';
import { barGeometry } from '../../../client/src/features/timeline/model/bar-geometry.js';
import { layoutRows, ROW_HEIGHT } from '../../../client/src/features/timeline/model/layout.js';
import { fitPrintRange } from '../../../client/src/features/timeline/model/print-range.js';
import { makeTask } from './fixtures.js';

const none = new Set<string>();
const fallback = { start: '2013-01-01', end: '2025-12-31' } as const;
const rowsOf = (tasks: Parameters<typeof layoutRows>[0]['tasks']) => layoutRows({ tasks, grouping: 'none', collapsed: none }).rows;

describe('fitPrintRange', () => {
  it('spans the whole years of the rows, fitted to the width', () => {
    const rows = rowsOf([
      makeTask({ id: 'a', start: '2019-03-01', due: '2019-06-30' }),
      makeTask({ id: 'b', start: '2020-02-01', due: '2021-01-15' }),
    ]);
    const range = fitPrintRange({ rows, width: 600, pad: 10, fallback });
    expect(range).toMatchObject({ start: '2019-01-01', end: '2021-12-31', scale: { origin: '2019-01-01' } });
    expect(range.scale.pxPerDay * 1096).toBeCloseTo(600, 6);
    expect(range.header).toEqual({ top: 'YEAR', bottom: 'QUARTER' });
  });

  it('gives months their own header cells once they are wide enough', () => {
    const rows = rowsOf([makeTask({ id: 'a', start: '2019-03-01', due: '2019-06-30' })]);
    expect(fitPrintRange({ rows, width: 600, pad: 10, fallback }).header).toEqual({ top: 'YEAR', bottom: 'MONTH' });
  });

  it('falls back to the given range when no row has a date, with quarters when months are too narrow', () => {
    const range = fitPrintRange({ rows: rowsOf([makeTask({ id: 'a', start: null, due: null })]), width: 600, pad: 10, fallback });
    expect(range).toMatchObject({ start: '2013-01-01', end: '2025-12-31', header: { top: 'YEAR', bottom: 'QUARTER' } });
  });

  it('widens by a year where an open-ended bar would be cut', () => {
    const rows = rowsOf([
      makeTask({ id: 'a', start: '2013-06-01', due: '2013-09-01' }),
      makeTask({ id: 'b', start: '2015-12-20', due: null, dueKnown: 'UNKNOWN' }),
      makeTask({ id: 'c', start: null, due: '2013-01-05', startKnown: 'UNKNOWN' }),
    ]);
    const range = fitPrintRange({ rows, width: 400, pad: 10, fallback });
    expect(range.start).toBe('2012-01-01');
    expect(range.end).toBe('2016-12-31');
    for (const row of rows) {
      if (row.type !== 'task') continue;
      const bar = barGeometry({
        key: row.key,
        rowIndex: 0,
        dates: row.dates,
        kind: row.task.kind,
        scale: range.scale,
        rowHeight: ROW_HEIGHT,
      })!;
      expect(bar.x).toBeGreaterThanOrEqual(-10);
      expect(bar.x + bar.width).toBeLessThanOrEqual(410);
    }
  });

  it('lets a milestone on the first day use the room at the edge instead of adding a year', () => {
    const rows = rowsOf([
      makeTask({ id: 'm', kind: 'MILESTONE', start: null, due: '2014-01-01' }),
      makeTask({ id: 'a', start: '2014-02-01', due: '2014-12-31' }),
    ]);
    expect(fitPrintRange({ rows, width: 600, pad: 10, fallback })).toMatchObject({ start: '2014-01-01', end: '2014-12-31' });
  });
});
