import type { LocalDate, ObservedStatus, TaskStatus } from '@lotrinh/shared';

export type ReportState = 'RECEIVED_ON_TIME' | 'RECEIVED_LATE' | 'MISSING' | 'NOT_YET_DUE';

export const REPORT_STATES: readonly ReportState[] = ['RECEIVED_ON_TIME', 'RECEIVED_LATE', 'MISSING', 'NOT_YET_DUE'];

export interface ObligationUnit {
  code: string;
  name: string;
  nameEn: string;
}

export interface ObligationTask {
  id: string;
  title: string;
  titleEn: string | null;
  version: number;
  status: TaskStatus;
  progress: number | null;
  due: LocalDate | null;
  leadUnit: { code: string } | null;
  supportUnits: { code: string }[];
}

export interface SubmittedReport {
  id: string;
  observedOn: LocalDate;
  submittedOn: LocalDate | null;
  status: ObservedStatus;
  progress: number | null;
  note: string;
  reportedBy: { code: string } | null;
}

export interface Obligation {
  unit: ObligationUnit | null;
  state: ReportState;
  task: ObligationTask;
  report: SubmittedReport | null;
}

export type StateCounts = Record<ReportState, number>;

export interface UnitObligations {
  /** Null: the tasks for which no source names a lead unit. */
  unit: ObligationUnit | null;
  obligations: Obligation[];
  counts: StateCounts;
}

function countStates(obligations: readonly Obligation[]): StateCounts {
  const counts: StateCounts = { RECEIVED_ON_TIME: 0, RECEIVED_LATE: 0, MISSING: 0, NOT_YET_DUE: 0 };
  for (const obligation of obligations) counts[obligation.state] += 1;
  return counts;
}

/** The reports owed, one group per unit (by code; tasks with no lead unit last), with how many are in, late or missing. */
export function groupByUnit(obligations: readonly Obligation[]): { groups: UnitObligations[]; totals: StateCounts } {
  const groups = new Map<string, UnitObligations>();
  for (const obligation of obligations) {
    const key = obligation.unit?.code ?? '';
    const group = groups.get(key) ?? { unit: obligation.unit, obligations: [], counts: countStates([]) };
    group.obligations.push(obligation);
    groups.set(key, group);
  }
  const sorted = [...groups.values()]
    .map((group) => ({ ...group, counts: countStates(group.obligations) }))
    .sort((a, b) => Number(a.unit === null) - Number(b.unit === null) || (a.unit?.code ?? '').localeCompare(b.unit?.code ?? ''));
  return { groups: sorted, totals: countStates(obligations) };
}

/**
 * The tasks a unit reports on in its form: those it leads, and those with no lead unit that it supports
 * (a report from a supporting unit counts only where no lead unit is named).
 */
export function tasksToReport(obligations: readonly Obligation[], unitCode: string): Obligation[] {
  return obligations.filter((o) =>
    o.task.leadUnit ? o.task.leadUnit.code === unitCode : o.task.supportUnits.some((unit) => unit.code === unitCode),
  );
}

/** The units that have something to report this quarter, by code. */
export function reportingUnits(obligations: readonly Obligation[]): string[] {
  const codes = new Set<string>();
  for (const o of obligations) {
    if (o.task.leadUnit) codes.add(o.task.leadUnit.code);
    else for (const unit of o.task.supportUnits) codes.add(unit.code);
  }
  return [...codes].sort((a, b) => a.localeCompare(b));
}

/** Obligations no unit can answer: no lead unit and no supporting unit named. */
export function unanswerable(obligations: readonly Obligation[]): Obligation[] {
  return obligations.filter((o) => !o.task.leadUnit && o.task.supportUnits.length === 0);
}
