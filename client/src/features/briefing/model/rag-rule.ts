import type { TaskCounts } from './task-counts.js';

export type Rating = 'RED' | 'AMBER' | 'GREEN' | 'NONE';

/** Why a rating was given: which branch of the rule applied. */
export type RatingReason = 'empty' | 'mostlyUnknown' | 'manyOverdue' | 'someLate' | 'noneLate';

export interface RatingResult {
  rating: Rating;
  reason: RatingReason;
  /** Overdue tasks over all tasks (0–1); null when there are none. */
  overdueShare: number | null;
}

/** The rule's thresholds, as data, so that the page states the same numbers the code applies. */
export const RAG_RULE = {
  /** Red from this share of overdue tasks. */
  redOverdueShare: 0.25,
  /** Not rated when more than this share of the tasks has a status the sources do not give. */
  unratedUnknownShare: 0.5,
} as const;

/**
 * The red/amber/green rating of a group of tasks (a plan, the Ministry), applied in this order:
 * no tasks, or more than half of unknown status → not rated; at least a quarter overdue → red;
 * any task overdue or at risk → amber; otherwise → green.
 */
export function rateProgress(counts: TaskCounts): RatingResult {
  if (counts.count === 0) return { rating: 'NONE', reason: 'empty', overdueShare: null };
  const overdueShare = counts.overdue / counts.count;
  if (counts.unknown / counts.count > RAG_RULE.unratedUnknownShare) return { rating: 'NONE', reason: 'mostlyUnknown', overdueShare };
  if (overdueShare >= RAG_RULE.redOverdueShare) return { rating: 'RED', reason: 'manyOverdue', overdueShare };
  if (counts.overdue > 0 || counts.atRisk > 0) return { rating: 'AMBER', reason: 'someLate', overdueShare };
  return { rating: 'GREEN', reason: 'noneLate', overdueShare };
}
