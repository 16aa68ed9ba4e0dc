import type { SqlEntityManager } from '@mikro-orm/knex';
import type { LocalDate } from '@lotrinh/shared';
import DataLoader from 'dataloader';
import { loadTaskRows } from './load-task-rows.js';
import type { DayRows, Sorted, TaskOrdering, TaskRowCache } from './task-row-cache.js';
import type { TaskRow } from './task-row.js';

/**
 * Task rows (a task as it stood on a date, with its derived status) for one request. A day the
 * request has already read whole is answered from memory; otherwise rows are batched per date, so
 * a page of tasks reached through any relation costs the same few statements.
 */
export class TaskRowLoader {
  private readonly loaders = new Map<LocalDate, DataLoader<number, TaskRow | null>>();
  private readonly days = new Map<LocalDate, Promise<DayRows>>();

  constructor(
    private readonly em: SqlEntityManager,
    readonly today: LocalDate,
    private readonly cache: TaskRowCache,
  ) {}

  /** The whole day, checked fresh once per request. */
  private day(asOf: LocalDate): Promise<DayRows> {
    let day = this.days.get(asOf);
    if (!day) {
      day = this.cache.day(this.em, asOf);
      this.days.set(asOf, day);
    }
    return day;
  }

  private loaderFor(asOf: LocalDate): DataLoader<number, TaskRow | null> {
    let loader = this.loaders.get(asOf);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const known = this.days.has(asOf) ? (await this.day(asOf)).byId : null;
        const byId = known ?? new Map((await loadTaskRows(this.em, { asOf, ids, includeDeleted: true })).map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      this.loaders.set(asOf, loader);
    }
    return loader;
  }

  load(id: number, asOf: LocalDate = this.today): Promise<TaskRow | null> {
    return this.loaderFor(asOf).load(id);
  }

  /** Every task that existed on the date and is not deleted. */
  async all(asOf: LocalDate = this.today): Promise<TaskRow[]> {
    return (await this.day(asOf)).live;
  }

  /** The same rows in an order, sorted once and kept across requests. */
  async sorted<K extends unknown[]>(asOf: LocalDate, order: TaskOrdering<K>): Promise<Sorted<K>> {
    return (await this.day(asOf)).sorted(order);
  }

  /** Forget what this request read, after a mutation changed it. */
  clear(): void {
    this.loaders.clear();
    this.days.clear();
  }
}
