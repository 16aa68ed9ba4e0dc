import { daysBetween, type LocalDate, type TaskStatus } from '@lotrinh/shared';

export interface BriefingTaskRow {
  id: string;
  title: string;
  titleEn: string | null;
  kind: string;
  status: TaskStatus;
  start: LocalDate | null;
  due: LocalDate | null;
  leadUnit: string | null;
  plan: string | null;
}

export interface LateTask {
  task: BriefingTaskRow;
  /** OVERDUE (past due, not reported done) or AT_RISK (reported behind, not yet due). */
  status: 'OVERDUE' | 'AT_RISK';
  /** Days past the due date on the day (overdue tasks); null otherwise. */
  daysLate: number | null;
  /** Days left until the due date (tasks at risk with a due date); null otherwise. */
  daysLeft: number | null;
}

/**
 * The tasks overdue or at risk on `asOf`, the most overdue first, then those at risk by their due date
 * (those with no due date last); ties by title.
 */
export function lateTasks({ rows, asOf }: { rows: readonly BriefingTaskRow[]; asOf: LocalDate }): LateTask[] {
  const late = rows.flatMap((task): LateTask[] => {
    if (task.status === 'OVERDUE')
      return [{ task, status: 'OVERDUE', daysLate: task.due ? daysBetween(task.due, asOf) : null, daysLeft: null }];
    if (task.status === 'AT_RISK')
      return [{ task, status: 'AT_RISK', daysLate: null, daysLeft: task.due ? daysBetween(asOf, task.due) : null }];
    return [];
  });
  const rank = (item: LateTask) => (item.status === 'OVERDUE' ? 0 : 1);
  return late.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (b.daysLate ?? -1) - (a.daysLate ?? -1) ||
      (a.daysLeft ?? Number.MAX_SAFE_INTEGER) - (b.daysLeft ?? Number.MAX_SAFE_INTEGER) ||
      a.task.title.localeCompare(b.task.title, 'vi'),
  );
}
