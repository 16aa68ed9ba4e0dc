import type { SqlEntityManager } from '@mikro-orm/knex';
import { deriveTaskStatus, type DateKnowledge, type LocalDate, type ObservedStatus, type StatusObservationFact, type TaskKind } from '@lotrinh/shared';
import type { TaskSnapshot } from '../task-change.entity.js';
import type { TaskRow } from './task-row.js';

interface RawTask {
  id: number;
  title: string;
  title_en: string | null;
  kind: TaskKind;
  plan_id: number | null;
  plan_key: string | null;
  parent_id: number | null;
  lead_unit_id: number | null;
  lead_unit_code: string | null;
  document_number: string | null;
  event_key: string | null;
  assigned_on: LocalDate;
  start: LocalDate | null;
  start_known: DateKnowledge;
  due: LocalDate | null;
  due_known: DateKnowledge;
  completed_on: LocalDate | null;
  progress: number | null;
  search_text: string;
  deleted_at: unknown;
  version: number;
}

function parseJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Undoes the edits that took effect after `asOf`, newest first; a task created after it is gone. */
function asItStood(raw: RawTask, laterChanges: readonly { before: TaskSnapshot | null }[] | undefined): { raw: RawTask; deleted: boolean } | null {
  if (!laterChanges) return { raw, deleted: raw.deleted_at !== null };
  let state = { raw, deleted: raw.deleted_at !== null };
  for (const change of laterChanges) {
    if (!change.before) return null;
    const b = change.before;
    state = { raw: { ...state.raw, title: b.title, start: b.start, due: b.due, completed_on: b.completedOn, progress: b.progress }, deleted: b.deleted };
  }
  return state;
}

export interface LoadTaskRowsOptions {
  asOf: LocalDate;
  /** Only these tasks; all when absent. */
  ids?: readonly number[];
  /** Keep tasks deleted as of the date (for restore); normally they are left out. */
  includeDeleted?: boolean;
}

/**
 * Every task as it stood on `asOf`, in four statements whatever the number of tasks: tasks with
 * their lead unit, plan and assigning source; supporting units; observations; and later edits.
 * Knex builds the SQL, so it stays dialect-neutral.
 */
export async function loadTaskRows(em: SqlEntityManager, { asOf, ids, includeDeleted = false }: LoadTaskRowsOptions): Promise<TaskRow[]> {
  const knex = em.getKnex();
  const only = <Q extends { whereIn: (column: string, values: readonly number[]) => Q }>(query: Q, column: string): Q =>
    ids ? query.whereIn(column, ids) : query;

  const tasks = await em.execute<RawTask[]>(
    only(
      knex('task as t')
        .leftJoin('unit as u', 'u.id', 't.lead_unit_id')
        .leftJoin('plan as p', 'p.id', 't.plan_id')
        .leftJoin('document as d', 'd.id', 't.assigned_by_document_id')
        .leftJoin('event as e', 'e.id', 't.assigned_by_event_id')
        .where('t.assigned_on', '<=', asOf)
        .select(
          't.id', 't.title', 't.title_en', 't.kind', 't.plan_id', 'p.key as plan_key', 't.parent_id', 't.lead_unit_id',
          'u.code as lead_unit_code', 'd.number as document_number', 'e.key as event_key', 't.assigned_on', 't.start',
          't.start_known', 't.due', 't.due_known', 't.completed_on', 't.progress', 't.search_text', 't.deleted_at', 't.version',
        ),
      't.id',
    ),
  );
  if (tasks.length === 0) return [];
  const [support, observations, changes] = await Promise.all([
    em.execute<{ task_id: number; code: string }[]>(
      only(knex('task_support_units as s').join('unit as u', 'u.id', 's.unit_id').select('s.task_id', 'u.code'), 's.task_id'),
    ),
    em.execute<{ task_id: number; observed_on: LocalDate; status: ObservedStatus }[]>(
      // Known on the day: observed by then, and (for reports entered in the app) submitted by then.
      only(
        knex('status_observation')
          .where('observed_on', '<=', asOf)
          .andWhere((known) => known.whereNull('submitted_on').orWhere('submitted_on', '<=', asOf))
          .select('task_id', 'observed_on', 'status'),
        'task_id',
      ),
    ),
    em.execute<{ task_id: number; before: unknown }[]>(
      only(knex('task_change').where('effective_on', '>', asOf).orderBy('id', 'desc').select('task_id', 'before'), 'task_id'),
    ),
  ]);
  const supportByTask = groupBy(support, (s) => s.task_id);
  const observationsByTask = groupBy(observations, (o) => o.task_id);
  const changesByTask = groupBy(changes, (c) => c.task_id);

  const rows: TaskRow[] = [];
  for (const raw of tasks) {
    const later = changesByTask.get(raw.id)?.map((c) => ({ before: parseJson<TaskSnapshot | null>(c.before) }));
    const stood = asItStood(raw, later);
    if (!stood || (stood.deleted && !includeDeleted)) continue;
    const t = stood.raw;
    const facts: StatusObservationFact[] = (observationsByTask.get(t.id) ?? []).map((o) => ({ observedOn: o.observed_on, status: o.status }));
    rows.push({
      id: t.id,
      title: t.title,
      titleEn: t.title_en,
      kind: t.kind,
      planId: t.plan_id,
      planKey: t.plan_key,
      parentId: t.parent_id,
      leadUnitId: t.lead_unit_id,
      leadUnitCode: t.lead_unit_code,
      supportUnitCodes: (supportByTask.get(t.id) ?? []).map((s) => s.code),
      documentNumber: t.document_number,
      eventKey: t.event_key,
      assignedOn: t.assigned_on,
      start: t.start,
      startKnown: t.start_known,
      due: t.due,
      dueKnown: t.due_known,
      completedOn: t.completed_on,
      progress: t.progress,
      status: deriveTaskStatus({ start: t.start, due: t.due, completedOn: t.completed_on, observations: facts, asOf }),
      searchText: t.search_text,
      deleted: stood.deleted,
      version: t.version,
    });
  }
  return rows;
}
