import { describe, expect, it } from 'vitest';
import { planProgress, type PlanInfo, type PlanStats } from '../../../client/src/features/briefing/model/plan-progress.js';
import { doneShare, NO_TASKS } from '../../../client/src/features/briefing/model/task-counts.js';

const plan = (key: string): PlanInfo => ({
  key,
  title: `Kế hoạch ${key}`,
  titleEn: `Plan ${key}`,
  periodStart: '2013-01-01',
  periodEnd: null,
});
const stats = (key: string | null, partial: Partial<PlanStats>): PlanStats => ({ ...NO_TASKS, key: { plan: key }, ...partial });

describe('progress per plan', () => {
  it('keeps the order of the plans, leaves out plans with no tasks on the day, and puts tasks of no plan last', () => {
    const rows = planProgress({
      plans: [plan('a'), plan('b'), plan('c')],
      stats: [
        stats(null, { count: 2, open: 2 }),
        stats('c', { count: 1, open: 1 }),
        stats('a', { count: 4, done: 1, doneOnTime: 1, overdue: 2, open: 1 }),
      ],
    });
    expect(rows.map((row) => row.plan?.key ?? null)).toEqual(['a', 'c', null]);
    expect(rows[0]).toMatchObject({ doneShare: 0.25, rating: { rating: 'RED' } });
    expect(rows[2]).toMatchObject({ plan: null, rating: { rating: 'GREEN' } });
  });

  it('treats a plan key the plans list does not know as a plan-less row rather than dropping it', () => {
    const rows = planProgress({ plans: [plan('a')], stats: [stats('zzz', { count: 1, open: 1 })] });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.plan).toBeNull();
  });

  it('computes the share done over the tasks still wanted (cancelled ones left out)', () => {
    expect(doneShare({ ...NO_TASKS, count: 5, done: 2, open: 2 })).toBe(0.5);
    expect(doneShare({ ...NO_TASKS, count: 2 })).toBeNull();
    expect(doneShare(NO_TASKS)).toBeNull();
  });
});
