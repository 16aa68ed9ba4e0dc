import type { DateKnowledge, LocalDate, TaskKind, TaskStatus } from '@lotrinh/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateKnowledgeEnum, TaskKindEnum, TaskStatusEnum } from '../common/enums.js';
import { LocalDateScalar } from '../common/local-date.scalar.js';
import { Node, Sourced, toGlobalId } from '../common/node.js';
import type { TaskRow } from './query/task-row.js';
import type { Task } from './task.entity.js';

/**
 * A task as GraphQL shows it: the stored entity (for its relations and sources) seen as it stood on
 * `asOf` — dates, progress and status from the row of that day. Two dates in one request give two views.
 */
@ObjectType('Task', {
  implements: [Node, Sourced],
  description: 'A task (nhiệm vụ, đầu việc) of the roadmap as it stood on a date: who leads it, who supports, by when, and how that is known.',
})
export class TaskView {
  static readonly graphqlName = 'Task';

  constructor(
    readonly entity: Task,
    readonly row: TaskRow,
    readonly asOf: LocalDate,
  ) {}

  @Field(() => ID, { description: 'Globally unique id, e.g. `Task:42`.' })
  get id(): string {
    return toGlobalId('Task', this.entity.id);
  }

  @Field(() => String, { nullable: true, description: 'Stable key of a task from the curated dataset; null for tasks created by planners.' })
  get key(): string | null {
    return this.entity.key;
  }

  @Field(() => String, { description: 'Title in Vietnamese (as it stood on the date).' })
  get title(): string {
    return this.row.title;
  }

  @Field(() => String, { nullable: true, description: 'Title in English.' })
  get titleEn(): string | null {
    return this.entity.titleEn;
  }

  @Field(() => String, { nullable: true, description: 'Longer description in Vietnamese.' })
  get description(): string | null {
    return this.entity.description;
  }

  @Field(() => TaskKindEnum, { description: 'Task, milestone, or summary (a parent that rolls up its children).' })
  get kind(): TaskKind {
    return this.row.kind;
  }

  @Field(() => TaskStatusEnum, { description: 'Status on the date, derived from the dates and the observations known then.' })
  get status(): TaskStatus {
    return this.row.status;
  }

  @Field(() => Int, { nullable: true, description: 'Progress 0–100; null when no source gives it.' })
  get progress(): number | null {
    return this.row.progress;
  }

  @Field(() => LocalDateScalar, { description: 'The day the task entered the roadmap; it does not exist `asOf` an earlier day.' })
  get assignedOn(): LocalDate {
    return this.row.assignedOn;
  }

  @Field(() => LocalDateScalar, { nullable: true, description: 'Start date; null when unknown (see `startKnown`).' })
  get start(): LocalDate | null {
    return this.row.start;
  }

  @Field(() => DateKnowledgeEnum, { description: 'How the start date is known: stated, derived or unknown.' })
  get startKnown(): DateKnowledge {
    return this.entity.startKnown;
  }

  @Field(() => String, { nullable: true, description: 'How a derived start was derived, or why it is unknown.' })
  get startBasis(): string | null {
    return this.entity.startBasis;
  }

  @Field(() => LocalDateScalar, { nullable: true, description: 'Due date (deadline); null when unknown (see `dueKnown`).' })
  get due(): LocalDate | null {
    return this.row.due;
  }

  @Field(() => DateKnowledgeEnum, { description: 'How the due date is known: stated, derived or unknown.' })
  get dueKnown(): DateKnowledge {
    return this.entity.dueKnown;
  }

  @Field(() => String, { nullable: true, description: 'How a derived due date was derived, or why it is unknown.' })
  get dueBasis(): string | null {
    return this.entity.dueBasis;
  }

  @Field(() => LocalDateScalar, { nullable: true, description: 'Day of completion, when a source or a planner states it.' })
  get completedOn(): LocalDate | null {
    return this.row.completedOn;
  }

  @Field(() => Int, { description: 'Increases with every change; pass it back to mutations (optimistic locking).' })
  get version(): number {
    return this.row.version;
  }

  @Field(() => Boolean, { description: 'True when the task is deleted (restorable with `restoreTask`).' })
  get deleted(): boolean {
    return this.row.deleted;
  }

  @Field(() => LocalDateScalar, { description: 'The date this view of the task is as of.' })
  get viewAsOf(): LocalDate {
    return this.asOf;
  }

  @Field(() => String, { nullable: true, description: 'What the sources leave unclear or disagree on about this task; null when all is clear.' })
  get ambiguity(): string | null {
    return this.entity.ambiguity;
  }
}
