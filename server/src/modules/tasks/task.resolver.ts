import type { LocalDate } from '@lotrinh/shared';
import { ValidateNested } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, createUnionType } from 'type-graphql';
import { Connection, type Page } from '../../graphql/connection.js';
import type { AppContext } from '../../graphql/context.js';
import { Citation } from '../citations/citation.entity.js';
import { LocalDateScalar } from '../common/local-date.scalar.js';
import { parseGlobalId } from '../common/node.js';
import { Document } from '../documents/document.entity.js';
import { Event } from '../events/event.entity.js';
import { Plan } from '../plans/plan.entity.js';
import { Unit } from '../units/unit.entity.js';
import { StatusObservation } from './status-observation.entity.js';
import { TaskCommandService } from './task-command.service.js';
import { TaskDependencyView } from './task-dependency.view.js';
import {
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
import { TaskFilter, TaskOrder } from './task-filter.inputs.js';
import { TaskQueryService } from './task-query.service.js';
import { TaskView } from './task.view.js';

const TaskConnection = Connection(TaskView, 'Task');

export const Assigner = createUnionType({
  name: 'Assigner',
  description: 'What assigned a task: a document or an event (meeting, inspection …).',
  types: () => [Document, Event] as const,
});

@ArgsType()
export class TasksArgs {
  @Field(() => TaskFilter, { nullable: true, description: 'Which tasks; all when absent.' })
  @ValidateNested()
  filter?: TaskFilter | null;

  @Field(() => [TaskOrder], { nullable: true, description: 'Order; by start then due date when absent. Ties are broken by id.' })
  orderBy?: TaskOrder[] | null;

  @Field(() => Int, { nullable: true, description: 'Page size: 50 when absent, at most 500.' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (`pageInfo.endCursor` of the previous page).' })
  after?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Show the roadmap as it stood on this day: tasks assigned by then, with the dates and statuses then known. Today when absent.' })
  asOf?: LocalDate | null;
}

@Resolver(() => TaskView)
export class TaskResolver {
  @Query(() => TaskConnection, { description: 'Tasks of the roadmap, filtered, ordered and paged, as they stood on a date.' })
  tasks(@Args() args: TasksArgs, @Ctx() ctx: AppContext): Promise<Page<TaskView>> {
    return new TaskQueryService(ctx).list(args);
  }

  @Query(() => TaskView, { nullable: true, description: 'One task by id, as it stood on a date; null when it did not exist then.' })
  task(
    @Arg('id', () => ID, { description: 'The task id, e.g. `Task:42`.' }) id: string,
    @Arg('asOf', () => LocalDateScalar, { nullable: true, description: 'The day to see the task as of; today when absent.' }) asOf: LocalDate | null,
    @Ctx() ctx: AppContext,
  ): Promise<TaskView | null> {
    return new TaskQueryService(ctx).find(parseGlobalId(id, 'Task'), asOf);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The one lead unit (chủ trì); null when no source names it.' })
  leadUnit(@Root() task: TaskView): Promise<Unit | null> | null {
    return task.entity.leadUnit?.load({ dataloader: true }) ?? null;
  }

  @FieldResolver(() => [Unit], { description: 'Supporting units (phối hợp).' })
  supportUnits(@Root() task: TaskView): Promise<Unit[]> {
    return task.entity.supportUnits.loadItems({ dataloader: true });
  }

  @FieldResolver(() => Plan, { nullable: true, description: 'The plan the task belongs to.' })
  plan(@Root() task: TaskView): Promise<Plan | null> | null {
    return task.entity.plan?.load({ dataloader: true }) ?? null;
  }

  @FieldResolver(() => TaskView, { nullable: true, description: 'The parent task, as of the same day.' })
  async parent(@Root() task: TaskView, @Ctx() ctx: AppContext): Promise<TaskView | null> {
    const parent = await task.entity.parent?.load({ dataloader: true });
    return parent ? new TaskQueryService(ctx).viewOf(parent, task.asOf) : null;
  }

  @FieldResolver(() => [TaskView], { description: 'Child tasks that existed on the same day.' })
  async children(@Root() task: TaskView, @Ctx() ctx: AppContext): Promise<TaskView[]> {
    return new TaskQueryService(ctx).viewsOf(await task.entity.children.loadItems({ dataloader: true }), task.asOf);
  }

  @FieldResolver(() => [TaskDependencyView], { description: 'The tasks this one depends on, with the kind of link and lag.' })
  async dependencies(@Root() task: TaskView): Promise<TaskDependencyView[]> {
    const dependencies = await task.entity.dependencies.loadItems({ dataloader: true });
    return dependencies.map((dependency) => new TaskDependencyView(dependency, task.asOf));
  }

  @FieldResolver(() => Assigner, { nullable: true, description: 'The document or event that assigned the task.' })
  async assignedBy(@Root() task: TaskView): Promise<Document | Event | null> {
    return (await task.entity.assignedByDocument?.load({ dataloader: true })) ?? (await task.entity.assignedByEvent?.load({ dataloader: true })) ?? null;
  }

  @FieldResolver(() => [Citation], { description: 'The sources of this task’s facts, each with its verbatim quote.' })
  citations(@Root() task: TaskView): Promise<Citation[]> {
    return task.entity.citations.loadItems({ dataloader: true });
  }

  @FieldResolver(() => [StatusObservation], { description: 'What sources and reports said about the task, oldest first, as known on the view’s day.' })
  async statusHistory(@Root() task: TaskView): Promise<StatusObservation[]> {
    const observations = await task.entity.observations.loadItems({ dataloader: true });
    return observations
      .filter((observation) => observation.observedOn <= task.asOf && (!observation.submittedOn || observation.submittedOn <= task.asOf))
      .sort((a, b) => a.observedOn.localeCompare(b.observedOn) || a.id - b.id);
  }

  @Mutation(() => TaskView, { description: 'Create a task.' })
  createTask(@Arg('input', () => CreateTaskInput, { description: 'The new task.' }) input: CreateTaskInput, @Ctx() ctx: AppContext): Promise<TaskView> {
    return new TaskCommandService(ctx).create(input);
  }

  @Mutation(() => TaskView, { description: 'Change a task’s fields.' })
  updateTask(@Arg('input', () => UpdateTaskInput, { description: 'What to change, with the version last seen.' }) input: UpdateTaskInput, @Ctx() ctx: AppContext): Promise<TaskView> {
    return new TaskCommandService(ctx).update(input);
  }

  @Mutation(() => TaskView, { description: 'Move a task: new start and due dates in one change.' })
  rescheduleTask(@Arg('input', () => RescheduleTaskInput, { description: 'What to change, with the version last seen.' }) input: RescheduleTaskInput, @Ctx() ctx: AppContext): Promise<TaskView> {
    return new TaskCommandService(ctx).reschedule(input);
  }

  @Mutation(() => TaskView, { description: 'Set a task’s progress.' })
  setTaskProgress(@Arg('input', () => SetTaskProgressInput, { description: 'What to change, with the version last seen.' }) input: SetTaskProgressInput, @Ctx() ctx: AppContext): Promise<TaskView> {
    return new TaskCommandService(ctx).setProgress(input);
  }

  @Mutation(() => TaskView, { description: 'Delete a task (soft: `restoreTask` brings it back).' })
  deleteTask(@Arg('input', () => VersionedInput, { description: 'What to change, with the version last seen.' }) input: VersionedInput, @Ctx() ctx: AppContext): Promise<TaskView> {
    return new TaskCommandService(ctx).delete(input);
  }

  @Mutation(() => TaskView, { description: 'Restore a deleted task.' })
  restoreTask(@Arg('input', () => VersionedInput, { description: 'What to change, with the version last seen.' }) input: VersionedInput, @Ctx() ctx: AppContext): Promise<TaskView> {
    return new TaskCommandService(ctx).restore(input);
  }

  @Mutation(() => TaskView, { description: 'Make a task depend on another; refuses self-links and cycles.' })
  addDependency(@Arg('input', () => AddDependencyInput, { description: 'What to change, with the version last seen.' }) input: AddDependencyInput, @Ctx() ctx: AppContext): Promise<TaskView> {
    return new TaskCommandService(ctx).addDependency(input);
  }

  @Mutation(() => TaskView, { description: 'Remove a dependency of a task.' })
  removeDependency(@Arg('input', () => RemoveDependencyInput, { description: 'What to change, with the version last seen.' }) input: RemoveDependencyInput, @Ctx() ctx: AppContext): Promise<TaskView> {
    return new TaskCommandService(ctx).removeDependency(input);
  }

  @Mutation(() => TaskView, { description: 'Change the kind or the lag of a dependency of a task; returns the dependent task.' })
  updateDependency(@Arg('input', () => UpdateDependencyInput, { description: 'What to change, with the version last seen.' }) input: UpdateDependencyInput, @Ctx() ctx: AppContext): Promise<TaskView> {
    return new TaskCommandService(ctx).updateDependency(input);
  }

  @Mutation(() => TaskView, { description: 'Record what was observed about a task on a day.' })
  recordStatus(@Arg('input', () => RecordStatusInput, { description: 'What to change, with the version last seen.' }) input: RecordStatusInput, @Ctx() ctx: AppContext): Promise<TaskView> {
    return new TaskCommandService(ctx).recordStatus(input);
  }

  @Mutation(() => [TaskView], { description: 'Submit a unit’s quarterly report: each entry becomes a status observation of its task. All or nothing.' })
  submitQuarterlyReport(
    @Arg('input', () => SubmitQuarterlyReportInput, { description: 'The report.' }) input: SubmitQuarterlyReportInput,
    @Ctx() ctx: AppContext,
  ): Promise<TaskView[]> {
    return new TaskCommandService(ctx).submitQuarterlyReport(input);
  }
}

@Resolver(() => TaskDependencyView)
export class TaskDependencyResolver {
  @FieldResolver(() => TaskView, { nullable: true, description: 'The task depended on, as of the same day; null when it did not exist then.' })
  async dependsOn(@Root() dependency: TaskDependencyView, @Ctx() ctx: AppContext): Promise<TaskView | null> {
    const task = await dependency.entity.dependsOn.load({ dataloader: true });
    return task ? new TaskQueryService(ctx).viewOf(task, dependency.asOf) : null;
  }
}
