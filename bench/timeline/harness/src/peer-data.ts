/**
 * The generated TimelineTask[] (the app's shape) turned into what a peer library draws. Both peers' free editions
 * need a start and an end for every bar: a task with an unknown start gets its due date minus 30 days, one with an
 * unknown due date its start plus 30 days, and one with no date at all a day at 2013-01-01 (DHTMLX marks it
 * unscheduled). Ends are exclusive (the day after the due date), as both libraries count them.
 */
import type { TimelineTask } from './data.ts';

type DependencyType = TimelineTask['dependencies'][number]['type'];

const OPEN_ENDED_DAYS = 30;
const UNDATED = '2013-01-01';

function toDate(date: string): Date {
  return new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function plusDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

export interface PeerDates {
  start: Date;
  /** Exclusive. */
  end: Date;
  undated: boolean;
}

export function peerDates(task: TimelineTask): PeerDates {
  if (task.start === null && task.due === null) return { start: toDate(UNDATED), end: plusDays(toDate(UNDATED), 1), undated: true };
  const start = task.start !== null ? toDate(task.start) : plusDays(toDate(task.due!), -OPEN_ENDED_DAYS);
  const due = task.due !== null ? toDate(task.due) : plusDays(start, OPEN_ENDED_DAYS);
  return { start, end: task.kind === 'MILESTONE' ? start : plusDays(due, 1), undated: false };
}

export interface PeerLink<T> {
  id: string;
  /** The predecessor. */
  source: string;
  target: string;
  type: T;
}

/** Every dependency as a link from the predecessor to the task, with the type in the library's vocabulary. */
export function peerLinks<T>(tasks: readonly TimelineTask[], types: Record<DependencyType, T>): PeerLink<T>[] {
  const links: PeerLink<T>[] = [];
  for (const task of tasks) {
    for (const dependency of task.dependencies) {
      links.push({ id: dependency.id, source: dependency.toTaskId, target: task.id, type: types[dependency.type] });
    }
  }
  return links;
}

export const STATUS_LABELS: Record<string, string> = {
  PLANNED: 'Kế hoạch',
  IN_PROGRESS: 'Đang thực hiện',
  AT_RISK: 'Có nguy cơ chậm',
  DONE_ON_TIME: 'Hoàn thành đúng hạn',
  DONE_LATE: 'Hoàn thành muộn',
  OVERDUE: 'Quá hạn',
  CANCELLED: 'Đã hủy',
  UNKNOWN: 'Chưa rõ',
};

export function formatDay(date: Date): string {
  return `${String(date.getDate()).padStart(2, '0')}/${String(date.getMonth() + 1).padStart(2, '0')}/${date.getFullYear()}`;
}

/** The last day of an exclusive end. */
export function lastDay(end: Date): Date {
  return plusDays(end, -1);
}
