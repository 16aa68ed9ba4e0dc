import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { entities } from '../../db/entities.js';
import type { AppContext } from '../../graphql/context.js';
import { TaskQueryService } from '../tasks/task-query.service.js';
import { TaskDependencyView } from '../tasks/task-dependency.view.js';
import { TaskDependency } from '../tasks/task-dependency.entity.js';
import { TaskView } from '../tasks/task.view.js';
import { fromGlobalId, Node } from './node.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id (e.g. `Unit:3`, `Task:42`); null when there is none.' })
  async node(@Arg('id', () => ID, { description: 'The global id.' }) id: string, @Ctx() ctx: AppContext): Promise<object | null> {
    const parsed = fromGlobalId(id);
    if (!parsed) return null;
    if (parsed.typeName === TaskView.graphqlName) return new TaskQueryService(ctx).find(parsed.id);
    if (parsed.typeName === TaskDependencyView.graphqlName) {
      const dependency = await ctx.em.findOne(TaskDependency, parsed.id);
      return dependency ? new TaskDependencyView(dependency, ctx.today) : null;
    }
    const entity = entities.find((candidate) => candidate.name === parsed.typeName && candidate.name !== 'TaskChange');
    return entity ? ctx.em.findOne(entity as never, parsed.id) : null;
  }
}
