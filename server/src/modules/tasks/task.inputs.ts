import { LIMITS, type DependencyType, type LocalDate, type ObservedStatus, type TaskKind } from '@lotrinh/shared';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DependencyTypeEnum, ObservedStatusEnum, TaskKindEnum } from '../common/enums.js';
import { ProgressField, TextField } from '../common/field-decorators.js';
import { LocalDateScalar } from '../common/local-date.scalar.js';

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

  @TextField('Title in English.', { nullable: true, max: LIMITS.titleMaxLength })
  titleEn?: string | null;

  @TextField('Description in Vietnamese.', { nullable: true, max: LIMITS.noteMaxLength })
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

  @ProgressField('Progress 0–100.', { nullable: true })
  progress?: number | null;
}

@InputType({ description: 'Changes to a task; fields left out stay as they are, null clears a value.' })
export class UpdateTaskInput extends VersionedInput {
  @Field(() => String, { nullable: true, description: 'Title in Vietnamese.' })
  @IsOptional()
  @MinLength(1)
  @MaxLength(LIMITS.titleMaxLength)
  title?: string | null;

  @TextField('Title in English.', { nullable: true, max: LIMITS.titleMaxLength })
  titleEn?: string | null;

  @TextField('Description in Vietnamese.', { nullable: true, max: LIMITS.noteMaxLength })
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

  @ProgressField('Progress 0–100.', { nullable: true })
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
  @ProgressField('Progress 0–100.')
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

@InputType({ description: 'New kind or lag of a dependency, guarded by the dependent task’s version; fields left out stay as they are.' })
export class UpdateDependencyInput extends VersionedInput {
  @Field(() => ID, { description: 'The dependency id, e.g. `TaskDependency:7`; it must be one of the task’s own.' })
  dependencyId!: string;

  @Field(() => DependencyTypeEnum, { nullable: true, description: 'The new kind of link.' })
  @IsOptional()
  type?: DependencyType | null;

  @Field(() => Int, { nullable: true, description: 'The new lag in days (negative for lead).' })
  @IsOptional()
  @Min(-LIMITS.lagDaysMax)
  @Max(LIMITS.lagDaysMax)
  lagDays?: number | null;
}

@InputType({ description: 'What was observed about a task on a day.' })
export class RecordStatusInput extends VersionedInput {
  @Field(() => LocalDateScalar, { description: 'The day of the observation.' })
  observedOn!: LocalDate;

  @Field(() => ObservedStatusEnum, { description: 'What was observed.' })
  status!: ObservedStatus;

  @ProgressField('Progress 0–100 at that day, if known.', { nullable: true })
  progress?: number | null;

  @Field(() => String, { description: 'The observation in Vietnamese.' })
  @MinLength(1)
  @MaxLength(LIMITS.noteMaxLength)
  note!: string;

  @TextField('The observation in English.', { nullable: true, max: LIMITS.noteMaxLength })
  noteEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Code of the unit that reports it.' })
  reportedBy?: string | null;
}

@InputType({ description: 'What a unit reports on one task in a quarterly report.' })
export class QuarterlyReportItemInput extends VersionedInput {
  @Field(() => ObservedStatusEnum, { description: 'The task’s status as the unit reports it.' })
  status!: ObservedStatus;

  @ProgressField('Progress 0–100.', { nullable: true })
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
