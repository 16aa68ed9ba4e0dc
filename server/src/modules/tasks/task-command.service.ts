import { LIMITS, minDate, reportingPeriod, type LocalDate } from '@lotrinh/shared';
import { ref } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { AppContext } from '../../graphql/context.js';
import { BadInputError, ConflictError, NotFoundError } from '../../graphql/errors.js';
import { parseGlobalId } from '../common/node.js';
import { Plan } from '../plans/plan.entity.js';
import { ReportingRule } from '../reporting/reporting-rule.entity.js';
import { Unit } from '../units/unit.entity.js';
import { provenanceAfterEdit } from './date-provenance.js';
import { wouldCreateCycle, type DependencyEdge } from './dependency-graph.js';
import { taskSearchText } from './search-text.js';
import { StatusObservation } from './status-observation.entity.js';
import { TaskChange, type TaskSnapshot } from './task-change.entity.js';
import { TaskDependency } from './task-dependency.entity.js';
import type {
  AddDependencyInput,
  CreateTaskInput,
  RecordStatusInput,
  RemoveDependencyInput,
  RescheduleTaskInput,
  SetTaskProgressInput,
  SubmitQuarterlyReportInput,
  UpdateDependencyInput,
  UpdateTaskInput,
  VersionedInput,
} from './task.inputs.js';
import { Task } from './task.entity.js';
import { TaskQueryService } from './task-query.service.js';
import type { TaskView } from './task.view.js';

type Apply = (em: SqlEntityManager, task: Task | null) => Promise<Task>;

interface ChangeOptions {
  action?: TaskChange['action'];
  /** The change applies to a deleted task (restore). */
  deleted?: boolean;
}

function snapshot(task: Task): TaskSnapshot {
  return {
    title: task.title,
    start: task.start,
    due: task.due,
    startKnown: task.startKnown,
    startBasis: task.startBasis,
    dueKnown: task.dueKnown,
    dueBasis: task.dueBasis,
    completedOn: task.completedOn,
    progress: task.progress,
    deleted: task.deletedAt !== null,
  };
}

function checkDates(start: LocalDate | null, due: LocalDate | null): void {
  for (const [name, value] of [['start', start], ['due', due]] as const) {
    if (value && (value < LIMITS.earliestDate || value > LIMITS.latestDate)) {
      throw new BadInputError(`${name} ${value} is outside ${LIMITS.earliestDate} – ${LIMITS.latestDate}.`, { field: name });
    }
  }
  if (start && due && due < start) throw new BadInputError(`The due date ${due} is before the start ${start}.`, { field: 'due' });
}

/**
 * Every change to tasks: validated before anything is written, guarded by the task's version, done
 * in one transaction with its history entry, so a refused change leaves the database as it was.
 */
export class TaskCommandService {
  constructor(private readonly ctx: AppContext) {}

  private async units(em: SqlEntityManager, codes: readonly string[]): Promise<Unit[]> {
    const units = await em.find(Unit, { code: { $in: [...codes] } });
    const missing = codes.filter((code) => !units.some((unit) => unit.code === code));
    if (missing.length) throw new NotFoundError('Unit', missing.join(', '));
    return units;
  }

  private async unit(em: SqlEntityManager, code: string | null | undefined): Promise<Unit | null> {
    return code ? ((await this.units(em, [code]))[0] ?? null) : null;
  }

  private async lockedTask(em: SqlEntityManager, { id, version }: VersionedInput, { deleted = false } = {}): Promise<Task> {
    const taskId = parseGlobalId(id, 'Task');
    const task = await em.findOne(Task, taskId);
    if (!task || (task.deletedAt !== null) !== deleted) throw new NotFoundError(deleted ? 'Deleted task' : 'Task', id);
    if (task.version !== version) {
      throw new ConflictError(`Task ${id} was changed by someone else (version ${task.version}, you sent ${version}); reload it and try again.`, {
        currentVersion: task.version,
      });
    }
    return task;
  }

  /** Runs a change in a transaction, records its history, and returns the task as it now stands. */
  private async change(input: VersionedInput | null, apply: Apply, options: ChangeOptions = {}): Promise<TaskView> {
    const id = await this.ctx.em.transactional((em) => this.applyChange(em as SqlEntityManager, input, apply, options));
    this.ctx.taskRows.clear();
    return this.reload(id);
  }

  private reload(id: number): Promise<TaskView> {
    return new TaskQueryService(this.ctx).get(id, null, { includeDeleted: true });
  }

