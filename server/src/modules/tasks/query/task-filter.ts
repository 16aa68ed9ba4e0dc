import { foldText, type LocalDate, type TaskKind, type TaskStatus } from '@lotrinh/shared';
import type { TaskRow } from './task-row.js';

export type TaskField = 'LEAD_UNIT' | 'SUPPORT_UNITS' | 'PLAN' | 'PARENT' | 'ASSIGNED_BY' | 'START' | 'DUE' | 'COMPLETED_ON' | 'PROGRESS';

/** The filter as data; every condition present must hold, AND/OR/NOT nest freely. */
export interface TaskFilterSpec {
  AND?: TaskFilterSpec[] | null;
  OR?: TaskFilterSpec[] | null;
  NOT?: TaskFilterSpec | null;
  ids?: number[] | null;
  search?: string | null;
  leadUnit?: string[] | null;
  supportUnit?: string[] | null;
  unit?: string[] | null;
  plan?: string[] | null;
  document?: string[] | null;
  event?: string[] | null;
  status?: TaskStatus[] | null;
  kind?: TaskKind[] | null;
  progressMin?: number | null;
  progressMax?: number | null;
  activeFrom?: LocalDate | null;
  activeTo?: LocalDate | null;
  dueBefore?: LocalDate | null;
  dueAfter?: LocalDate | null;
  startBefore?: LocalDate | null;
  startAfter?: LocalDate | null;
  has?: TaskField[] | null;
  lacks?: TaskField[] | null;
}

function hasValue(row: TaskRow, field: TaskField): boolean {
  switch (field) {
    case 'LEAD_UNIT':
      return row.leadUnitId !== null;
    case 'SUPPORT_UNITS':
      return row.supportUnitCodes.length > 0;
    case 'PLAN':
      return row.planId !== null;
    case 'PARENT':
      return row.parentId !== null;
    case 'ASSIGNED_BY':
      return row.documentNumber !== null || row.eventKey !== null;
    case 'START':
      return row.start !== null;
    case 'DUE':
      return row.due !== null;
    case 'COMPLETED_ON':
      return row.completedOn !== null;
    case 'PROGRESS':
      return row.progress !== null;
  }
}

const includes = <T>(list: readonly T[] | null | undefined, value: T | null): boolean =>
  !list || (value !== null && list.includes(value));

/**
 * Whether a task active in [from, to] overlaps the window: a task with an unknown start is taken to
 * begin when it was assigned; one with no due date is taken as still open.
 */
function overlaps(row: TaskRow, from: LocalDate | null | undefined, to: LocalDate | null | undefined): boolean {
  const begins = row.start ?? row.assignedOn;
  const ends = row.completedOn ?? row.due;
  return (!to || begins <= to) && (!from || ends === null || ends >= from);
}

/** Compiles a filter once into a predicate; search text is folded once, not per row. */
export function compileTaskFilter(filter: TaskFilterSpec | null | undefined): (row: TaskRow) => boolean {
  if (!filter) return () => true;
  const search = filter.search ? foldText(filter.search) : '';
  const and = (filter.AND ?? []).map(compileTaskFilter);
  const or = (filter.OR ?? []).map(compileTaskFilter);
  const not = filter.NOT ? compileTaskFilter(filter.NOT) : null;
  const f = filter;
  return (row) =>
    includes(f.ids, row.id) &&
    (!search || row.searchText.includes(search)) &&
    includes(f.leadUnit, row.leadUnitCode) &&
    (!f.supportUnit || row.supportUnitCodes.some((code) => f.supportUnit!.includes(code))) &&
    (!f.unit || includes(f.unit, row.leadUnitCode) || row.supportUnitCodes.some((code) => f.unit!.includes(code))) &&
    includes(f.plan, row.planKey) &&
    includes(f.document, row.documentNumber) &&
    includes(f.event, row.eventKey) &&
    includes(f.status, row.status) &&
    includes(f.kind, row.kind) &&
    (f.progressMin == null || (row.progress !== null && row.progress >= f.progressMin)) &&
    (f.progressMax == null || (row.progress !== null && row.progress <= f.progressMax)) &&
    (!(f.activeFrom || f.activeTo) || overlaps(row, f.activeFrom, f.activeTo)) &&
    (!f.dueBefore || (row.due !== null && row.due < f.dueBefore)) &&
    (!f.dueAfter || (row.due !== null && row.due > f.dueAfter)) &&
    (!f.startBefore || (row.start !== null && row.start < f.startBefore)) &&
    (!f.startAfter || (row.start !== null && row.start > f.startAfter)) &&
    (f.has ?? []).every((field) => hasValue(row, field)) &&
    (f.lacks ?? []).every((field) => !hasValue(row, field)) &&
    and.every((predicate) => predicate(row)) &&
    (or.length === 0 || or.some((predicate) => predicate(row))) &&
    (!not || !not(row));
}
