import type { LocalDate, TaskStatus } from '@lotrinh/shared';

/** What the comparison needs of a task as it stood on one day. */
export interface DiffRow {
  id: string;
  title: string;
  titleEn: string | null;
  status: TaskStatus;
  start: LocalDate | null;
  due: LocalDate | null;
  leadUnit: string | null;
}

export type ChangeKind = 'added' | 'removed' | 'moved' | 'finished' | 'slipped';

/** The order the kinds are listed in. */
export const CHANGE_KINDS: readonly ChangeKind[] = ['added', 'finished', 'slipped', 'moved', 'removed'];

export interface RoadmapChange {
  kind: ChangeKind;
  id: string;
  title: string;
  titleEn: string | null;
  leadUnit: string | null;
  /** The task on the earlier day (null when added). */
  before: DiffRow | null;
  /** The task on the later day (null when removed). */
  after: DiffRow | null;
}

export interface RoadmapDiff {
  from: LocalDate;
  to: LocalDate;
  changes: Record<ChangeKind, RoadmapChange[]>;
  /** How many tasks changed in any way (a task counts once). */
  changedTasks: number;
}

const DONE: readonly TaskStatus[] = ['DONE_ON_TIME', 'DONE_LATE'];
const LATE: readonly TaskStatus[] = ['OVERDUE', 'AT_RISK'];

function change(kind: ChangeKind, before: DiffRow | null, after: DiffRow | null): RoadmapChange {
  const row = (after ?? before)!;
  return { kind, id: row.id, title: row.title, titleEn: row.titleEn, leadUnit: row.leadUnit, before, after };
}

/**
 * What happened to the roadmap between two days, from the tasks as they stood on each:
 * added (assigned in between), removed (deleted), moved (start or due changed), finished (became done),
 * slipped (became overdue or at risk). A task can both move and slip. Each list keeps the later day's order.
 */
export function diffRoadmaps({
  from,
  to,
  before,
  after,
}: {
  from: LocalDate;
  to: LocalDate;
  before: readonly DiffRow[];
  after: readonly DiffRow[];
}): RoadmapDiff {
  const earlier = new Map(before.map((row) => [row.id, row]));
  const later = new Set(after.map((row) => row.id));
  const changes: Record<ChangeKind, RoadmapChange[]> = { added: [], removed: [], moved: [], finished: [], slipped: [] };
  for (const now of after) {
    const then = earlier.get(now.id);
    if (!then) {
      changes.added.push(change('added', null, now));
      continue;
    }
    if (then.start !== now.start || then.due !== now.due) changes.moved.push(change('moved', then, now));
    if (DONE.includes(now.status) && !DONE.includes(then.status)) changes.finished.push(change('finished', then, now));
    if (LATE.includes(now.status) && !LATE.includes(then.status)) changes.slipped.push(change('slipped', then, now));
  }
  for (const then of before) if (!later.has(then.id)) changes.removed.push(change('removed', then, null));
  const changedTasks = new Set(CHANGE_KINDS.flatMap((kind) => changes[kind].map((c) => c.id))).size;
  return { from, to, changes, changedTasks };
}

/** The two days in order, the earlier first. */
export function orderedPair(a: LocalDate, b: LocalDate): [LocalDate, LocalDate] {
  return a <= b ? [a, b] : [b, a];
}
