import { Reference } from '@mikro-orm/core';
import type { LocalDate } from '@lotrinh/shared';
import type { AppContext } from '../../graphql/context.js';
import { paginate, type Page, type PageRequest } from '../../graphql/connection.js';
import { NotFoundError } from '../../graphql/errors.js';
import { compileTaskFilter, type TaskFilterSpec } from './query/task-filter.js';
import { compareSortKeys, DEFAULT_TASK_ORDER, taskSortKey, type TaskOrderSpec } from './query/task-order.js';
import type { TaskRow } from './query/task-row.js';
import { Task } from './task.entity.js';
import { TaskView } from './task.view.js';

export interface TaskQuery extends PageRequest {
  filter?: TaskFilterSpec | null;
  orderBy?: TaskOrderSpec[] | null;
  asOf?: LocalDate | null;
}

/** Reads tasks as they stood on a date: filter, order and page over the day's rows, then load the page. */
export class TaskQueryService {
  constructor(private readonly ctx: AppContext) {}

  /** The rows matching a filter on a date, in no particular order. */
  async rows(filter: TaskFilterSpec | null | undefined, asOf: LocalDate): Promise<TaskRow[]> {
    return (await this.ctx.taskRows.all(asOf)).filter(compileTaskFilter(filter));
  }

  async views(rows: readonly TaskRow[], asOf: LocalDate): Promise<TaskView[]> {
    const entities = await this.ctx.em.find(Task, { id: { $in: rows.map((row) => row.id) } });
    const byId = new Map(entities.map((task) => [task.id, task]));
    return rows.map((row) => new TaskView(byId.get(row.id)!, row, asOf));
  }

  /** The rows matching a filter on a date, in an order (start then due by default), each with its sort key. */
  async sorted(filter: TaskFilterSpec | null | undefined, asOf: LocalDate, orderBy?: TaskOrderSpec[] | null) {
    const order = orderBy?.length ? orderBy : DEFAULT_TASK_ORDER;
    const compare = compareSortKeys(order);
    const sorted = await this.ctx.taskRows.sorted(asOf, { signature: JSON.stringify(order), keyOf: taskSortKey(order), compare });
    const matches = compileTaskFilter(filter);
    return { rows: filter ? sorted.filter((item) => matches(item.row)) : sorted, compare };
  }

  async list({ filter, orderBy, first, after, asOf }: TaskQuery): Promise<Page<TaskView>> {
    const day = asOf ?? this.ctx.today;
    const { rows, compare } = await this.sorted(filter, day, orderBy);
    const page = paginate(rows, { first, after }, (item) => item.key, compare);
    const views = await this.views(page.nodes.map((item) => item.row), day);
    return { ...page, nodes: views, edges: page.edges.map((edge, index) => ({ cursor: edge.cursor, node: views[index]! })) };
  }

  /** One task as it stood on a date; null when it did not exist then (or is deleted). */
  async find(id: number, asOf?: LocalDate | null, { includeDeleted = false } = {}): Promise<TaskView | null> {
    const day = asOf ?? this.ctx.today;
    const row = await this.ctx.taskRows.load(id, day);
    if (!row || (row.deleted && !includeDeleted)) return null;
    const entity = await Reference.create(this.ctx.em.getReference(Task, id)).load({ dataloader: true });
    return entity ? new TaskView(entity, row, day) : null;
  }

  /** The view of a task reached through a relation, as of the same date as the task it came from. */
  async viewOf(entity: Task, asOf: LocalDate): Promise<TaskView | null> {
    const row = await this.ctx.taskRows.load(entity.id, asOf);
    return row && !row.deleted ? new TaskView(entity, row, asOf) : null;
  }

  async viewsOf(entities: readonly Task[], asOf: LocalDate): Promise<TaskView[]> {
    const views = await Promise.all(entities.map((entity) => this.viewOf(entity, asOf)));
    return views.filter((view): view is TaskView => view !== null);
  }

  async get(id: number, asOf?: LocalDate | null, options?: { includeDeleted?: boolean }): Promise<TaskView> {
    const view = await this.find(id, asOf, options);
    if (!view) throw new NotFoundError('Task', `Task:${id}`);
    return view;
  }
}
