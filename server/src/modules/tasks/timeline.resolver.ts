import type { DateKnowledge, DependencyType, LocalDate, TaskKind, TaskStatus } from '@lotrinh/shared';
import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { DateKnowledgeEnum, DependencyTypeEnum, TaskKindEnum, TaskStatusEnum } from '../common/enums.js';
import { LocalDateScalar } from '../common/local-date.scalar.js';
import { toGlobalId } from '../common/node.js';
import type { TaskRow } from './query/task-row.js';
import { TaskFilter } from './task-filter.inputs.js';
import { TaskQueryService } from './task-query.service.js';

@ObjectType({ description: 'A dependency as the timeline draws it.' })
class TimelineDependency {
  @Field(() => ID, { description: 'The dependency id, e.g. `TaskDependency:7`.' })
  id!: string;

  @Field(() => ID, { description: 'The task depended on.' })
  dependsOnId!: string;

  @Field(() => DependencyTypeEnum, { description: 'The kind of link.' })
  type!: DependencyType;

  @Field(() => Int, { description: 'Lag in days.' })
  lagDays!: number;
}

@ObjectType({ description: 'A task as one flat row of the timeline: everything a bar needs, nothing it does not.' })
class TimelineRow {
  constructor(row: TaskRow, dependencies: TimelineDependency[]) {
    Object.assign(this, {
      id: toGlobalId('Task', row.id),
      parentId: row.parentId === null ? null : toGlobalId('Task', row.parentId),
      title: row.title,
      titleEn: row.titleEn,
      kind: row.kind,
      status: row.status,
      progress: row.progress,
      start: row.start,
      startKnown: row.startKnown,
      due: row.due,
      dueKnown: row.dueKnown,
      completedOn: row.completedOn,
      assignedOn: row.assignedOn,
      leadUnit: row.leadUnitCode,
      supportUnits: row.supportUnitCodes,
      plan: row.planKey,
      document: row.documentNumber,
      event: row.eventKey,
      version: row.version,
      dependencies,
    });
  }

  @Field(() => ID, { description: 'The task id.' }) id!: string;
  @Field(() => ID, { nullable: true, description: 'The parent task id.' }) parentId!: string | null;
  @Field(() => String, { description: 'Title in Vietnamese.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Title in English.' }) titleEn!: string | null;
  @Field(() => TaskKindEnum, { description: 'Task, milestone or summary.' }) kind!: TaskKind;
  @Field(() => TaskStatusEnum, { description: 'Status on the day.' }) status!: TaskStatus;
  @Field(() => Int, { nullable: true, description: 'Progress 0–100.' }) progress!: number | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Start date.' }) start!: LocalDate | null;
  @Field(() => DateKnowledgeEnum, { description: 'How the start is known.' }) startKnown!: DateKnowledge;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Due date.' }) due!: LocalDate | null;
  @Field(() => DateKnowledgeEnum, { description: 'How the due date is known.' }) dueKnown!: DateKnowledge;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Completion date.' }) completedOn!: LocalDate | null;
  @Field(() => LocalDateScalar, { description: 'The day the task entered the roadmap.' }) assignedOn!: LocalDate;
  @Field(() => String, { nullable: true, description: 'Lead unit code.' }) leadUnit!: string | null;
  @Field(() => [String], { description: 'Supporting unit codes.' }) supportUnits!: string[];
  @Field(() => String, { nullable: true, description: 'Plan key.' }) plan!: string | null;
  @Field(() => String, { nullable: true, description: 'Number of the assigning document.' }) document!: string | null;
  @Field(() => String, { nullable: true, description: 'Key of the assigning event.' }) event!: string | null;
  @Field(() => Int, { description: 'Version, for optimistic locking.' }) version!: number;
  @Field(() => [TimelineDependency], { description: 'What this task depends on.' }) dependencies!: TimelineDependency[];
}

@Resolver()
export class TimelineResolver {
  @Query(() => [TimelineRow], {
    description: 'Every matching task as a flat row, in one response, ordered by start then due: what a timeline of thousands of tasks needs, in a handful of SQL statements.',
  })
  async timeline(
    @Arg('filter', () => TaskFilter, { nullable: true, description: 'Which tasks; all when absent.' }) filter: TaskFilter | null,
    @Arg('asOf', () => LocalDateScalar, { nullable: true, description: 'The roadmap as it stood on this day; today when absent.' }) asOf: LocalDate | null,
    @Ctx() ctx: AppContext,
  ): Promise<TimelineRow[]> {
    const { rows } = await new TaskQueryService(ctx).sorted(filter, asOf ?? ctx.today);
    const links = await ctx.em.execute<{ id: number; task_id: number; depends_on_id: number; type: DependencyType; lag_days: number }[]>(
      ctx.em.getKnex()('task_dependency').select('id', 'task_id', 'depends_on_id', 'type', 'lag_days'),
    );
    const byTask = new Map<number, TimelineDependency[]>();
    for (const link of links) {
      const list = byTask.get(link.task_id) ?? [];
      list.push({ id: toGlobalId('TaskDependency', link.id), dependsOnId: toGlobalId('Task', link.depends_on_id), type: link.type, lagDays: link.lag_days });
      byTask.set(link.task_id, list);
    }
    return rows.map(({ row }) => new TimelineRow(row, byTask.get(row.id) ?? []));
  }
}
