import { LIMITS, type DependencyType, type LocalDate, type ObservedStatus, type TaskKind, type TaskStatus } from '@lotrinh/shared';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DependencyTypeEnum, ObservedStatusEnum, TaskKindEnum, TaskStatusEnum } from '../common/enums.js';
import { LocalDateScalar } from '../common/local-date.scalar.js';
import type { TaskField, TaskFilterSpec } from './query/task-filter.js';
import type { SortDirection, TaskOrderField } from './query/task-order.js';

export const TaskFieldEnum = { LEAD_UNIT: 'LEAD_UNIT', SUPPORT_UNITS: 'SUPPORT_UNITS', PLAN: 'PLAN', PARENT: 'PARENT', ASSIGNED_BY: 'ASSIGNED_BY', START: 'START', DUE: 'DUE', COMPLETED_ON: 'COMPLETED_ON', PROGRESS: 'PROGRESS' } as const satisfies Record<TaskField, TaskField>;
registerEnumType(TaskFieldEnum, {
  name: 'TaskField',
  description: 'A task field that may have or lack a value, for `has` and `lacks` filters.',
  valuesConfig: {
    LEAD_UNIT: { description: 'The lead unit (chủ trì).' },
    SUPPORT_UNITS: { description: 'At least one supporting unit (phối hợp).' },
    PLAN: { description: 'The plan.' },
    PARENT: { description: 'A parent task.' },
    ASSIGNED_BY: { description: 'The assigning document or event.' },
    START: { description: 'The start date.' },
    DUE: { description: 'The due date.' },
    COMPLETED_ON: { description: 'The completion date.' },
    PROGRESS: { description: 'The progress.' },
  },
});

export const TaskOrderFieldEnum = { START: 'START', DUE: 'DUE', ASSIGNED_ON: 'ASSIGNED_ON', COMPLETED_ON: 'COMPLETED_ON', TITLE: 'TITLE', PROGRESS: 'PROGRESS', STATUS: 'STATUS', ID: 'ID' } as const satisfies Record<TaskOrderField, TaskOrderField>;
registerEnumType(TaskOrderFieldEnum, {
  name: 'TaskOrderField',
  description: 'What tasks can be ordered by; unknown values sort last.',
  valuesConfig: {
    START: { description: 'Start date.' },
    DUE: { description: 'Due date.' },
    ASSIGNED_ON: { description: 'Date the task entered the roadmap.' },
    COMPLETED_ON: { description: 'Completion date.' },
    TITLE: { description: 'Vietnamese title, in Vietnamese alphabetical order.' },
    PROGRESS: { description: 'Progress.' },
    STATUS: { description: 'Status, in the order of the TaskStatus enum.' },
    ID: { description: 'Creation order.' },
  },
});

export const SortDirectionEnum = { ASC: 'ASC', DESC: 'DESC' } as const satisfies Record<SortDirection, SortDirection>;
registerEnumType(SortDirectionEnum, {
  name: 'SortDirection',
  description: 'Ascending or descending.',
  valuesConfig: { ASC: { description: 'Smallest or earliest first.' }, DESC: { description: 'Largest or latest first.' } },
});

@InputType({ description: 'One key of a task ordering.' })
export class TaskOrder {
  @Field(() => TaskOrderFieldEnum, { description: 'The field to order by.' })
  field!: TaskOrderField;

  @Field(() => SortDirectionEnum, { defaultValue: 'ASC', description: 'The direction.' })
  direction!: SortDirection;
}

@InputType({ description: 'Conditions on tasks. Every condition given must hold; AND, OR and NOT nest.' })
export class TaskFilter implements TaskFilterSpec {
  @Field(() => [TaskFilter], { nullable: true, description: 'All of these filters hold.' })
  @ValidateNested({ each: true })
  AND?: TaskFilter[] | null;

  @Field(() => [TaskFilter], { nullable: true, description: 'At least one of these filters holds.' })
  @ValidateNested({ each: true })
  OR?: TaskFilter[] | null;

  @Field(() => TaskFilter, { nullable: true, description: 'This filter does not hold.' })
  @ValidateNested()
  NOT?: TaskFilter | null;

  @Field(() => String, { nullable: true, description: 'Text in the titles (vi and en), description or source quotes; ignores case and Vietnamese diacritics ("chuyen doi so" finds "chuyển đổi số").' })
  @IsOptional()
  @MaxLength(LIMITS.searchMaxLength)
  search?: string | null;

