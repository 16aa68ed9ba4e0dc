import { LIMITS, type LocalDate, type TaskKind, type TaskStatus } from '@lotrinh/shared';
import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import { TaskKindEnum, TaskStatusEnum } from '../common/enums.js';
import { ProgressField } from '../common/field-decorators.js';
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

  @ProgressField('Progress is at least this (tasks with no progress are left out).', { nullable: true })
  progressMin?: number | null;

  @ProgressField('Progress is at most this (tasks with no progress are left out).', { nullable: true })
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
