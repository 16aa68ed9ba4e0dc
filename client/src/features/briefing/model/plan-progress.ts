import type { LocalDate } from '@lotrinh/shared';
import { rateProgress, type RatingResult } from './rag-rule.js';
import { doneShare, type TaskCounts } from './task-counts.js';

export interface PlanInfo {
  key: string;
  title: string;
  titleEn: string;
  periodStart: LocalDate | null;
  periodEnd: LocalDate | null;
}

export interface PlanStats extends TaskCounts {
  key: { plan: string | null };
}

export interface PlanProgressRow {
  /** Null for the tasks that belong to no plan. */
  plan: PlanInfo | null;
  counts: TaskCounts;
  /** Done over tasks still wanted (0–1); null when there are none. */
  doneShare: number | null;
  rating: RatingResult;
}

/**
 * One row per plan that has tasks on the day, in the order of the plans list (by period), with its
 * counts, share done and red/amber/green rating; tasks of no plan come last.
 */
export function planProgress({ plans, stats }: { plans: readonly PlanInfo[]; stats: readonly PlanStats[] }): PlanProgressRow[] {
  const byKey = new Map(stats.map((group) => [group.key.plan, group]));
  const row = (plan: PlanInfo | null, counts: TaskCounts): PlanProgressRow => ({
    plan,
    counts,
    doneShare: doneShare(counts),
    rating: rateProgress(counts),
  });
  const rows = plans.flatMap((plan) => {
    const counts = byKey.get(plan.key);
    return counts && counts.count > 0 ? [row(plan, counts)] : [];
  });
  const known = new Set(plans.map((plan) => plan.key));
  const orphans = stats.filter((group) => group.count > 0 && (group.key.plan === null || !known.has(group.key.plan)));
  for (const group of orphans) rows.push(row(null, group));
  return rows;
}
