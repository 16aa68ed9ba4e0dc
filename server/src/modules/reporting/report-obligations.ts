import type { LocalDate, ObservedStatus, ReportingPeriodDates } from '@lotrinh/shared';
import type { TaskRow } from '../tasks/query/task-row.js';

export type ReportState = 'RECEIVED_ON_TIME' | 'RECEIVED_LATE' | 'MISSING' | 'NOT_YET_DUE';

export interface SubmittedReport {
  observationId: number;
  taskId: number;
  unitCode: string | null;
  submittedOn: LocalDate | null;
  status: ObservedStatus;
}

export interface ReportObligationData {
  taskId: number;
  /** The lead unit, which owes the report; null when the task has none (nobody is named to report). */
  unitCode: string | null;
  state: ReportState;
  report: SubmittedReport | null;
}

/** A task owes a report for a quarter when it was open during the quarter's data window. */
function openDuring(row: TaskRow, period: ReportingPeriodDates): boolean {
  const begins = row.start ?? row.assignedOn;
  const finished = row.completedOn;
  return begins <= period.end && (!finished || finished >= period.start) && row.status !== 'CANCELLED';
}

/**
 * Who owes which quarterly report, and what came of it: received on time (by the 25th of the
 * quarter's last month), received late, missing (past that day), or not yet due.
 */
export function reportObligations(
  rows: readonly TaskRow[],
  reports: readonly SubmittedReport[],
  period: ReportingPeriodDates,
  today: LocalDate,
): ReportObligationData[] {
  return rows
    .filter((row) => openDuring(row, period))
    .map((row) => {
      const report = reports.find((r) => r.taskId === row.id && (row.leadUnitCode === null || r.unitCode === row.leadUnitCode)) ?? null;
      const state: ReportState = report
        ? report.submittedOn && report.submittedOn > period.reportDue
          ? 'RECEIVED_LATE'
          : 'RECEIVED_ON_TIME'
        : today > period.reportDue
          ? 'MISSING'
          : 'NOT_YET_DUE';
      return { taskId: row.id, unitCode: row.leadUnitCode, state, report };
    })
    .sort((a, b) => (a.unitCode ?? '~').localeCompare(b.unitCode ?? '~') || a.taskId - b.taskId);
}