  @Field(() => [String], { nullable: true, description: 'Lead unit code is one of these (e.g. `TTCNTT`).' })
  leadUnit?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'A supporting unit code is one of these.' })
  supportUnit?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'One of these units leads or supports the task.' })
  unit?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Plan key is one of these.' })
  plan?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Assigned by one of these documents (numbers as written, e.g. `458/TB-VP`).' })
  document?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Assigned by one of these events (event keys).' })
  event?: string[] | null;

  @Field(() => [TaskStatusEnum], { nullable: true, description: 'Status (on the `asOf` date) is one of these.' })
  status?: TaskStatus[] | null;

  @Field(() => [TaskKindEnum], { nullable: true, description: 'Kind is one of these.' })
  kind?: TaskKind[] | null;

  @Field(() => Int, { nullable: true, description: 'Progress is at least this (tasks with no progress are left out).' })
  @IsOptional()
  @Min(LIMITS.progressMin)
  @Max(LIMITS.progressMax)
  progressMin?: number | null;

  @Field(() => Int, { nullable: true, description: 'Progress is at most this (tasks with no progress are left out).' })
  @IsOptional()
  @Min(LIMITS.progressMin)
  @Max(LIMITS.progressMax)
  progressMax?: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Active on or after this day (overlaps the window from it).' })
  activeFrom?: LocalDate | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Active on or before this day (overlaps the window up to it).' })
  activeTo?: LocalDate | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Due strictly before this day.' })
  dueBefore?: LocalDate | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Due strictly after this day.' })
  dueAfter?: LocalDate | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Starts strictly before this day.' })
  startBefore?: LocalDate | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Starts strictly after this day.' })
  startAfter?: LocalDate | null;

  @Field(() => [TaskFieldEnum], { nullable: true, description: 'These fields have a value.' })
  has?: TaskField[] | null;

  @Field(() => [TaskFieldEnum], { nullable: true, description: 'These fields have no value (e.g. `[LEAD_UNIT]` for tasks with no lead unit).' })
  lacks?: TaskField[] | null;
}

@InputType({ description: 'A change guarded by the version the client last saw.' })
export class VersionedInput {
  @Field(() => ID, { description: 'The task id, e.g. `Task:42`.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` the client last saw; a stale one fails with CONFLICT.' })
  version!: number;
}

@InputType({ description: 'A new task.' })
export class CreateTaskInput {
  @Field(() => String, { description: 'Title in Vietnamese.' })
  @MinLength(1)
  @MaxLength(LIMITS.titleMaxLength)
  title!: string;

  @Field(() => String, { nullable: true, description: 'Title in English.' })
  @IsOptional()
  @MaxLength(LIMITS.titleMaxLength)
  titleEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Description in Vietnamese.' })
  @IsOptional()
  @MaxLength(LIMITS.noteMaxLength)
  description?: string | null;

  @Field(() => TaskKindEnum, { defaultValue: 'TASK', description: 'Task, milestone or summary.' })
  kind!: TaskKind;

  @Field(() => String, { nullable: true, description: 'Plan key.' })
  plan?: string | null;

  @Field(() => ID, { nullable: true, description: 'Parent task id.' })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Lead unit code.' })
  leadUnit?: string | null;

  @Field(() => [String], { nullable: true, description: 'Supporting unit codes.' })
  @IsOptional()
  @ArrayMaxSize(100)
  supportUnits?: string[] | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Start date.' })
  start?: LocalDate | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Due date; not before the start.' })
  due?: LocalDate | null;

  @Field(() => Int, { nullable: true, description: 'Progress 0–100.' })
  @IsOptional()
  @Min(LIMITS.progressMin)
  @Max(LIMITS.progressMax)
  progress?: number | null;
}

@InputType({ description: 'Changes to a task; fields left out stay as they are, null clears a value.' })
export class UpdateTaskInput extends VersionedInput {
  @Field(() => String, { nullable: true, description: 'Title in Vietnamese.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(LIMITS.titleMaxLength)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Title in English.' })
  @IsOptional()
  @MaxLength(LIMITS.titleMaxLength)
  titleEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Description in Vietnamese.' })
  @IsOptional()
  @MaxLength(LIMITS.noteMaxLength)
  description?: string | null;

  @Field(() => TaskKindEnum, { nullable: true, description: 'Task, milestone or summary.' })
  kind?: TaskKind | null;

