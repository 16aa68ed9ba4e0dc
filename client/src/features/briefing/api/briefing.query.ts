import { gql, type TypedDocumentNode } from '@apollo/client';
import type { LocalDate } from '@lotrinh/shared';
import type { IndicatorSeries, PlanSources } from '../model/indicator-known.js';
import type { BriefingTaskRow } from '../model/late-tasks.js';
import type { PlanInfo, PlanStats } from '../model/plan-progress.js';
import type { ScopeFilter } from '../model/briefing-scope.js';
import type { TaskCounts } from '../model/task-counts.js';
import type { UnitInfo, UnitStats } from '../model/unit-scorecard.js';

export interface BriefingPageData {
  total: TaskCounts[];
  byPlan: PlanStats[];
  byUnit: UnitStats[];
  /** Which plans have tasks on the day, over the whole roadmap (for what the indicators' sources say then). */
  roadmapPlans: { key: { plan: string | null }; count: number }[];
  timeline: BriefingTaskRow[];
  plans: { nodes: (PlanInfo & PlanSources & { id: string })[] };
  units: { nodes: (UnitInfo & { id: string })[] };
  indicators: { nodes: IndicatorSeries[] };
}

export interface BriefingPageVariables {
  asOf: LocalDate | null;
  filter: ScopeFilter | null;
}

const COUNTS = 'count done doneOnTime doneLate overdue atRisk open unknown';

/**
 * Everything the briefing shows, as of one day. Timeline rows of different days share ids, so the page
 * reads it with `fetchPolicy: 'no-cache'`.
 */
export const BRIEFING_PAGE: TypedDocumentNode<BriefingPageData, BriefingPageVariables> = gql`
  query BriefingPage($asOf: LocalDate, $filter: TaskFilter) {
    total: taskStats(groupBy: [], filter: $filter, asOf: $asOf) { ${COUNTS} }
    byPlan: taskStats(groupBy: [PLAN], filter: $filter, asOf: $asOf) { key { plan } ${COUNTS} }
    byUnit: taskStats(groupBy: [LEAD_UNIT], filter: $filter, asOf: $asOf) { key { leadUnit } ${COUNTS} }
    roadmapPlans: taskStats(groupBy: [PLAN], asOf: $asOf) { key { plan } count }
    timeline(filter: $filter, asOf: $asOf) { id title titleEn kind status start due leadUnit plan }
    plans(first: 100) { nodes { id key title titleEn periodStart periodEnd citations { id sourceFile url } } }
    units(first: 200) { nodes { id code name nameEn } }
    indicators(first: 50) {
      nodes {
        id code name nameEn unitOfMeasure ambiguity
        values { id date value numerator denominator kind ambiguity citations { id sourceFile url quote } }
      }
    }
  }
`;
