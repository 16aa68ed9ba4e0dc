import type { DependencyType, LocalDate } from '@lotrinh/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DependencyTypeEnum } from '../common/enums.js';
import { Node, toGlobalId } from '../common/node.js';
import type { TaskDependency } from './task-dependency.entity.js';

/** A dependency seen from a task as of a date, so the task it points at is shown as of the same date. */
@ObjectType('TaskDependency', { implements: Node, description: 'A link between two tasks: this task depends on `dependsOn`.' })
export class TaskDependencyView {
  static readonly graphqlName = 'TaskDependency';

  constructor(
    readonly entity: TaskDependency,
    readonly asOf: LocalDate,
  ) {}

  @Field(() => ID, { description: 'Globally unique id, e.g. `TaskDependency:7`.' })
  get id(): string {
    return toGlobalId('TaskDependency', this.entity.id);
  }

  @Field(() => DependencyTypeEnum, { description: 'Finish-to-start, start-to-start, finish-to-finish or start-to-finish.' })
  get type(): DependencyType {
    return this.entity.type;
  }

  @Field(() => Int, { description: 'Lag in days (negative for lead).' })
  get lagDays(): number {
    return this.entity.lagDays;
  }

  @Field(() => ID, { description: 'Id of the task depended on, available even when that task is deleted.' })
  get dependsOnId(): string {
    return toGlobalId('Task', this.entity.dependsOn.id);
  }
}