  @Field(() => String, { nullable: true, description: 'Lead unit code; null clears it.' })
  leadUnit?: string | null;

  @Field(() => [String], { nullable: true, description: 'Supporting unit codes (replaces the list).' })
  @IsOptional()
  @ArrayMaxSize(100)
  supportUnits?: string[] | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Start date; null clears it.' })
  start?: LocalDate | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Due date; null clears it.' })
  due?: LocalDate | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Completion date; null clears it.' })
  completedOn?: LocalDate | null;

  @Field(() => Int, { nullable: true, description: 'Progress 0–100.' })
  @IsOptional()
  @Min(LIMITS.progressMin)
  @Max(LIMITS.progressMax)
  progress?: number | null;
}

@InputType({ description: 'New start and due dates in one change.' })
export class RescheduleTaskInput extends VersionedInput {
  @Field(() => LocalDateScalar, { nullable: true, description: 'New start date.' })
  start!: LocalDate | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'New due date; not before the start.' })
  due!: LocalDate | null;
}

@InputType({ description: 'New progress of a task.' })
export class SetTaskProgressInput extends VersionedInput {
  @Field(() => Int, { description: 'Progress 0–100.' })
  @Min(LIMITS.progressMin)
  @Max(LIMITS.progressMax)
  progress!: number;
}

@InputType({ description: 'A new dependency: the task depends on another.' })
export class AddDependencyInput extends VersionedInput {
  @Field(() => ID, { description: 'The task it depends on.' })
  dependsOnId!: string;

  @Field(() => DependencyTypeEnum, { defaultValue: 'FINISH_TO_START', description: 'The kind of link.' })
  type!: DependencyType;

  @Field(() => Int, { defaultValue: 0, description: 'Lag in days (negative for lead).' })
  @Min(-LIMITS.lagDaysMax)
  @Max(LIMITS.lagDaysMax)
  lagDays!: number;
}

@InputType({ description: 'A dependency to remove, guarded by the dependent task’s version.' })
export class RemoveDependencyInput extends VersionedInput {
  @Field(() => ID, { description: 'The dependency id, e.g. `TaskDependency:7`.' })
  dependencyId!: string;
}

@InputType({ description: 'What was observed about a task on a day.' })
export class RecordStatusInput extends VersionedInput {
  @Field(() => LocalDateScalar, { description: 'The day of the observation.' })
  observedOn!: LocalDate;

  @Field(() => ObservedStatusEnum, { description: 'What was observed.' })
  status!: ObservedStatus;

  @Field(() => Int, { nullable: true, description: 'Progress 0–100 at that day, if known.' })
  @IsOptional()
  @Min(LIMITS.progressMin)
  @Max(LIMITS.progressMax)
  progress?: number | null;

  @Field(() => String, { description: 'The observation in Vietnamese.' })
  @MinLength(1)
  @MaxLength(LIMITS.noteMaxLength)
  note!: string;

  @Field(() => String, { nullable: true, description: 'The observation in English.' })
  @IsOptional()
  @MaxLength(LIMITS.noteMaxLength)
  noteEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Code of the unit that reports it.' })
  reportedBy?: string | null;
}

@InputType({ description: 'What a unit reports on one task in a quarterly report.' })
export class QuarterlyReportItemInput extends VersionedInput {
  @Field(() => ObservedStatusEnum, { description: 'The task’s status as the unit reports it.' })
  status!: ObservedStatus;

  @Field(() => Int, { nullable: true, description: 'Progress 0–100.' })
  @IsOptional()
  @Min(LIMITS.progressMin)
  @Max(LIMITS.progressMax)
  progress?: number | null;

  @Field(() => String, { description: 'A note on the task, in Vietnamese.' })
  @MinLength(1)
  @MaxLength(LIMITS.noteMaxLength)
  note!: string;
}

@InputType({ description: 'A unit’s quarterly report on its tasks (per the 2022 plan’s reporting calendar).' })
export class SubmitQuarterlyReportInput {
  @Field(() => String, { description: 'Code of the reporting unit; it must lead or support each task.' })
  unit!: string;

  @Field(() => Int, { description: 'The reporting year.' })
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => Int, { description: 'The quarter, 1–4.' })
  @Min(1)
  @Max(4)
  quarter!: number;

  @Field(() => [QuarterlyReportItemInput], { description: 'One entry per task reported on.' })
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  items!: QuarterlyReportItemInput[];
}
