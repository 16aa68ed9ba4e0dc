import { describe, expect, it } from 'vitest';
import { NO_TASKS } from '../../../client/src/features/briefing/model/task-counts.js';
import { unitScorecard, type UnitStats } from '../../../client/src/features/briefing/model/unit-scorecard.js';

const stats = (code: string | null, partial: Partial<UnitStats>): UnitStats => ({ ...NO_TASKS, key: { leadUnit: code }, ...partial });

describe('the scorecard per lead unit', () => {
  it('lists the most overdue first, then the most led, then by code, tasks with no lead unit last', () => {
    const rows = unitScorecard({
      stats: [
        stats(null, { count: 32, overdue: 9 }),
        stats('TCCB', { count: 2, overdue: 2 }),
        stats('KHCNMT', { count: 7, overdue: 4, open: 3 }),
        stats('TTCNTT', { count: 8, overdue: 6, open: 2 }),
        stats('VP', { count: 3, overdue: 2 }),
        stats('KHTC', { count: 0 }),
      ],
      units: [{ code: 'TTCNTT', name: 'Trung tâm Công nghệ thông tin', nameEn: 'IT Centre' }],
    });
    expect(rows.map((row) => row.code)).toEqual(['TTCNTT', 'KHCNMT', 'VP', 'TCCB', null]);
    expect(rows[0]).toMatchObject({ unit: { name: 'Trung tâm Công nghệ thông tin' }, led: 8, overdue: 6 });
    expect(rows[1]!.unit).toBeNull();
  });

  it('carries every count of the statistics', () => {
    const [row] = unitScorecard({
      stats: [stats('VP', { count: 6, doneOnTime: 1, doneLate: 2, overdue: 1, atRisk: 1, unknown: 1 })],
      units: [],
    });
    expect(row).toEqual({ unit: null, code: 'VP', led: 6, doneOnTime: 1, doneLate: 2, overdue: 1, atRisk: 1, open: 0, unknown: 1 });
  });
});
