import { describe, expect, it } from 'vitest';
import { RAG_RULE, rateProgress } from '../../../client/src/features/briefing/model/rag-rule.js';
import { NO_TASKS, type TaskCounts } from '../../../client/src/features/briefing/model/task-counts.js';

const counts = (partial: Partial<TaskCounts>): TaskCounts => {
  const merged = { ...NO_TASKS, ...partial };
  return { ...merged, count: partial.count ?? merged.done + merged.overdue + merged.atRisk + merged.open + merged.unknown };
};

describe('the red/amber/green rule', () => {
  it('does not rate a plan with no tasks', () => {
    expect(rateProgress(NO_TASKS)).toEqual({ rating: 'NONE', reason: 'empty', overdueShare: null });
  });

  it('does not rate a plan when more than half its tasks are of unknown status, even with many overdue', () => {
    expect(rateProgress(counts({ unknown: 6, overdue: 4 }))).toMatchObject({ rating: 'NONE', reason: 'mostlyUnknown', overdueShare: 0.4 });
  });

  it('rates exactly half unknown (not more than half) on the other branches', () => {
    expect(rateProgress(counts({ unknown: 5, open: 5 }))).toMatchObject({ rating: 'GREEN', reason: 'noneLate' });
  });

  it('is red from a quarter of the tasks overdue, the threshold included', () => {
    expect(RAG_RULE.redOverdueShare).toBe(0.25);
    expect(rateProgress(counts({ overdue: 1, open: 3 }))).toMatchObject({ rating: 'RED', reason: 'manyOverdue', overdueShare: 0.25 });
    expect(rateProgress(counts({ overdue: 13, atRisk: 3, open: 5 }))).toMatchObject({ rating: 'RED' });
  });

  it('is amber below the threshold when any task is overdue or at risk', () => {
    expect(rateProgress(counts({ overdue: 2, open: 12 }))).toMatchObject({ rating: 'AMBER', reason: 'someLate' });
    expect(rateProgress(counts({ atRisk: 1, open: 9 }))).toMatchObject({ rating: 'AMBER', reason: 'someLate', overdueShare: 0 });
  });

  it('is green when nothing is overdue or at risk, whatever is done late', () => {
    expect(rateProgress(counts({ done: 3, doneOnTime: 2, doneLate: 1, open: 5 }))).toMatchObject({ rating: 'GREEN', reason: 'noneLate' });
  });

  it('counts cancelled tasks (in the count only) in the denominator of the overdue share', () => {
    expect(rateProgress({ ...NO_TASKS, count: 8, overdue: 1, open: 3 })).toMatchObject({ rating: 'AMBER', overdueShare: 0.125 });
  });
});
