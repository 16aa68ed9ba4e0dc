import type { LocalDate } from '@lotrinh/shared';
import { knownIndicatorValues, type IndicatorSeries, type PlanSources } from './indicator-known.js';
import { lateTasks, type BriefingTaskRow, type LateTask } from './late-tasks.js';
import { planProgress, type PlanInfo, type PlanProgressRow, type PlanStats } from './plan-progress.js';
import { NO_TASKS, type TaskCounts } from './task-counts.js';
import { unitScorecard, type ScorecardRow, type UnitInfo, type UnitStats } from './unit-scorecard.js';

export interface BriefingInput {
  total: readonly TaskCounts[];
  byPlan: readonly PlanStats[];
  byUnit: readonly UnitStats[];
  roadmapPlans: readonly { key: { plan: string | null }; count: number }[];
  timeline: readonly BriefingTaskRow[];
  plans: readonly (PlanInfo & PlanSources)[];
  units: readonly UnitInfo[];
  indicators: readonly IndicatorSeries[];
}

export interface BriefingView {
  asOf: LocalDate;
  total: TaskCounts;
  plans: PlanProgressRow[];
  late: LateTask[];
  scorecard: ScorecardRow[];
  indicators: IndicatorSeries[];
}

/** Everything the briefing shows, from the page's data as of one day (`asOf`: that day, or today). */
export function briefingView(input: BriefingInput, asOf: LocalDate): BriefingView {
  const plansOnRoadmap = new Set(input.roadmapPlans.filter((group) => group.count > 0 && group.key.plan).map((group) => group.key.plan!));
  return {
    asOf,
    total: input.total[0] ?? NO_TASKS,
    plans: planProgress({ plans: input.plans, stats: input.byPlan }),
    late: lateTasks({ rows: input.timeline, asOf }),
    scorecard: unitScorecard({ stats: input.byUnit, units: input.units }),
    indicators: knownIndicatorValues({ indicators: input.indicators, plans: input.plans, plansOnRoadmap, asOf }),
  };
}