  /** One change inside the caller's transaction: lock by version, apply, validate, record history. */
  private async applyChange(em: SqlEntityManager, input: VersionedInput | null, apply: Apply, { action = 'UPDATE', deleted = false }: ChangeOptions = {}): Promise<number> {
    const existing = input ? await this.lockedTask(em, input, { deleted }) : null;
    const before = existing ? snapshot(existing) : null;
    const task = await apply(em, existing);
    const quotes = (await task.citations.loadItems()).map((citation) => citation.quote);
    task.searchText = taskSearchText([task.title, task.titleEn, task.description, ...quotes]);
    checkDates(task.start, task.due);
    task.updatedAt = new Date();
    await em.flush();
    em.create(TaskChange, { task, action, effectiveOn: this.ctx.today, before, after: snapshot(task) });
    await em.flush();
    return task.id;
  }

  create(input: CreateTaskInput): Promise<TaskView> {
    return this.change(
      null,
      async (em) => {
        const plan = input.plan ? await em.findOne(Plan, { key: input.plan }) : null;
        if (input.plan && !plan) throw new NotFoundError('Plan', input.plan);
        const parent = input.parentId ? await em.findOne(Task, parseGlobalId(input.parentId, 'Task')) : null;
        if (input.parentId && !parent) throw new NotFoundError('Task', input.parentId);
        return em.create(Task, {
          title: input.title,
          titleEn: input.titleEn ?? null,
          description: input.description ?? null,
          kind: input.kind,
          plan,
          parent,
          leadUnit: await this.unit(em, input.leadUnit),
          supportUnits: await this.units(em, input.supportUnits ?? []),
          assignedOn: input.start && input.start < this.ctx.today ? input.start : this.ctx.today,
          start: input.start ?? null,
          startKnown: input.start ? 'STATED' : 'UNKNOWN',
          due: input.due ?? null,
          dueKnown: input.due ? 'STATED' : 'UNKNOWN',
          progress: input.progress ?? null,
          searchText: '',
        });
      },
      { action: 'CREATE' },
    );
  }

  update(input: UpdateTaskInput): Promise<TaskView> {
    return this.change(input, async (em, task) => {
      const t = task!;
      if (input.title != null) t.title = input.title;
      if (input.titleEn !== undefined) t.titleEn = input.titleEn;
      if (input.description !== undefined) t.description = input.description;
      if (input.kind != null) t.kind = input.kind;
      if (input.leadUnit !== undefined) {
        const unit = await this.unit(em, input.leadUnit);
        t.leadUnit = unit ? ref(unit) : null;
      }
      if (input.supportUnits != null) {
        await t.supportUnits.init();
        t.supportUnits.set(await this.units(em, input.supportUnits));
      }
      await this.setDates(em, t, { start: input.start, due: input.due });
      if (input.completedOn !== undefined) t.completedOn = input.completedOn;
      if (input.progress !== undefined) t.progress = input.progress;
      return t;
    });
  }

  reschedule(input: RescheduleTaskInput): Promise<TaskView> {
    return this.change(input, async (em, task) => this.setDates(em, task!, { start: input.start, due: input.due }));
  }

  /** Sets the given dates that change (undefined: left as is), each with how it is known after the edit (see provenanceAfterEdit). */
  private async setDates(em: SqlEntityManager, task: Task, dates: { start?: LocalDate | null; due?: LocalDate | null }): Promise<Task> {
    const fields = (['start', 'due'] as const).filter((field) => dates[field] !== undefined && dates[field] !== task[field]);
    if (fields.length === 0) return task;
    const changes = await em.find(TaskChange, { task }, { orderBy: { id: 'asc' } });
    const history = changes.flatMap((change) => (change.before ? [change.before, change.after] : [change.after]));
    for (const field of fields) {
      const value = dates[field]!;
      const known = field === 'start' ? 'startKnown' : 'dueKnown';
      const basis = field === 'start' ? 'startBasis' : 'dueBasis';
      const current = { value: task[field], known: task[known], basis: task[basis] };
      const after = provenanceAfterEdit({ field, value, current, history, today: this.ctx.today });
      Object.assign(task, { [field]: value, [known]: after.known, [basis]: after.basis });
    }
    return task;
  }

  setProgress(input: SetTaskProgressInput): Promise<TaskView> {
    return this.change(input, async (_em, task) => Object.assign(task!, { progress: input.progress }));
  }

  delete(input: VersionedInput): Promise<TaskView> {
    return this.change(input, async (_em, task) => Object.assign(task!, { deletedAt: new Date() }), { action: 'DELETE' });
  }

  restore(input: VersionedInput): Promise<TaskView> {
    return this.change(input, async (_em, task) => Object.assign(task!, { deletedAt: null }), { action: 'RESTORE', deleted: true });
  }

