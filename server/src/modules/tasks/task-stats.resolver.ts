import type { LocalDate, TaskStatus } from '@lotrinh/shared';
import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { LocalDateScalar } from '../common/local-date.scalar.js';
import { TaskStatusEnum } from '../common/enums.js';
import { aggregateTasks, type TaskGroupBy } from './query/task-stats.js';
import { TaskFilter } from './task-filter.inputs.js';
import { TaskQueryService } from './task-query.service.js';

export const TaskGroupByEnum = { STATUS: 'STATUS', LEAD_UNIT: 'LEAD_UNIT', PLAN: 'PLAN', YEAR: 'YEAR', QUARTER: 'QUARTER' } as const satisfies Record<TaskGroupBy, TaskGroupBy>;
registerEnumType(TaskGroupByEnum, {
  name: 'TaskGroupBy',
  description: 'A key to group task statistics by.',
  valuesConfig: {
    STATUS: { description: 'Status on the `asOf` day.' },
    LEAD_UNIT: { description: 'Lead unit code (null for tasks with none).' },
    PLAN: { description: 'Plan key.' },
    YEAR: { description: 'Year of the due date (else the start, else the assignment).' },
    QUARTER: { description: 'Calendar quarter of the same date (implies the year).' },
  },
});

@ObjectType({ description: 'The values a group of task statistics shares; keys not grouped by are null.' })
class TaskGroupKeyType {
  @Field(() => TaskStatusEnum, { nullable: true, description: 'Status, when grouped by STATUS.' })
  status!: TaskStatus | null;

  @Field(() => String, { nullable: true, description: 'Lead unit code, when grouped by LEAD_UNIT.' })
  leadUnit!: string | null;

  @Field(() => String, { nullable: true, description: 'Plan key, when grouped by PLAN.' })
  plan!: string | null;

  @Field(() => Int, { nullable: true, description: 'Year, when grouped by YEAR or QUARTER.' })
  year!: number | null;

  @Field(() => Int, { nullable: true, description: 'Quarter 1–4, when grouped by QUARTER.' })
  quarter!: number | null;
}

@ObjectType({ description: 'Counts of the tasks of one group, with the on-time rate.' })
class TaskStatsGroupType {
  @Field(() => TaskGroupKeyType, { description: 'What the tasks of this group share.' })
  key!: TaskGroupKeyType;

  @Field(() => Int, { description: 'Tasks in the group.' })
  count!: number;

  @Field(() => Int, { description: 'Done, on time or late.' })
  done!: number;

  @Field(() => Int, { description: 'Done on or before the due date.' })
  doneOnTime!: number;

  @Field(() => Int, { description: 'Done after the due date.' })
  doneLate!: number;

  @Field(() => Int, { description: 'Past the due date with no report of completion.' })
  overdue!: number;

  @Field(() => Int, { description: 'Reported behind schedule, not yet past due.' })
  atRisk!: number;

  @Field(() => Int, { description: 'Planned or in progress.' })
  open!: number;

  @Field(() => Int, { description: 'Reported cancelled.' })
  cancelled!: number;

  @Field(() => Int, { description: 'The sources do not say enough to tell.' })
  unknown!: number;

  @Field(() => Float, { nullable: true, description: 'doneOnTime / done; null when nothing is done.' })
  onTimeRate!: number | null;
}

@Resolver()
export class TaskStatsResolver {
  @Query(() => [TaskStatsGroupType], { description: 'Counts and on-time rates of tasks, grouped, filtered, as of a day.' })
  async taskStats(
    @Arg('groupBy', () => [TaskGroupByEnum], { defaultValue: [], description: 'Keys to group by; one total group when empty.' }) groupBy: TaskGroupBy[],
    @Arg('filter', () => TaskFilter, { nullable: true, description: 'Which tasks to count.' }) filter: TaskFilter | null,
    @Arg('asOf', () => LocalDateScalar, { nullable: true, description: 'Count the roadmap as it stood on this day; today when absent.' }) asOf: LocalDate | null,
    @Ctx() ctx: AppContext,
  ): Promise<TaskStatsGroupType[]> {
    const rows = await new TaskQueryService(ctx).rows(filter, asOf ?? ctx.today);
    return aggregateTasks(rows, groupBy);
  }
}