  addDependency(input: AddDependencyInput): Promise<TaskView> {
    return this.change(input, async (em, task) => {
      const t = task!;
      const dependsOnId = parseGlobalId(input.dependsOnId, 'Task');
      if (dependsOnId === t.id) throw new BadInputError('A task cannot depend on itself.', { field: 'dependsOnId' });
      const dependsOn = await em.findOne(Task, { id: dependsOnId, deletedAt: null });
      if (!dependsOn) throw new NotFoundError('Task', input.dependsOnId);
      // Through the transaction's own connection: SQLite has one, and the transaction holds it.
      const edges = await em.execute<DependencyEdge[]>(em.getKnex()('task_dependency').select('task_id as from', 'depends_on_id as to'));
      if (edges.some((edge) => edge.from === t.id && edge.to === dependsOnId)) {
        throw new BadInputError(`Task:${t.id} already depends on ${input.dependsOnId}.`, { field: 'dependsOnId' });
      }
      if (wouldCreateCycle(edges, t.id, dependsOnId)) {
        throw new BadInputError(`Task:${t.id} cannot depend on ${input.dependsOnId}: ${input.dependsOnId} already depends on it, which would make a cycle.`, {
          field: 'dependsOnId',
        });
      }
      em.create(TaskDependency, { task: t, dependsOn, type: input.type, lagDays: input.lagDays });
      return t;
    });
  }

  removeDependency(input: RemoveDependencyInput): Promise<TaskView> {
    return this.change(input, async (em, task) => {
      em.remove(await this.ownDependency(em, task!, input.dependencyId));
      return task!;
    });
  }

  /** A new kind or lag for one of the task's dependencies; the task's version moves, as for any change to it. */
  updateDependency(input: UpdateDependencyInput): Promise<TaskView> {
    return this.change(input, async (em, task) => {
      const dependency = await this.ownDependency(em, task!, input.dependencyId);
      if (input.type != null) dependency.type = input.type;
      if (input.lagDays != null) dependency.lagDays = input.lagDays;
      return task!;
    });
  }

  private async ownDependency(em: SqlEntityManager, task: Task, dependencyId: string): Promise<TaskDependency> {
    const dependency = await em.findOne(TaskDependency, { id: parseGlobalId(dependencyId, 'TaskDependency'), task });
    if (!dependency) throw new NotFoundError('TaskDependency', dependencyId);
    return dependency;
  }

  recordStatus(input: RecordStatusInput): Promise<TaskView> {
    return this.change(input, this.observe(input, null));
  }

  /**
   * A unit's quarterly report: one status observation per task, all in one transaction, so a stale
   * version or an unknown task anywhere in the report leaves nothing written.
   */
  async submitQuarterlyReport(input: SubmitQuarterlyReportInput): Promise<TaskView[]> {
    const period = reportingPeriod(input.year, input.quarter);
    const observedOn = minDate(this.ctx.today, period.end);
    const ids = await this.ctx.em.transactional(async (em) => {
      const unit = await this.unit(em as SqlEntityManager, input.unit);
      const done: number[] = [];
      for (const item of input.items) {
        const observation = { ...item, observedOn, reportedBy: input.unit, noteEn: null };
        done.push(
          await this.applyChange(em as SqlEntityManager, item, async (tx, task) => {
            if (!(await this.mayReport(tx, unit!, task!))) {
              throw new BadInputError(`${input.unit} neither leads nor supports Task:${task!.id}, so it does not report on it.`, { id: item.id });
            }
            return this.observe(observation, { year: input.year, quarter: input.quarter })(tx, task);
          }),
        );
      }
      return done;
    });
    this.ctx.taskRows.clear();
    return Promise.all(ids.map((id) => this.reload(id)));
  }

  /**
   * A unit reports on the tasks it leads or supports; on a task with no lead unit, the unit that
   * receives its plan's reports (Trung tâm CNTT for the 2022 plan) reports instead.
   */
  private async mayReport(em: SqlEntityManager, unit: Unit, task: Task): Promise<boolean> {
    if (task.leadUnit?.id === unit.id || (await task.supportUnits.loadItems()).some((u) => u.id === unit.id)) return true;
    if (task.leadUnit || !task.plan) return false;
    return (await em.count(ReportingRule, { plan: task.plan.id, recipient: unit.id })) > 0;
  }

  private observe(input: Omit<RecordStatusInput, 'id' | 'version'>, report: { year: number; quarter: number } | null): Apply {
    return async (em, task) => {
      if (input.observedOn > this.ctx.today) throw new BadInputError(`observedOn ${input.observedOn} is in the future.`, { field: 'observedOn' });
      em.create(StatusObservation, {
        task: task!,
        observedOn: input.observedOn,
        status: input.status,
        progress: input.progress ?? null,
        note: input.note,
        noteEn: input.noteEn ?? null,
        reportedBy: await this.unit(em, input.reportedBy),
        reportYear: report?.year ?? null,
        reportQuarter: report?.quarter ?? null,
        submittedOn: this.ctx.today,
      });
      if (input.progress != null) task!.progress = input.progress;
      else if (input.status === 'DONE') task!.progress = 100;
      return task!;
    };
  }
}
